package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.audit.AuditVerification;
import cn.suanpan.core.i18n.SuanpanException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "The audit log.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

    @ParentCommand
    SuanpanCommand parent;

    /** Reads only, so anyone may run it: an owner checking the log needs no PIN at the till. */
    @Command(name = "verify", description = "Check the audit log's hash chain; exit code 1 if an entry was edited or removed.")
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            I18n i18n = audit.parent.i18n();
            try (TerminalContext t = audit.parent.openTerminal()) {
                AuditVerification result = t.store().inTransaction(tx -> new AuditLog(t.clock()).verify(tx));
                (result.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(i18n.tr(result.message()));
                return result.ok() ? 0 : 1;
            } catch (SuanpanException e) {
                spec.commandLine().getErr().println(i18n.describe(e));
                return 2;
            }
        }
    }
}
