package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusAnswersTest {

    @Test
    void everyStatusSurvivesTheTripThroughTheAnswerBytes() {
        for (DrawerSensor sensor : DrawerSensor.values()) {
            for (int bits = 0; bits < 256; bits++) {
                PrinterStatus s = new PrinterStatus(bit(bits, 0), bit(bits, 1), bit(bits, 2), bit(bits, 3), bit(bits, 4),
                        bit(bits, 5), bit(bits, 6), bit(bits, 7));
                byte[] answers = StatusAnswers.all(s, sensor);
                for (byte a : answers) {
                    assertThat(PrinterStatusParser.isStatusByte(a & 0xFF)).isTrue();
                }
                assertThat(PrinterStatusParser.parse(answers, sensor)).as("bits %s", Integer.toBinaryString(bits)).isEqualTo(s);
            }
        }
    }

    @Test
    void aReadyPrinterAnswersTheBarePattern() {
        // Epson's documented answer of an idle printer with the drawer switch low: 0x12 to every request
        assertThat(StatusAnswers.all(PrinterStatus.READY, DrawerSensor.OPEN_WHEN_HIGH)).containsExactly(0x12, 0x12, 0x12, 0x12);
        // paper out: offline (printer byte bit 3), stopped by paper end (offline cause bit 5), sensor bits 5 and 6
        PrinterStatus out = new PrinterStatus(true, false, false, true, false, false, false, false);
        assertThat(StatusAnswers.all(out, DrawerSensor.OPEN_WHEN_HIGH)).containsExactly(0x1A, 0x32, 0x12, 0x72);
    }

    @Test
    void onlyRequestsOneToFourHaveAnswers() {
        assertThatThrownBy(() -> StatusAnswers.answer(5, PrinterStatus.READY, DrawerSensor.OPEN_WHEN_HIGH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean bit(int v, int b) {
        return (v & (1 << b)) != 0;
    }
}
