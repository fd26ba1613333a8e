package cn.suanpan.app.ui.common;

/** The counter's sounds; each is a WAV in {@code assets/sounds}. */
public enum Sound {
    /** An item went into the cart. */
    SCAN("beep.wav"),
    /** A code or an action was refused. */
    ERROR("error.wav"),
    /** A sale was paid. */
    DONE("done.wav"),
    /** An online order came in. */
    ORDER("order.wav");

    private final String file;

    Sound(String file) {
        this.file = file;
    }

    public String resource() {
        return "/assets/sounds/" + file;
    }
}
