package cn.suanpan.hardware.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleProtocolTest {

    private static final long MS = 1_000_000L;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ST,GS,+  0.736kg | 736    | true",
            "US,GS,+  0.736kg | 736    | false",
            "ST,NT,-  0.020kg | -20    | true",
            "ST,GS,+012.345kg | 12345  | true",
            "ST,GS,+  1.0005kg| 1001   | true",
            "ST,+00123.45  g  | 123    | true",
            "st,gs,+  125 g   | 125    | true",
            "ST,GS,+  1.000lb | 454    | true",
            "US,GS,+    .5kg  | 500    | false"})
    void continuousLinesGiveSignedGrams(String line, long grams, boolean stable) {
        assertThat(ContinuousAsciiProtocol.parse(line)).contains(new ScaleFrame.Weight(grams, stable));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"OL,GS,+ OL    kg", "OL,GS,+999.999kg", "ol,nt,+      kg"})
    void overloadWhateverTheValueField(String line) {
        assertThat(ContinuousAsciiProtocol.parse(line)).contains(new ScaleFrame.Overload());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"XX,GS,+  0.736kg", "ST,GS,+  0.7.36kg", "ST,GS,+  0.736oz", "ST,GS,+", "garbage"})
    void nonsenseLinesAreNotWeights(String line) {
        assertThat(ContinuousAsciiProtocol.parse(line)).isEmpty();
    }

    @Test
    void continuousStreamSurvivesNoiseSplitsAndOverlongLines() {
        ContinuousAsciiProtocol p = new ContinuousAsciiProtocol();
        List<ScaleFrame> frames = new ArrayList<>();
        String stream = "\u0000\u00ffUS,GS,+  0.7" + "30kg\r\nST,GS,+  0.736kg\r\n" + "Z".repeat(100) + "\r\nST,GS,+  0.736kg\r\n";
        byte[] bytes = stream.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i += 7) {
            byte[] chunk = new byte[Math.min(7, bytes.length - i)];
            System.arraycopy(bytes, i, chunk, 0, chunk.length);
            frames.addAll(p.accept(chunk));
        }
        // the first line starts with noise and does not parse
        assertThat(frames).containsExactly(new ScaleFrame.Weight(736, true), new ScaleFrame.Weight(736, true));
    }

    @Test
    void continuousEncodingIsTheDocumentedFrame() {
        assertThat(ContinuousAsciiProtocol.encode(new ScaleFrame.Weight(736, true))).isEqualTo("ST,GS,+  0.736kg\r\n");
        assertThat(ContinuousAsciiProtocol.encode(new ScaleFrame.Weight(-20, false))).isEqualTo("US,GS,-  0.020kg\r\n");
        for (long g : new long[] {0, 5, 736, 12_345, 150_000, -999}) {
            ScaleFrame.Weight w = new ScaleFrame.Weight(g, g % 2 == 0);
            assertThat(ContinuousAsciiProtocol.parse(ContinuousAsciiProtocol.encode(w).strip())).contains(w);
        }
    }

    @Test
    void toledoAnswersAreWeightsOrStatus() {
        Toledo8213Protocol p = new Toledo8213Protocol(WeightUnit.KG);
        byte[] answers = {
            0x02, '0', '1', '.', '2', '3', '4', 0x0D,
            'n', 'o', 'i', 's', 'e',
            0x02, '?', 0x61, 0x0D,          // motion
            0x02, '?', (byte) 0xE2, 0x0D,   // over range, parity bit set
            0x02, '?', 0x64, 0x0D,          // under zero
            0x02, '?', 0x70, 0x0D,          // centre of zero only: nothing to report
            0x02, '0', '0', '.', '0', '0', '0', 0x0D};
        assertThat(p.accept(answers)).containsExactly(new ScaleFrame.Weight(1234, true), new ScaleFrame.Motion(),
                new ScaleFrame.Overload(), new ScaleFrame.UnderZero(), new ScaleFrame.Weight(0, true));
        assertThat(p.request()).map(b -> new String(b, StandardCharsets.US_ASCII)).contains("W");
    }

    @Test
    void toledoInPoundsConvertsToGrams() {
        Toledo8213Protocol p = new Toledo8213Protocol(WeightUnit.LB);
        byte[] answer = {0x02, '0', '0', '2', '.', '5', '0', 0x0D};
        assertThat(p.accept(answer)).containsExactly(new ScaleFrame.Weight(1134, true));
    }

    @Test
    void toledoEncodingRoundTrips() {
        Toledo8213Protocol p = new Toledo8213Protocol(WeightUnit.KG);
        assertThat(p.accept(Toledo8213Protocol.encode(new ScaleFrame.Weight(1234, true), WeightUnit.KG)))
                .containsExactly(new ScaleFrame.Weight(1234, true));
        assertThat(Toledo8213Protocol.encode(new ScaleFrame.Weight(1234, true), WeightUnit.KG))
                .isEqualTo(new byte[] {0x02, '0', '1', '.', '2', '3', '4', 0x0D});
        assertThat(p.accept(Toledo8213Protocol.encode(new ScaleFrame.Weight(1234, false), WeightUnit.KG)))
                .containsExactly(new ScaleFrame.Motion());
        assertThat(p.accept(Toledo8213Protocol.encode(new ScaleFrame.Weight(-5, true), WeightUnit.KG)))
                .containsExactly(new ScaleFrame.UnderZero());
        assertThat(p.accept(Toledo8213Protocol.encode(new ScaleFrame.Overload(), WeightUnit.KG)))
                .containsExactly(new ScaleFrame.Overload());
    }

    @Test
    void unitsConvertExactlyToWholeGrams() {
        assertThat(WeightUnit.KG.toGrams(new BigDecimal("0.7364"))).isEqualTo(736);
        assertThat(WeightUnit.KG.toGrams(new BigDecimal("0.7365"))).isEqualTo(737);
        assertThat(WeightUnit.LB.toGrams(new BigDecimal("1"))).isEqualTo(454);
        assertThat(WeightUnit.LB.toGrams(new BigDecimal("100"))).isEqualTo(45_359);
        assertThat(WeightUnit.G.toGrams(new BigDecimal("-12.5"))).isEqualTo(-13);
        assertThat(WeightUnit.ofSymbol(" KG ")).contains(WeightUnit.KG);
        assertThat(WeightUnit.ofSymbol("oz")).isEqualTo(Optional.empty());
        assertThat(WeightUnit.KG.fromGrams(1234, 3)).isEqualByComparingTo("1.234");
    }

    @Test
    void stableNeedsTheFlagAndEqualReadingsWithinTheWindow() {
        StabilityDetector d = new StabilityDetector(3, Duration.ofMillis(1000));
        assertThat(d.accept(500, true, 0)).isFalse();
        assertThat(d.accept(500, true, 100 * MS)).isFalse();
        assertThat(d.accept(500, true, 200 * MS)).isTrue();
        assertThat(d.accept(500, true, 300 * MS)).isTrue();
        // a different value starts over
        assertThat(d.accept(502, true, 400 * MS)).isFalse();
        assertThat(d.accept(502, true, 500 * MS)).isFalse();
        assertThat(d.accept(502, true, 600 * MS)).isTrue();
        // the scale's flag says moving: start over, even with the same value
        assertThat(d.accept(502, false, 700 * MS)).isFalse();
        assertThat(d.accept(502, true, 800 * MS)).isFalse();
        assertThat(d.accept(502, true, 900 * MS)).isFalse();
        assertThat(d.accept(502, true, 1000 * MS)).isTrue();
    }

    @Test
    void readingsTooFarApartAreNotEnough() {
        StabilityDetector d = new StabilityDetector(2, Duration.ofMillis(500));
        assertThat(d.accept(500, true, 0)).isFalse();
        assertThat(d.accept(500, true, 600 * MS)).isFalse();
        assertThat(d.accept(500, true, 700 * MS)).isTrue();
    }
}
