package cn.suanpan.app;

import cn.suanpan.app.cli.SuanpanCommand;

/**
 * The launcher of the terminal: the cashier window by default, or a command-line tool
 * ({@code suanpan --help}). Deliberately not a JavaFX Application, so the same entry
 * point runs headless commands without starting the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int code = SuanpanCommand.run(args);
        if (code != SuanpanCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
