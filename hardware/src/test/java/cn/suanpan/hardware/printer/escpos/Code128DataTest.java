package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.hardware.printer.PaperWidth;
import org.junit.jupiter.api.Test;

class Code128DataTest {

    @Test
    void textStartsWithCodeSetB() {
        Code128Data data = Code128Data.of("AB-12");
        assertThat(data.data()).containsExactly('{', 'B', 'A', 'B', '-', '1', '2');
        assertThat(data.symbols()).isEqualTo(2 + 5);
    }

    @Test
    void digitsArePackedInPairsInCodeSetC() {
        Code128Data data = Code128Data.of("0102202503140042");
        assertThat(data.data()).containsExactly('{', 'C', 1, 2, 20, 25, 3, 14, 0, 42);
        assertThat(data.symbols()).isEqualTo(2 + 8);
    }

    @Test
    void longDigitRunsInsideTextSwitchToCodeSetC() {
        Code128Data data = Code128Data.of("S01-T01-20250314-0107");
        assertThat(data.data()).containsExactly(
                '{', 'B', 'S', '0', '1', '-', 'T', '0', '1', '-',
                '{', 'C', 20, 25, 3, 14,
                '{', 'B', '-',
                '{', 'C', 1, 7);
        // start, 8 letters, switch, 4 pairs, switch, dash, switch, 2 pairs, check
        assertThat(data.symbols()).isEqualTo(1 + 8 + 1 + 4 + 1 + 1 + 1 + 2 + 1);
    }

    @Test
    void oddDigitRunPutsItsFirstDigitInCodeSetB() {
        assertThat(Code128Data.of("12345").data()).containsExactly('{', 'B', '1', '{', 'C', 23, 45);
    }

    @Test
    void braceIsDoubled() {
        assertThat(Code128Data.of("a{b").data()).containsExactly('{', 'B', 'a', '{', '{', 'b');
    }

    @Test
    void onlyPrintableAscii() {
        assertThatThrownBy(() -> Code128Data.of("单号")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code128Data.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moduleWidthIsTheWidestThatFitsThePaper() {
        Code128Data digits = Code128Data.of("0102202503140042"); // 123 modules + quiet zones = 143
        assertThat(digits.moduleWidthFor(PaperWidth.MM58.dots(), 2)).isEqualTo(2);
        assertThat(digits.moduleWidthFor(PaperWidth.MM80.dots(), 2)).isEqualTo(3);

        Code128Data text = Code128Data.of("S01-T01-20250314-0107"); // 233 + 20 modules
        assertThat(text.moduleWidthFor(PaperWidth.MM58.dots(), 2)).isZero();
        assertThat(text.moduleWidthFor(PaperWidth.MM58.dots(), 1)).isEqualTo(1);
        assertThat(text.moduleWidthFor(PaperWidth.MM80.dots(), 2)).isEqualTo(2);
    }
}
