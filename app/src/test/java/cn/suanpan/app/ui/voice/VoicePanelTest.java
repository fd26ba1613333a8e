package cn.suanpan.app.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.voice.SpokenCommands;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.hardware.speech.RecordedAudio;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The voice panel of the sale screen with the real recognizer and the shipped model: speech
 * made by espeak-ng is played in through the same audio interface as the microphone, while
 * the button (or F8) is held down as a cashier would.
 */
@ExtendWith(ApplicationExtension.class)
class VoicePanelTest {

    static final String COLA_500 = "6999993984647";

    @TempDir
    static Path data;
    @TempDir
    static Path speech;
    static TestTerminal terminal;

    Shell shell;

    @BeforeAll
    static void open() {
        SpokenCommands.assumeTools();
        terminal = TestTerminal.open(data);
    }

    @AfterAll
    static void close() {
        if (terminal != null) {
            VoiceEngine.of(terminal.context()).close();
            terminal.close();
        }
    }

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, Locale.ENGLISH);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    private SaleViewModel sale() {
        return shell.saleModel();
    }

    private static VoiceEngine engine() {
        return VoiceEngine.of(terminal.context());
    }

    private RecordedAudio say(String text) throws Exception {
        RecordedAudio audio = new RecordedAudio(SpokenCommands.pcm(speech, text.replace(' ', '-'), text));
        engine().useAudio(() -> audio);
        return audio;
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void holdingTheButtonAndSayingAddTwoColaPutsTwoColasInTheSale(FxRobot robot) throws Exception {
        RecordedAudio audio = say("add two cola");

        // held down: the first press also loads the model, then the recording plays in
        robot.moveTo("#voice-mic").press(MouseButton.PRIMARY);
        await(audio::ended);
        robot.release(MouseButton.PRIMARY);
        await(() -> !sale().lines().isEmpty());

        List<PricedLine> lines = sale().lines();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().line().product().sku()).isEqualTo("SP00001");
        assertThat(lines.getFirst().line().quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(text(robot, "#voice-result")).isEqualTo("Heard \"add two cola\": add 2 × Coca-Cola 500ml");
        assertThat(robot.lookup("#voice-closest").query().isVisible()).isFalse();
        robot.interact(() -> Screenshots.save(shell.scene(), "voice-en-light"));
    }

    @Test
    void aRemarkThatIsNoCommandChangesNothingAndShowsTheClosestCommands(FxRobot robot) throws Exception {
        Keys.scan(robot, shell.scene(), COLA_500);
        robot.interact(() -> shell.setLocale(I18n.CHINESE));
        String notice = text(robot, "#sale-message");
        String total = text(robot, "#total-amount");
        RecordedAudio audio = say("what time do you close");

        robot.press(KeyCode.F8);
        await(audio::ended);
        robot.release(KeyCode.F8);
        await(() -> !text(robot, "#voice-result").isEmpty());

        assertThat(sale().lines()).hasSize(1);
        assertThat(sale().lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(1));
        assertThat(text(robot, "#total-amount")).isEqualTo(total);
        assertThat(text(robot, "#sale-message")).isEqualTo(notice);
        assertThat(text(robot, "#voice-result")).contains("未做任何更改");
        assertThat(robot.lookup(".voice-suggestion").queryAllAs(Button.class)).hasSize(3);
        robot.interact(() -> Screenshots.save(shell.scene(), "voice-zh_CN-light"));
    }

    @Test
    void theGrammarIsRebuiltWhenTheCatalogChanges(FxRobot robot) throws Exception {
        engine().start();
        await(() -> engine().state() instanceof VoiceEngine.State.Ready);
        assertThat(phrases()).doesNotContain("dragon fruit");

        String csv = """
                sku,barcodes,name,name_en,category,unit,price,voice_alias
                SP09001,6900000090015,火龙果,Dragon Fruit,snacks,pc,12.80,dragon fruit
                """;
        ImportReport report = new CatalogImporter(terminal.context().store(), terminal.context().clock())
                .importCsv(new StringReader(csv), CatalogImporter.Progress.NONE);
        assertThat(report.errors()).isEmpty();

        await(() -> phrases().contains("dragon fruit"));
    }

    private static List<String> phrases() {
        VoiceEngine.Listening l = engine().lease();
        if (l == null) {
            return List.of();
        }
        try {
            return List.copyOf(l.grammar().productPhrases().keySet());
        } finally {
            l.release();
        }
    }

    /** Longer than the screens' usual wait: the first use loads the speech model, which takes seconds on a busy machine. */
    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 90 s", e);
        }
    }
}
