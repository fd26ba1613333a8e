package cn.suanpan.core.voice;

/**
 * The kinds of spoken command, with what the terminal must do before acting on one.
 * Voice goes through the same commands and permission checks as touch and keyboard; these
 * flags add what speech needs on top: a payment or a cancelled sale is never finished by
 * voice alone, the cashier confirms on screen first.
 */
public enum IntentType {
    ADD_ITEM(true, false, false),
    REMOVE_ITEM(true, false, false),
    SET_QUANTITY(true, false, false),
    UNDO(true, false, false),
    TOTAL(false, false, false),
    PAY(true, true, false),
    CANCEL_SALE(true, true, false),
    HOLD(true, false, false),
    RECALL(true, false, false),
    REPRINT(false, false, false),
    OPEN_DRAWER(false, false, true),
    HELP(false, false, false),
    UNKNOWN(false, false, false);

    private final boolean changesSale;
    private final boolean needsConfirmation;
    private final boolean needsPermission;

    IntentType(boolean changesSale, boolean needsConfirmation, boolean needsPermission) {
        this.changesSale = changesSale;
        this.needsConfirmation = needsConfirmation;
        this.needsPermission = needsPermission;
    }

    /** Acting on it changes the sale in progress (a misheard one of these is a wrong action). */
    public boolean changesSale() {
        return changesSale;
    }

    /** The terminal shows what it is about to do and waits for the cashier to confirm. */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    /** Allowed only to users whose role permits it, checked as for the button. */
    public boolean needsPermission() {
        return needsPermission;
    }
}
