package cn.suanpan.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.sim.DisplayEndpoint;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.SocatPair;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SerialCustomerDisplayTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DisplayCommandSet.class)
    void farEndReceivesTheCommandsAndShowsTheSaleSteps(DisplayCommandSet commands) throws Exception {
        DisplayScreens screens = new DisplayScreens(Locale.ENGLISH);
        try (SocatPair cable = SocatPair.start(dir, "vfd");
                DisplayEndpoint device = new DisplayEndpoint(Links.link(cable.farEnd()));
                SerialCustomerDisplay display = new SerialCustomerDisplay(Links.link(cable.deviceEnd()), commands)) {
            Await.until(() -> display.status() == ConnectionStatus.CONNECTED, "display connected");
            // on connection the display is initialised first
            Await.until(() -> device.received().length >= commands.init().length, "init received");
            assertThat(Arrays.copyOf(device.received(), commands.init().length)).isEqualTo(commands.init());

            DisplayLines item = screens.item("可口可乐 Coca-Cola 330ml", 350);
            display.show(item).get(10, TimeUnit.SECONDS);
            Await.until(() -> device.screen().equals(item), "item shown, screen is " + device.screen());
            assertThat(device.screen()).isEqualTo(new DisplayLines("Coca-Cola 330ml", "PRICE           3.50"));

            DisplayLines paid = screens.payment(12_50, 7_50);
            display.show(paid).get(10, TimeUnit.SECONDS);
            Await.until(() -> device.screen().equals(paid), "payment shown, screen is " + device.screen());

            display.clear().get(10, TimeUnit.SECONDS);
            Await.until(() -> device.screen().isBlank(), "cleared, screen is " + device.screen());
            assertThat(display.current()).isEqualTo(DisplayLines.BLANK);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DisplayCommandSet.class, names = "CD5220")
    void displayPluggedBackGetsItsTextAgain(DisplayCommandSet commands) throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "vfd2");
                SerialCustomerDisplay display = new SerialCustomerDisplay(Links.link(cable.deviceEnd()), commands)) {
            DisplayLines total = new DisplayScreens(Locale.ENGLISH).total(99_00);
            try (DisplayEndpoint device = new DisplayEndpoint(Links.link(cable.farEnd()))) {
                Await.until(() -> display.status() == ConnectionStatus.CONNECTED, "display connected");
                display.show(total).get(10, TimeUnit.SECONDS);
                Await.until(() -> device.screen().equals(total), "total shown");
            }
            cable.unplug();
            Await.until(() -> display.status() == ConnectionStatus.RECONNECTING, "display reconnecting");
            cable.plugIn();
            try (DisplayEndpoint device = new DisplayEndpoint(Links.link(cable.farEnd()))) {
                // a new far end starts blank; the display link re-sends what should be shown
                Await.until(() -> device.screen().equals(total), "total shown again, screen is " + device.screen());
            }
        }
    }
}
