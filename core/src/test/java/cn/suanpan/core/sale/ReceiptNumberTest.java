package cn.suanpan.core.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceiptNumberTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @Test
    void printsStoreTerminalDayAndSequence() {
        ReceiptNumber n = new ReceiptNumber(ReceiptKind.SALE, "0001", "01", DAY, 42);
        assertThat(n.text()).isEqualTo("0001-01-20250314-0042");
        assertThat(n.barcode()).isEqualTo("0001012025031400" + "42");
        assertThat(new ReceiptNumber(ReceiptKind.SALE, "0001", "01", DAY, 12_345).text()).isEqualTo("0001-01-20250314-12345");
    }

    @Test
    void trainingAndRefundsCarryAPrefix() {
        assertThat(new ReceiptNumber(ReceiptKind.TRAINING_SALE, "0001", "01", DAY, 7).text()).isEqualTo("TR-0001-01-20250314-0007");
        assertThat(new ReceiptNumber(ReceiptKind.REFUND, "0001", "01", DAY, 7).barcode()).isEqualTo("RF00010120250314" + "0007");
        assertThat(new ReceiptNumber(ReceiptKind.TRAINING_REFUND, "0001", "01", DAY, 7).text()).isEqualTo("TR-RF-0001-01-20250314-0007");
    }

    @Test
    void bothFormsReadBack() {
        for (ReceiptKind kind : ReceiptKind.values()) {
            for (long seq : new long[] {1, 42, 9_999, 10_000, 123_456}) {
                ReceiptNumber n = new ReceiptNumber(kind, "0001", "01", DAY, seq);
                assertThat(ReceiptNumber.parse(n.text(), "0001", "01")).contains(n);
                assertThat(ReceiptNumber.parse(n.barcode(), "0001", "01")).contains(n);
                assertThat(ReceiptNumber.parse("  " + n.text().toLowerCase() + "\n", "0001", "01")).contains(n);
            }
        }
    }

    @Test
    void numbersOfOtherTerminalsOrMistypedOnesAreNotRecognised() {
        assertThat(ReceiptNumber.parse("0001-02-20250314-0042", "0001", "01")).isEmpty();
        assertThat(ReceiptNumber.parse("0002-01-20250314-0042", "0001", "01")).isEmpty();
        assertThat(ReceiptNumber.parse("0001-01-20251314-0042", "0001", "01")).as("month 13").isEmpty();
        assertThat(ReceiptNumber.parse("0001-01-20250314-0000", "0001", "01")).isEmpty();
        assertThat(ReceiptNumber.parse("0001-01-20250314-42", "0001", "01")).as("not as printed").isEmpty();
        assertThat(ReceiptNumber.parse("000101202503140042X", "0001", "01")).isEmpty();
        assertThat(ReceiptNumber.parse("00010120250314", "0001", "01")).as("no sequence").isEmpty();
        assertThat(ReceiptNumber.parse("", "0001", "01")).isEmpty();
        assertThat(ReceiptNumber.parse(null, "0001", "01")).isEmpty();
    }
}
