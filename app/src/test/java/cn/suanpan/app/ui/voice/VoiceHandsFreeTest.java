package cn.suanpan.app.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.voice.CounterMicrophone;
import cn.suanpan.app.voice.SpokenCommands;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.app.voice.VoiceSettings;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.DemoStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hands-free listening on the sale screen, with the real recognizer and the shipped model:
 * the microphone stays open (a {@link CounterMicrophone} in its place, through the same audio
 * interface) and espeak-ng speech is played into it. Nobody presses anything.
 */
@ExtendWith(ApplicationExtension.class)
class VoiceHandsFreeTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();
    @TempDir
    static Path speech;
    static CounterMicrophone microphone;

    Shell shell;
    int openedBefore;

    @BeforeAll
    static void handsFree() {
        SpokenCommands.assumeTools();
        terminal.context().settings().set(VoiceSettings.HANDS_FREE, "true");
        microphone = new CounterMicrophone();
        VoiceEngine.of(terminal.context()).useAudio(microphone::open);
    }

    @AfterAll
    static void close() {
        VoiceEngine.of(terminal.context()).close();
    }

    @Start
    void start(Stage stage) {
        openedBefore = microphone.timesOpened();
        shell = ShellFixture.show(stage, terminal, Locale.ENGLISH);
        // showing the sale screen loads voice (the first time) and opens the microphone for the wake word
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    private SaleViewModel sale() {
        return shell.saleModel();
    }

    private void listening() {
        await(() -> microphone.timesOpened() > openedBefore);
    }

    private void say(String text) throws Exception {
        microphone.say(SpokenCommands.pcm(speech, text.replace(' ', '-'), text));
        microphone.pause(1.5);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theWakeWordAndACommandPutTheItemInTheSale(FxRobot robot) throws Exception {
        listening();
        int before = sale().lines().size();

        say("cashier add two cola");
        await(() -> sale().lines().size() > before);

        PricedLine added = sale().lines().getLast();
        assertThat(added.line().product().sku()).isEqualTo("SP00001");
        assertThat(added.line().quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(text(robot, "#voice-result")).isEqualTo("Heard \"add two cola\": add 2 × Coca-Cola 500ml");
    }

    @Test
    void aCommandWithoutTheWakeWordChangesNothing(FxRobot robot) throws Exception {
        listening();
        List<PricedLine> before = List.copyOf(sale().lines());
        String total = text(robot, "#total-amount");

        // said at the counter without the wake word; then, to know it has been heard and passed
        // over, a harmless command with the wake word (the audio is heard in order)
        say("add two cola");
        say("cashier total");
        await(() -> microphone.heardAll() && text(robot, "#voice-result").startsWith("Heard \"total\""));

        assertThat(sale().lines()).isEqualTo(before);
        assertThat(text(robot, "#total-amount")).isEqualTo(total);
    }

    /** Long: the first use loads the speech model, which takes seconds on a busy machine. */
    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 90 s", e);
        }
    }
}
