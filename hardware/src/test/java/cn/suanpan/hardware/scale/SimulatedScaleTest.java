package cn.suanpan.hardware.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedScaleTest {

    @Test
    void placedGoodsSettleThroughTheSameLogicAsARealScale() throws Exception {
        try (SimulatedScale scale = new SimulatedScale(ScaleSettings.continuous(), Duration.ofMillis(20))) {
            java.util.concurrent.atomic.AtomicLong lastStable = new java.util.concurrent.atomic.AtomicLong(-1);
            scale.addReadingListener(r -> {
                if (r instanceof ScaleReading.Weighed w && w.stable()) {
                    lastStable.set(w.grams());
                }
            });
            scale.place(1500);
            cn.suanpan.hardware.testing.Await.until(() -> lastStable.get() == 1500, "1500 g settled");
            assertThat(scale.tare(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS)).isEqualTo(1500);
            scale.place(2000);
            cn.suanpan.hardware.testing.Await.until(() -> lastStable.get() == 500, "2000 g settled");
            assertThat(scale.readStableWeight(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS).grams()).isEqualTo(500);
        }
    }

    @Test
    void unpluggedSimulatedScaleSaysSo() {
        try (SimulatedScale scale = new SimulatedScale()) {
            scale.setPluggedIn(false);
            assertThat(scale.status()).isEqualTo(ConnectionStatus.DISCONNECTED);
            assertThatThrownBy(() -> scale.readStableWeight(Duration.ofSeconds(1)).join())
                    .cause().isInstanceOfSatisfying(ScaleException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScaleException.Reason.NOT_CONNECTED));
        }
    }
}
