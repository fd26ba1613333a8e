package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.i18n.I18n;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code suanpan [options] [command]}: with no command, the cashier window opens. */
@Command(name = "suanpan", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Suanpan POS terminal. Without a command the cashier window opens.",
        subcommands = {UiCommand.class, VersionCommand.class, DbCommand.class, CatalogCommand.class, SaleCommand.class,
                ShiftCommand.class, AuditCommand.class, SyncCommand.class, DeviceCommand.class, VoiceCommand.class})
public final class SuanpanCommand implements Callable<Integer> {

    /** Returned by the UI command: the JavaFX thread keeps the process alive. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @Option(names = "--data-dir", description = "Data directory (default: $SUANPAN_DATA or ~/.suanpan).")
    Path dataDir;

    @Option(names = "--lang", description = "Language: zh_CN or en (default: from settings).")
    String language;

    @Option(names = "--exit-when-ready", description = "Print READY <ms> once the cashier screen has rendered and exit once the store is open (benchmarks, smoke tests).")
    boolean exitWhenReady;

    private DataDirectory directory;
    private Settings settings;

    public static int run(String... args) {
        Optional<SuanpanCommand> window = plainWindowStart(args);
        if (window.isPresent()) {
            SuanpanCommand top = window.get();
            top.prepare();
            return new UiCommand().launch(top, top.exitWhenReady);
        }
        SuanpanCommand top = new SuanpanCommand();
        CommandLine cmd = new CommandLine(top);
        cmd.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cmd.setExecutionStrategy(parseResult -> {
            top.prepare();
            if (!opensWindow(parseResult)) {
                // commands draw receipts for the simulated printer off screen: no display needed,
                // even where DISPLAY names one that is not there
                System.setProperty("java.awt.headless", "true");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cmd.execute(args);
    }

    /**
     * The cashier window started the everyday way ({@code suanpan}, {@code suanpan ui}, with
     * {@code --data-dir}, {@code --lang} or {@code --exit-when-ready}), read without picocli:
     * building the command line's model reads the annotations of every command, which cost a
     * good part of a second before the toolkit could start (ADR 21). Anything else (help,
     * a command, a mistake) is left to picocli, which explains it.
     */
    static Optional<SuanpanCommand> plainWindowStart(String... args) {
        SuanpanCommand top = new SuanpanCommand();
        boolean ui = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            if (name.equals("--data-dir") || name.equals("--lang")) {
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    value = args[++i];
                }
                if (value == null || value.isEmpty()) {
                    return Optional.empty();
                }
            }
            switch (name) {
                case "--data-dir" -> {
                    if (ui || top.dataDir != null) {
                        return Optional.empty();
                    }
                    top.dataDir = Path.of(value);
                }
                case "--lang" -> {
                    if (ui || top.language != null) {
                        return Optional.empty();
                    }
                    top.language = value;
                }
                case "--exit-when-ready" -> top.exitWhenReady = true;
                case "ui" -> {
                    if (ui) {
                        return Optional.empty();
                    }
                    ui = true;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(top);
    }

    private static boolean opensWindow(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        Object command = last.commandSpec().userObject();
        return command instanceof UiCommand || command instanceof SuanpanCommand;
    }

    /** Decides the data directory and starts logging there, before any command runs. */
    private void prepare() {
        directory = DataDirectory.resolve(dataDir);
        System.setProperty("suanpan.logDir", directory.logs().toString());
        settings = Settings.load(directory.settingsFile());
        if (language != null) {
            settings.set(Settings.LANGUAGE, language);
        }
    }

    DataDirectory directory() {
        return directory;
    }

    Settings settings() {
        return settings;
    }

    I18n i18n() {
        Locale locale = settings.locale();
        return new I18n(locale);
    }

    /** Opens the terminal's store for a command, reporting a refusal in the user's language. */
    TerminalContext openTerminal() {
        return TerminalContext.open(directory, settings, Clock.systemUTC());
    }

    @Override
    public Integer call() {
        return new UiCommand().launch(this, exitWhenReady);
    }
}
