package cn.suanpan.app.testing;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.common.TaskExecutor;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.session.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A demo terminal in a temporary directory, with services that run store work at once on
 * the calling thread and simulated devices: what the screen tests drive.
 */
public final class TestTerminal implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private TerminalContext terminal;
    private final RecordingSounds sounds = new RecordingSounds();
    private Services services;
    /** The directory a per-class terminal made for itself, removed after the class. */
    private Path ownDirectory;

    private TestTerminal(TerminalContext terminal) {
        this.terminal = terminal;
    }

    /**
     * A terminal opened in a directory of its own before a test class's tests and closed
     * after them: {@code @RegisterExtension static final TestTerminal terminal = TestTerminal.perTestClass();}
     */
    public static TestTerminal perTestClass() {
        return new TestTerminal(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ownDirectory = Files.createTempDirectory("suanpan-terminal");
        terminal = open(ownDirectory).terminal;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
        services = null;
        delete(ownDirectory);
    }

    /** A fresh demo terminal in {@code dir}: a copy of one seeded once per test run (seeding takes seconds). */
    public static TestTerminal open(Path dir) {
        copy(template(), new DataDirectory(dir).database());
        DataDirectory data = new DataDirectory(dir);
        return new TestTerminal(TerminalContext.open(data, Settings.load(data.settingsFile()), Clock.systemUTC()));
    }

    private static Path template;

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("suanpan-template");
                DataDirectory data = new DataDirectory(dir);
                TerminalContext.open(data, Settings.load(data.settingsFile()), Clock.systemUTC()).close();
                template = data.database();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    /** Fresh services (and devices) on the same store; {@code uiThread} receives device callbacks. */
    public Services services(Executor uiThread) {
        return services(uiThread, Devices.simulated());
    }

    /**
     * Fresh services on the same store with the given devices (closed with the terminal or the
     * next services), once their catalog index is built.
     */
    public Services services(Executor uiThread, Devices devices) {
        if (services != null) {
            services.devices().close();
        }
        services = Services.create(terminal, TaskExecutor.direct(), uiThread, devices, sounds);
        // the tests scan right away: let the demo catalog's index be built first, as it long is at a real counter
        services.catalog().index();
        return services;
    }

    public TerminalContext context() {
        return terminal;
    }

    /** A sale as the store has it. */
    public cn.suanpan.core.sale.StoredSale storedSale(String receiptNo) {
        return new cn.suanpan.core.sale.SaleRepository(terminal.storeInfo()).find(terminal.store().dsl(), receiptNo)
                .orElseThrow(() -> new AssertionError("no sale " + receiptNo + " in the store"));
    }

    public RecordingSounds sounds() {
        return sounds;
    }

    @Override
    public void close() {
        if (services != null) {
            services.devices().close();
        }
        terminal.close();
    }
}
