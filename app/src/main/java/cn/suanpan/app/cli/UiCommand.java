package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.CashierApp;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ui", description = "Open the cashier window (the default).")
public final class UiCommand implements Callable<Integer> {

    @ParentCommand
    SuanpanCommand parent;

    @Option(names = "--exit-when-ready", description = "Exit right after the cashier screen has rendered.")
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
        // The store opens (and on first start migrates and seeds) while the toolkit starts:
        // the two are independent and each takes a good part of the start-up time.
        CompletableFuture<TerminalContext> terminal = CompletableFuture.supplyAsync(top::openTerminal);
        return CashierApp.launch(new CashierApp.Startup(terminal, top.i18n(), top.settings(), exitWhenReady));
    }
}
