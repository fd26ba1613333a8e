package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.suanpan.app.voice.SpokenCommands;
import cn.suanpan.hardware.speech.Microphone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanpan voice}, run in-process on a fresh data directory with the demo catalog. */
class VoiceCommandTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 4];
            full[0] = "--data-dir";
            full[1] = data.toString();
            full[2] = "--lang";
            full[3] = "en";
            System.arraycopy(args, 0, full, 4, args.length);
            return new Run(SuanpanCommand.run(full), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aWavFileGivesTheCommandAsJson() throws Exception {
        SpokenCommands.assumeTools();
        Path wav = SpokenCommands.wav(data, "add", "add two cola");
        Run r = run("voice", "--wav", wav.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith("{\"text\": \"add two cola\", \"confidence\": ")
                .endsWith("\"intent\": {\"type\": \"ADD_ITEM\", \"sku\": \"SP00001\", \"quantity\": 2}}");
    }

    @Test
    void checkNamesTheModelAndLeavesNoDemoProductOut() {
        Run r = run("voice", "--check");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Speech model: ").contains("model-en-us").contains("(language en)")
                .contains("Voice commands know 202 products").doesNotContain("cannot be recognised");
    }

    @Test
    void withoutAMicrophoneListeningSaysSoAndStopsThere() {
        assumeTrue(Microphone.devices().isEmpty(), "this machine has a microphone");
        Run r = run("voice", "--mic");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No microphone found").contains("the rest of the terminal works without voice");
        // it failed before opening the store or loading the model
        assertThat(data.resolve("db")).doesNotExist();
    }

    @Test
    void filesThatAreMissingOrNoAudioAreExplained() throws Exception {
        Run missing = run("voice", "--wav", data.resolve("nope.wav").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Cannot read the audio file").contains("nope.wav");

        Path text = Files.writeString(data.resolve("notes.wav"), "not a recording");
        Run unreadable = run("voice", "--wav", text.toString());
        assertThat(unreadable.code()).isEqualTo(2);
        assertThat(unreadable.err()).contains("is not a readable WAV");
    }

    @Test
    void aMissingModelFolderIsExplained() throws Exception {
        Files.writeString(data.resolve("suanpan.properties"), "voice.model.dir=models/nowhere\n");
        Run r = run("voice", "--check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No speech model in").contains("nowhere").contains("voice.model.dir");
    }

    @Test
    void inChineseToo() {
        assumeTrue(Microphone.devices().isEmpty(), "this machine has a microphone");
        String[] args = {"--data-dir", data.toString(), "--lang", "zh_CN", "voice", "--mic"};
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(SuanpanCommand.run(args)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未找到麦克风");
    }
}
