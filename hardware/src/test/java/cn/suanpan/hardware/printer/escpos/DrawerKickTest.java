package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DrawerKickTest {

    @Test
    void standardPulseOnPin2() {
        // ESC p 0, 25 × 2 ms on, 250 × 2 ms off
        assertThat(HexFormat.of().formatHex(DrawerKick.STANDARD.bytes())).isEqualTo("1b700019fa");
    }

    @Test
    void pin5SelectsTheSecondDrawer() {
        assertThat(new DrawerKick(DrawerPin.PIN_5, 100, 200).bytes()).containsExactly(0x1B, 'p', 1, 50, 100);
    }

    @Test
    void timesRoundUpToTwoMillisecondUnits() {
        assertThat(new DrawerKick(DrawerPin.PIN_2, 3, 510).bytes()).containsExactly(0x1B, 'p', 0, 2, 255);
    }

    @Test
    void timesOutsideWhatTheCommandCanCarryAreRejected() {
        assertThatThrownBy(() -> new DrawerKick(DrawerPin.PIN_2, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawerKick(DrawerPin.PIN_2, 100, 512)).isInstanceOf(IllegalArgumentException.class);
    }
}
