package cn.suanpan.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "version", description = "Print the version of this terminal.")
public final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    SuanpanCommand parent;

    @Spec
    CommandSpec spec;

    public static String version() {
        String v = VersionCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("Suanpan POS " + version() + " (Java " + Runtime.version() + ")");
        return 0;
    }

    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Suanpan POS " + version()};
        }
    }
}
