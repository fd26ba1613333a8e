package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.hardware.i18n.HardwareMessage;
import org.junit.jupiter.api.Test;

class PrinterStatusParserTest {

    private static PrinterStatus parse(int printer, int offline, int error, int paper) {
        return PrinterStatusParser.parse(new byte[] {(byte) printer, (byte) offline, (byte) error, (byte) paper},
                DrawerSensor.OPEN_WHEN_HIGH);
    }

    @Test
    void requestsAreDleEotOneToFour() {
        assertThat(StatusRequest.all()).containsExactly(0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 3, 0x10, 4, 4);
    }

    @Test
    void healthyPrinter() {
        PrinterStatus status = parse(0x12, 0x12, 0x12, 0x12);
        assertThat(status.canPrint()).isTrue();
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void paperNearEndStillPrintsButWarns() {
        PrinterStatus status = parse(0x12, 0x12, 0x12, 0x1E); // bits 2 and 3 of DLE EOT 4
        assertThat(status.paperNearEnd()).isTrue();
        assertThat(status.paperOut()).isFalse();
        assertThat(status.canPrint()).isTrue();
        assertThat(status.problems()).containsExactly(new HardwareMessage("printer.status.paperNearEnd"));
    }

    @Test
    void paperOut() {
        // offline (bit 3), stopped by paper end (bit 5 of DLE EOT 2), both paper sensors set
        PrinterStatus status = parse(0x1A, 0x32, 0x12, 0x7E);
        assertThat(status.offline()).isTrue();
        assertThat(status.paperOut()).isTrue();
        assertThat(status.canPrint()).isFalse();
        assertThat(status.problems()).containsExactly(new HardwareMessage("printer.status.paperOut"));
    }

    @Test
    void coverOpen() {
        PrinterStatus status = parse(0x1A, 0x16, 0x12, 0x12);
        assertThat(status.coverOpen()).isTrue();
        assertThat(status.canPrint()).isFalse();
        assertThat(status.problems()).containsExactly(new HardwareMessage("printer.status.coverOpen"));
    }

    @Test
    void offlineWithoutAKnownCause() {
        PrinterStatus status = parse(0x1A, 0x12, 0x12, 0x12);
        assertThat(status.problems()).containsExactly(new HardwareMessage("printer.status.offline"));
    }

    @Test
    void cutterAndOtherErrors() {
        PrinterStatus cutter = parse(0x1A, 0x52, 0x1A, 0x12); // DLE EOT 3 bit 3
        assertThat(cutter.cutterError()).isTrue();
        assertThat(cutter.unrecoverableError()).isFalse();
        assertThat(cutter.canPrint()).isFalse();
        assertThat(cutter.problems()).containsExactly(new HardwareMessage("printer.status.cutterError"));

        PrinterStatus hot = parse(0x1A, 0x52, 0x52, 0x12); // bit 6: auto-recoverable
        assertThat(hot.autoRecoverableError()).isTrue();
        PrinterStatus broken = parse(0x1A, 0x52, 0x32, 0x12); // bit 5: unrecoverable
        assertThat(broken.unrecoverableError()).isTrue();
    }

    @Test
    void drawerOpenDependsOnHowTheSwitchIsWired() {
        byte[] pin3High = {0x16, 0x12, 0x12, 0x12};
        assertThat(PrinterStatusParser.parse(pin3High, DrawerSensor.OPEN_WHEN_HIGH).drawerOpen()).isTrue();
        assertThat(PrinterStatusParser.parse(pin3High, DrawerSensor.OPEN_WHEN_LOW).drawerOpen()).isFalse();
        PrinterStatus open = PrinterStatusParser.parse(pin3High, DrawerSensor.OPEN_WHEN_HIGH);
        assertThat(open.canPrint()).isTrue();
        assertThat(open.problems()).containsExactly(new HardwareMessage("printer.status.drawerOpen"));
    }

    @Test
    void bytesWithoutTheFixedBitsAreNotStatus() {
        assertThat(PrinterStatusParser.isStatusByte(0x12)).isTrue();
        assertThat(PrinterStatusParser.isStatusByte(0x00)).isFalse();
        assertThat(PrinterStatusParser.isStatusByte(0x93)).isFalse();
        assertThatThrownBy(() -> parse(0x12, 0x00, 0x12, 0x12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DLE EOT 2");
        assertThatThrownBy(() -> PrinterStatusParser.parse(new byte[] {0x12}, DrawerSensor.OPEN_WHEN_HIGH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
