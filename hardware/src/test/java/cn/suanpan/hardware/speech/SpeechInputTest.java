package cn.suanpan.hardware.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audio files, levels, the microphone and the recognizer's JSON, without a speech model. */
class SpeechInputTest {

    @TempDir
    Path dir;

    @Test
    void aStereo44kFileIsConvertedTo16kMono() throws Exception {
        AudioFormat cd = new AudioFormat(44_100f, 16, 2, true, false);
        int frames = 44_100; // one second of a 440 Hz tone
        byte[] pcm = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            short v = (short) (Math.sin(2 * Math.PI * 440 * i / 44_100.0) * 10_000);
            for (int c = 0; c < 2; c++) {
                pcm[4 * i + 2 * c] = (byte) v;
                pcm[4 * i + 2 * c + 1] = (byte) (v >> 8);
            }
        }
        Path wav = dir.resolve("tone.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), cd, frames), AudioFileFormat.Type.WAVE, wav.toFile());

        byte[] converted = WavAudio.read(wav);
        assertThat(WavAudio.seconds(converted.length)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(AudioLevel.of(converted, converted.length)).isGreaterThan(0.6);
    }

    @Test
    void aFileThatIsNotAudioIsExplained() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.wav"), "this is not a recording");
        assertThatThrownBy(() -> WavAudio.read(text))
                .isInstanceOfSatisfying(SpeechException.class, e -> assertThat(e.speechMessage().key()).isEqualTo("speech.wav.unreadable"))
                .hasMessageContaining("not a readable WAV");
        assertThatThrownBy(() -> WavAudio.read(dir.resolve("missing.wav")))
                .isInstanceOfSatisfying(SpeechException.class, e -> assertThat(e.speechMessage().key()).isEqualTo("speech.wav.missing"));
        assertThat(new HardwareMessage("speech.wav.missing", "x.wav").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("无法读取音频文件 x.wav。");
    }

    @Test
    void levelGoesFromSilenceToFullScale() {
        assertThat(AudioLevel.of(WavAudio.silence(0.1), 3200)).isZero();
        byte[] loud = new byte[3200];
        for (int i = 0; i < loud.length; i += 2) {
            short v = (short) (i % 4 == 0 ? 32767 : -32767);
            loud[i] = (byte) v;
            loud[i + 1] = (byte) (v >> 8);
        }
        assertThat(AudioLevel.of(loud, loud.length)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        byte[] quiet = new byte[3200];
        for (int i = 0; i < quiet.length; i += 2) {
            short v = (short) (i % 4 == 0 ? 1036 : -1036); // -30 dBFS
            quiet[i] = (byte) v;
            quiet[i + 1] = (byte) (v >> 8);
        }
        assertThat(AudioLevel.of(quiet, quiet.length)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void withoutAMicrophoneTheMessageSaysSo() {
        assumeTrue(Microphone.devices().isEmpty(), "this machine has a microphone");
        assertThatThrownBy(() -> Microphone.open(null))
                .isInstanceOfSatisfying(SpeechException.class, e -> assertThat(e.speechMessage().key()).isEqualTo("speech.mic.none"))
                .hasMessageContaining("No microphone found");
        assertThatThrownBy(() -> Microphone.open("USB Audio")).isInstanceOf(SpeechException.class);
    }

    @Test
    void readsTheRecognizersJson() {
        Map<String, Object> result = VoskJson.object("""
                {"alternatives" : [{"confidence" : 75.39, "result" : [{"end" : 0.45, "start" : 0.27, "word" : "two"}],
                  "text" : "add \\"two\\" cola"}], "partial": "", "ok": true, "none": null, "list": []}""");
        List<?> alternatives = (List<?>) result.get("alternatives");
        Map<?, ?> first = (Map<?, ?>) alternatives.getFirst();
        assertThat(first.get("text")).isEqualTo("add \"two\" cola");
        assertThat(first.get("confidence")).isEqualTo(75.39);
        assertThat(result).containsEntry("ok", true).containsEntry("none", null).containsEntry("partial", "");
        assertThat(VoskJson.stringArray(List.of("add \"two\"", "加 两 瓶"))).isEqualTo("[\"add \\\"two\\\"\", \"加 两 瓶\"]");
    }
}
