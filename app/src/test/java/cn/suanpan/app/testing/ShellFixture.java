package cn.suanpan.app.testing;

import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.common.KeyboardWedge;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.users.User;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The cashier window on a test terminal, in a TestFX stage. */
public final class ShellFixture {

    private ShellFixture() {
    }

    /**
     * The scanner timing in tests. A till does nothing else, but a build machine runs other
     * work beside the tests and may hold the JavaFX thread back for tens of milliseconds in
     * the middle of a burst; a wider gap keeps a scan a scan there. Typing in the tests that
     * must not count as a scan pauses well beyond it.
     */
    public static final KeyboardWedge.Timing TIMING = new KeyboardWedge.Timing(250, 4);

    /** Call on the JavaFX thread (a TestFX {@code @Start} method). */
    public static Shell show(Stage stage, TestTerminal terminal, Locale locale) {
        return show(stage, terminal.services(Platform::runLater), locale);
    }

    /** The window on services made by the test (other devices, say); on the JavaFX thread. */
    public static Shell show(Stage stage, Services services, Locale locale) {
        Shell shell = new Shell(services, new Session(), locale, 1280, 800, null);
        shell.wedge().setTiming(TIMING);
        stage.setScene(shell.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        shell.start();
        return shell;
    }

    /** Logs {@code username} in and opens a shift if none is open, skipping the login screen; on the JavaFX thread. */
    public static User loginWithShift(Shell shell, String username, String pin) {
        Services s = shell.services();
        User user = s.users().login(username, pin);
        shell.session().userProperty().set(user);
        Shift shift = s.shifts().current().orElseGet(() -> s.shifts().open(user, Money.ofYuan(200)));
        shell.session().shiftProperty().set(shift);
        shell.showSale();
        return user;
    }
}
