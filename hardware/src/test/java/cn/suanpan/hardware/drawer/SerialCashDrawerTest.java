package cn.suanpan.hardware.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.sim.DrawerEndpoint;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.Recorder;
import cn.suanpan.hardware.testing.SocatPair;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialCashDrawerTest {

    @TempDir
    Path dir;

    @Test
    void openSendsTheKickBytesOverTheDrawersOwnPort() throws Exception {
        Recorder<Integer> kicks = new Recorder<>();
        try (SocatPair cable = SocatPair.start(dir, "drawer");
                DrawerEndpoint device = new DrawerEndpoint(Links.link(cable.farEnd()), kicks::accept);
                SerialCashDrawer drawer = new SerialCashDrawer(Links.link(cable.deviceEnd()))) {
            Await.until(() -> drawer.status() == ConnectionStatus.CONNECTED, "drawer connected");
            drawer.open().get(10, TimeUnit.SECONDS);
            kicks.awaitSize(1);
            assertThat(device.received()).isEqualTo(new byte[] {0x1B, 0x70, 0x00, 0x19, (byte) 0xFA});
            assertThat(drawer.state()).isEmpty();

            drawer.open().get(10, TimeUnit.SECONDS);
            kicks.awaitSize(2);
            assertThat(device.kicks()).isEqualTo(2);
        }
    }

    @Test
    void drawerThatIsNotThereFailsAtOnceWithAReason() {
        try (SerialCashDrawer drawer = new SerialCashDrawer(Links.link(dir.resolve("none").toString()))) {
            assertThatThrownBy(() -> drawer.open().join())
                    .cause().isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.userMessage().key()).isEqualTo("device.error.notConnected"));
        }
    }

    @Test
    void kickDetectorFindsBothCommandsAcrossReads() {
        KickDetector d = new KickDetector();
        assertThat(d.accept(new byte[] {'x', 0x1B, 'p'})).isZero();
        assertThat(d.accept(new byte[] {0, 25, (byte) 250, 'y'})).isEqualTo(1);
        assertThat(d.accept(new byte[] {0x10, 0x14, 1, 0, 5})).isEqualTo(1);
        assertThat(d.accept(new byte[] {0x1B, 'q', 0, 25, 25})).isZero();
        assertThat(d.kicks()).isEqualTo(2);
    }

    @Test
    void kickPulseIsChecked() {
        assertThat(DrawerKick.pulse(1, 50, 50)).containsExactly(0x1B, 'p', 1, 50, 50);
        assertThatThrownBy(() -> DrawerKick.pulse(2, 50, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawerKick.pulse(0, 0, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedDrawerOpensAndIsPushedShut() {
        SimulatedCashDrawer drawer = new SimulatedCashDrawer();
        Recorder<DrawerState> states = new Recorder<>();
        drawer.addStateListener(states);
        assertThat(drawer.state()).contains(DrawerState.CLOSED);
        assertThat(drawer.open()).isCompleted();
        assertThat(drawer.state()).contains(DrawerState.OPEN);
        drawer.pushClosed();
        assertThat(states.items()).containsExactly(DrawerState.OPEN, DrawerState.CLOSED);
        assertThat(drawer.kicks()).isEqualTo(1);
    }
}
