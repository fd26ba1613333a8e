package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.Stream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sync", description = "Exchange data with the shop's cloud: status, push, pull, enrol.",
        subcommands = {SyncCommand.Status.class, SyncCommand.Push.class, SyncCommand.Pull.class, SyncCommand.Enrol.class})
public final class SyncCommand {

    @ParentCommand
    SuanpanCommand parent;

    /** Runs a sync action on the terminal's store, turning failures into the cashier's language. */
    private int run(CommandSpec spec, Action action) {
        I18n i18n = parent.i18n();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TerminalContext t = parent.openTerminal()) {
            return action.run(t, SyncClient.standard(t.store(), t.clock()), i18n, out);
        } catch (SuanpanException e) {
            err.println(i18n.describe(e));
            return 2;
        } catch (SyncFailure f) {
            err.println(switch (f.kind()) {
                case OFFLINE -> i18n.tr("cli.sync.offline", f.getMessage());
                case CORRUPT -> i18n.tr("cli.sync.corrupt", f.getMessage());
                case REFUSED -> i18n.tr("cli.sync.refused", f.code() == null ? "?" : f.code().wire(), f.getMessage());
                case NOT_ENROLLED -> i18n.tr("cli.sync.notEnrolled");
            });
            return 1;
        }
    }

    @FunctionalInterface
    private interface Action {
        int run(TerminalContext terminal, SyncClient client, I18n i18n, PrintWriter out);
    }

    @Command(name = "status", description = "Show the cloud, whether it answers, and what waits to be sent.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return sync.run(spec, (t, client, i18n, out) -> {
                Enrolment e = client.enrolment().orElse(null);
                if (e == null) {
                    out.println(i18n.tr("cli.sync.notEnrolled"));
                } else {
                    out.println(i18n.tr("cli.sync.enrolled", e.cloudUrl(), e.shopName() == null ? e.shopId() : e.shopName(), e.terminalId()));
                    try {
                        client.ping();
                    } catch (SyncFailure ignored) {
                        // shown as offline below
                    }
                }
                SyncStatus s = client.status();
                out.println(s.online() ? i18n.tr("cli.sync.online") : i18n.tr("cli.sync.offlineNow"));
                out.println(i18n.tr("cli.sync.pending", s.pending(), s.oldestPending().toMinutes()));
                for (Stream stream : List.of(Stream.CATALOG, Stream.MEMBERS)) {
                    Cursor c = client.cursor(stream);
                    out.println(i18n.tr("cli.sync.cursor", stream.wire(), c.position()));
                }
                return e == null ? 1 : 0;
            });
        }
    }

    @Command(name = "push", description = "Send every waiting event to the cloud now.")
    static final class Push implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Option(names = "--attempts", defaultValue = "4", description = "Tries per batch before giving up (default: ${DEFAULT-VALUE}).")
        int attempts;

        @Override
        public Integer call() {
            return sync.run(spec, (t, client, i18n, out) -> {
                SyncClient.PushSummary s = client.maxAttempts(attempts).push();
                out.println(i18n.tr("cli.sync.pushed", s.sent(), s.deleted(), s.parked(), s.duplicates()));
                if (s.stalled()) {
                    out.println(i18n.tr("cli.sync.stalled"));
                    return 1;
                }
                return 0;
            });
        }
    }

    @Command(name = "pull", description = "Fetch the catalog, members, promotions and settings from the cloud now.")
    static final class Pull implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Option(names = "--stream", split = ",", description = "Streams to pull (default: catalog,members,promotions,settings).")
        List<String> streams;

        @Override
        public Integer call() {
            return sync.run(spec, (t, client, i18n, out) -> {
                PrintWriter err = spec.commandLine().getErr();
                List<Stream> which = streams == null ? List.of(Stream.CATALOG, Stream.MEMBERS, Stream.PROMOTIONS, Stream.SETTINGS)
                        : streams.stream().map(s -> Stream.fromWire(s.strip().toLowerCase())).toList();
                for (Stream stream : which) {
                    ProgressLine progress = new ProgressLine(err, i18n);
                    SyncClient.PullSummary s = client.pull(stream, progress);
                    progress.finish();
                    out.println(i18n.tr("cli.sync.pulled", stream.wire(), s.changes(), s.pages(), s.cursor()));
                }
                return 0;
            });
        }
    }

    @Command(name = "enrol", description = "Join this terminal to a shop with the one-time code from its admin.")
    static final class Enrol implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "The enrolment code shown in the shop's admin.")
        String code;

        @Option(names = "--cloud", required = true, description = "Address of the cloud, e.g. http://127.0.0.1:8620")
        String cloudUrl;

        @Option(names = "--name", description = "Name of this terminal in the shop (default: its terminal code).")
        String name;

        @Override
        public Integer call() {
            return sync.run(spec, (t, client, i18n, out) -> {
                Enrolment e = client.enrol(cloudUrl, code, name != null ? name : t.storeInfo().terminalCode());
                out.println(i18n.tr("cli.sync.enrolledNow", e.shopName() == null ? e.shopId() : e.shopName(), e.terminalId()));
                // read again: the enrolment may have given the terminal the cloud's number as its code
                String terminalCode = new StoreSetup(t.store(), t.clock()).current().map(StoreInfo::terminalCode)
                        .orElse(t.storeInfo().terminalCode());
                out.println(i18n.tr("cli.sync.terminalCode", terminalCode));
                return 0;
            });
        }
    }

    /** A one-line progress bar for a long first pull. */
    static final class ProgressLine implements SyncClient.Progress {
        private final PrintWriter err;
        private final I18n i18n;
        private int lastPercent = -1;

        ProgressLine(PrintWriter err, I18n i18n) {
            this.err = err;
            this.i18n = i18n;
        }

        @Override
        public void update(Stream stream, long applied, long remaining) {
            long total = applied + remaining;
            int percent = total == 0 ? 100 : (int) (applied * 100 / total);
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = percent / 5;
            err.print("\r" + i18n.tr("cli.sync.pulling", stream.wire()) + " [" + "#".repeat(filled) + " ".repeat(20 - filled) + "] "
                    + percent + "% (" + applied + "/" + total + ")");
            err.flush();
        }

        void finish() {
            if (lastPercent >= 0) {
                err.println();
            }
        }
    }
}
