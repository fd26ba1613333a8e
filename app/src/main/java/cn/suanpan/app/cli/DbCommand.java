package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.core.i18n.SuanpanException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "db", description = "Local database commands.", subcommands = DbCommand.Migrate.class)
public final class DbCommand {

    @ParentCommand
    SuanpanCommand parent;

    @Command(name = "migrate", description = "Create or upgrade the local database and print its schema version.")
    static final class Migrate implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var i18n = db.parent.i18n();
            try (TerminalContext t = db.parent.openTerminal()) {
                spec.commandLine().getOut().println(i18n.tr("cli.db.migrated", t.store().file(), t.store().schemaVersion()));
                return 0;
            } catch (SuanpanException e) {
                spec.commandLine().getErr().println(i18n.describe(e));
                return 2;
            }
        }
    }
}
