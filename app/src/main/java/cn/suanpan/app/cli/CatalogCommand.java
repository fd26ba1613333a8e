package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.i18n.SuanpanException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", description = "Import and export the product catalog (CSV).",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.Export.class})
public final class CatalogCommand {

    @ParentCommand
    SuanpanCommand parent;

    @Command(name = "import", description = "Import products from a CSV file: all rows or none.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        CatalogCommand catalog;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "CSV with the columns of 'catalog export'.")
        Path file;

        @Override
        public Integer call() {
            I18n i18n = catalog.parent.i18n();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isReadable(file)) {
                err.println(i18n.tr("cli.catalog.noFile", file));
                return 2;
            }
            try (TerminalContext t = catalog.parent.openTerminal();
                 Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ProgressLine progress = new ProgressLine(err, i18n);
                ImportReport report = new CatalogImporter(t.store(), t.clock()).importCsv(in, progress);
                progress.finish();
                if (!report.ok()) {
                    err.println(i18n.tr("cli.catalog.rejected", report.errors().size()));
                    for (ImportReport.RowError e : report.errors()) {
                        err.println(i18n.tr("cli.catalog.rowError", e.line(), e.column(), i18n.tr(e.message())));
                    }
                    return 1;
                }
                out.println(i18n.tr("cli.catalog.imported", report.rows(), report.inserted(), report.updated(), report.categoriesCreated()));
                return 0;
            } catch (SuanpanException e) {
                err.println(i18n.describe(e));
                return 2;
            } catch (IOException e) {
                err.println(i18n.tr("cli.catalog.noFile", file));
                return 2;
            }
        }
    }

    @Command(name = "export", description = "Write the catalog as CSV to a file or to standard output.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        CatalogCommand catalog;

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
        Path output;

        @Override
        public Integer call() throws IOException {
            I18n i18n = catalog.parent.i18n();
            try (TerminalContext t = catalog.parent.openTerminal()) {
                if (output == null) {
                    Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    t.catalog().exportCsv(w);
                    w.flush();
                } else {
                    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        long n = t.catalog().exportCsv(w);
                        spec.commandLine().getErr().println(i18n.tr("cli.catalog.exported", n, output));
                    }
                }
                return 0;
            } catch (SuanpanException e) {
                spec.commandLine().getErr().println(i18n.describe(e));
                return 2;
            }
        }
    }

    /** A progress bar on one terminal line, redrawn at most every few percent. */
    static final class ProgressLine implements CatalogImporter.Progress {
        private final PrintWriter err;
        private final I18n i18n;
        private int lastPercent = -1;
        private String lastPhase = "";

        ProgressLine(PrintWriter err, I18n i18n) {
            this.err = err;
            this.i18n = i18n;
        }

        @Override
        public void update(String phase, long done, long total) {
            if (total < 0) {
                // rows checked as the file is read: their number is not known until its end
                err.print("\r" + i18n.tr("cli.catalog.phase." + phase) + " (" + done + ")");
                err.flush();
                lastPhase = phase;
                lastPercent = -2;
                return;
            }
            int percent = total == 0 ? 100 : (int) (done * 100 / total);
            if (percent == lastPercent && phase.equals(lastPhase)) {
                return;
            }
            lastPercent = percent;
            lastPhase = phase;
            int filled = percent / 5;
            err.print("\r" + i18n.tr("cli.catalog.phase." + phase) + " [" + "#".repeat(filled) + " ".repeat(20 - filled) + "] "
                    + percent + "% (" + done + "/" + total + ")");
            err.flush();
        }

        void finish() {
            if (lastPercent >= 0) {
                err.println();
            }
        }
    }
}
