package cn.suanpan.app.cli;

/** A mistake on the command line, told in the user's language through an app bundle key. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] args;

    CliException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }
}
