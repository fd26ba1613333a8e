package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.SampleReceipts;
import cn.suanpan.hardware.printer.layout.Replacement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact bytes of the sample receipts, checked in under src/test/resources/golden as hex
 * text with one line per printed line, so a change in the output shows as a readable diff.
 * After an intended change, rewrite them with
 * {@code ./mvnw -o -pl hardware test -Dtest=GoldenReceiptTest -Dgolden.update=true} and review the diff.
 */
class GoldenReceiptTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final int BYTES_PER_LINE = 64;

    static Stream<SampleReceipts.Sample> samples() {
        return SampleReceipts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void bytesMatchTheGoldenFile(SampleReceipts.Sample sample) throws IOException {
        byte[] bytes = new ReceiptEncoder().encode(sample.receipt(), sample.profile());
        Path file = GOLDEN.resolve(sample.name() + ".hex");
        String hex = toHexLines(bytes);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, hex, StandardCharsets.US_ASCII);
        }
        assertThat(file).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(hex).isEqualTo(Files.readString(file, StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void encodingIsRepeatable(SampleReceipts.Sample sample) {
        ReceiptEncoder encoder = new ReceiptEncoder();
        assertThat(encoder.encode(sample.receipt(), sample.profile()))
                .isEqualTo(encoder.encode(sample.receipt(), sample.profile()));
    }

    @Test
    void onlyTheTrainingSampleHasAnUnprintableCharacter() {
        ReceiptEncoder encoder = new ReceiptEncoder();
        EncodedReceipt zh = encoder.encodeWithReport(SampleReceipts.chinese58WithPromotions().receipt(),
                SampleReceipts.chinese58WithPromotions().profile());
        assertThat(zh.replacements()).isEmpty();
        assertThat(zh.warnings()).isEmpty();

        EncodedReceipt training = encoder.encodeWithReport(SampleReceipts.chineseTraining80().receipt(),
                SampleReceipts.chineseTraining80().profile());
        assertThat(training.replacements()).containsExactly(new Replacement(0x1F382, "□"));
        assertThat(training.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("printer.warning.charactersReplaced");
            assertThat(w.args()).containsExactly(1, "🎂");
        });
    }

    @Test
    void startsWithInitAndChineseModeAndEndsWithTheCut() {
        SampleReceipts.Sample sample = SampleReceipts.english80SplitTender();
        String hex = HexFormat.of().formatHex(new ReceiptEncoder().encode(sample.receipt(), sample.profile()));
        assertThat(hex).startsWith("1b40" + "1c26").endsWith("1d564200");
    }

    /** Hex, a line break after every LF byte and every 64 bytes. */
    static String toHexLines(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.of();
        int inLine = 0;
        for (byte b : bytes) {
            out.append(hex.toHexDigits(b));
            inLine++;
            if (b == EscPos.LF || inLine == BYTES_PER_LINE) {
                out.append('\n');
                inLine = 0;
            }
        }
        if (inLine > 0) {
            out.append('\n');
        }
        return out.toString();
    }
}
