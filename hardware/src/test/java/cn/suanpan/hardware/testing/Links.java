package cn.suanpan.hardware.testing;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.LinkOptions;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.serial.SerialSettings;
import java.time.Duration;

/** Links with short retry pauses, so reconnection tests stay quick. */
public final class Links {

    public static final LinkOptions FAST = LinkOptions.DEFAULT
            .withReadPollInterval(Duration.ofMillis(5))
            .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(400));

    private Links() {}

    public static SerialLink link(String path) {
        return SerialLink.create(path, SerialSettings.DEFAULT, FAST);
    }

    public static SerialLink link(String path, LinkOptions options) {
        return SerialLink.create(path, SerialSettings.DEFAULT, options);
    }

    public static SerialLink started(String path) {
        SerialLink l = link(path);
        l.start();
        return l;
    }

    public static void awaitConnected(SerialLink link) {
        Await.until(() -> link.status() == ConnectionStatus.CONNECTED, link.path() + " connected, is " + link.status());
    }
}
