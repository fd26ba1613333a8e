package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.TERMINAL;

import org.jooq.DSLContext;

/**
 * The number the cloud gives a terminal when it enrols (1, 2, ... within the shop), taken
 * as the terminal's code, the middle of its receipt numbers ({@code 0001-02-20250314-0042}):
 * every new database calls itself terminal 01, so two tills of one shop would otherwise
 * issue the same numbers.
 */
public final class TerminalNumber {

    private TerminalNumber() {
    }

    /** The code of terminal {@code n}: two digits at least, as the receipts print it (01, 02, ..., 100). */
    public static String code(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("terminal numbers start at 1: " + n);
        }
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * Makes terminal {@code n} this terminal's code, in the enrolment's transaction; the new
     * code shows in the receipts from the next start. A terminal that has already taken a
     * receipt number keeps its code (answers false): its stored sales and refunds are
     * found and reprinted by numbers carrying that code.
     */
    public static boolean adopt(DSLContext tx, int n) {
        String code = code(n);
        if (ReceiptNumbers.anyTaken(tx)) {
            return false;
        }
        var local = tx.select(TERMINAL.ID, TERMINAL.STORE_ID, TERMINAL.CODE, TERMINAL.NAME).from(TERMINAL).where(TERMINAL.IS_LOCAL.isTrue())
                .forUpdate().fetchOptional();
        if (local.isEmpty()) {
            return false; // not set up yet: nothing prints receipts
        }
        if (code.equals(local.get().value3())) {
            return true;
        }
        // another terminal of the store known here under that code would break the store's unique codes
        if (tx.fetchExists(TERMINAL, TERMINAL.STORE_ID.eq(local.get().value2()).and(TERMINAL.CODE.eq(code)))) {
            return false;
        }
        // a terminal still named by its code (the default) takes the new code as its name too
        String name = code.equals(local.get().value4()) || local.get().value3().equals(local.get().value4()) ? code : local.get().value4();
        return tx.update(TERMINAL).set(TERMINAL.CODE, code).set(TERMINAL.NAME, name).where(TERMINAL.ID.eq(local.get().value1()))
                .execute() == 1;
    }
}
