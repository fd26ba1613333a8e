package cn.suanpan.app.testing;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.common.TaskExecutor;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.session.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * A demo terminal in a temporary directory, with services that run store work at once on
 * the calling thread and simulated devices: what the screen tests drive.
 */
public final class TestTerminal implements AutoCloseable {

    private final TerminalContext terminal;
    private final RecordingSounds sounds = new RecordingSounds();
    private Services services;

    private TestTerminal(TerminalContext terminal) {
        this.terminal = terminal;
    }

    public static TestTerminal open(Path dir) {
        DataDirectory data = new DataDirectory(dir);
        return new TestTerminal(TerminalContext.open(data, Settings.load(data.settingsFile()), Clock.systemUTC()));
    }

    /** Fresh services (and devices) on the same store; {@code uiThread} receives device callbacks. */
    public Services services(Executor uiThread) {
        if (services != null) {
            services.devices().close();
        }
        services = Services.create(terminal, TaskExecutor.direct(), uiThread, Devices.simulated(), sounds);
        return services;
    }

    public TerminalContext context() {
        return terminal;
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
