package cn.suanpan.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.display.DisplayLines;
import cn.suanpan.hardware.display.SimulatedCustomerDisplay;
import cn.suanpan.hardware.scanner.SimulatedBarcodeScanner;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.testing.Recorder;
import org.junit.jupiter.api.Test;

/** The stand-ins the UI uses in simulated-devices mode. */
class InProcessSimulatorsTest {

    @Test
    void simulatedScannerDeliversCodesOnlyWhilePluggedIn() {
        SimulatedBarcodeScanner scanner = new SimulatedBarcodeScanner();
        Recorder<String> codes = new Recorder<>();
        Recorder<ConnectionStatus> statuses = new Recorder<>();
        scanner.addScanListener(codes);
        scanner.addStatusListener(statuses);
        scanner.scan("6901234567892");
        scanner.setPluggedIn(false);
        scanner.scan("lost");
        scanner.setPluggedIn(true);
        scanner.scan("4006381333931");
        assertThat(codes.items()).containsExactly("6901234567892", "4006381333931");
        assertThat(statuses.items()).containsExactly(ConnectionStatus.DISCONNECTED, ConnectionStatus.CONNECTED);
    }

    @Test
    void simulatedDisplayMirrorsWhatItShows() {
        SimulatedCustomerDisplay display = new SimulatedCustomerDisplay();
        Recorder<DisplayLines> screens = new Recorder<>();
        display.addScreenListener(screens);
        DisplayLines lines = new DisplayLines("Cola", "3.50");
        assertThat(display.show(lines)).isCompleted();
        assertThat(display.current()).isEqualTo(lines);
        display.clear();
        assertThat(screens.items()).containsExactly(lines, DisplayLines.BLANK);
    }
}
