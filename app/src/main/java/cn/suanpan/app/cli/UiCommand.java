package cn.suanpan.app.cli;

import cn.suanpan.app.ui.CashierApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ui", description = "Open the cashier window (the default).")
public final class UiCommand implements Callable<Integer> {

    @ParentCommand
    SuanpanCommand parent;

    @Option(names = "--exit-when-ready", description = "Exit once the cashier screen has rendered and the store is open.")
    boolean exitWhenReady;

    @Override
    public Integer call() {
        return launch(parent, exitWhenReady || parent.exitWhenReady);
    }

    /**
     * Development runs load JavaFX from the class path on purpose (ADR 5); its warning about
     * that would only alarm a cashier. Held here so the logger keeps its level.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    int launch(SuanpanCommand top, boolean exitWhenReady) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        // the window opens the store (and on first start migrates and seeds it) once its first frame is drawn (ADR 21)
        return CashierApp.launch(new CashierApp.Startup(top::openTerminal, top.i18n(), top.settings(), exitWhenReady));
    }
}
