package cn.suanpan.hardware.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.sim.ScaleEndpoint;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.Recorder;
import cn.suanpan.hardware.testing.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scales on real ptys, their far end played by the simulated scale speaking the real protocol. */
class SerialScaleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void continuousFramesSettleIntoAStableWeight() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "cont");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()), ScaleSettings.continuous());
                ScaleEndpoint device = endpoint(cable, ScaleProtocol.Kind.CONTINUOUS_ASCII)) {
            Recorder<ScaleReading> readings = new Recorder<>();
            scale.addReadingListener(readings);
            awaitConnected(scale);
            readings.awaitAny(r -> r instanceof ScaleReading.Weighed w && w.stable() && w.grams() == 0, "empty scale settled");

            device.model().place(736);
            settled(readings, 736);
            ScaleReading.Weighed w = scale.readStableWeight(WAIT).get(15, TimeUnit.SECONDS);

            assertThat(w.grams()).isEqualTo(736);
            assertThat(w.stable()).isTrue();
            assertThat(w.kilograms()).isEqualByComparingTo("0.736");
            // the goods wobbled before they settled, and those readings were not stable
            assertThat(readings.count(r -> r instanceof ScaleReading.Weighed x && !x.stable() && x.grams() != 736)).isPositive();
        }
    }

    @Test
    void tareIsTakenFromTheStableGrossAndTakenOffLaterWeights() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "tare");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()), ScaleSettings.continuous());
                ScaleEndpoint device = endpoint(cable, ScaleProtocol.Kind.CONTINUOUS_ASCII)) {
            Recorder<ScaleReading> readings = new Recorder<>();
            scale.addReadingListener(readings);
            awaitConnected(scale);
            device.model().place(250);
            settled(readings, 250);
            assertThat(scale.tare(WAIT).get(15, TimeUnit.SECONDS)).isEqualTo(250);
            assertThat(scale.tareGrams()).isEqualTo(250);

            device.model().place(1250);
            settled(readings, 1000);
            ScaleReading.Weighed net = scale.readStableWeight(WAIT).get(15, TimeUnit.SECONDS);
            assertThat(net.grams()).isEqualTo(1000);
            assertThat(net.tareGrams()).isEqualTo(250);
            assertThat(net.grossGrams()).isEqualTo(1250);

            // the container alone is lifted off: below the tare is no weight to sell
            device.model().place(0);
            settled(readings, -250);
            assertThatThrownBy(() -> scale.readStableWeight(WAIT).join())
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(ScaleException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScaleException.Reason.NEGATIVE));

            scale.clearTare();
            settled(readings, 0);
            assertThat(scale.readStableWeight(WAIT).get(15, TimeUnit.SECONDS).grams()).isZero();
        }
    }

    @Test
    void overloadFailsTheWeighing() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "ol");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()), ScaleSettings.continuous());
                ScaleEndpoint device = endpoint(cable, ScaleProtocol.Kind.CONTINUOUS_ASCII)) {
            Recorder<ScaleReading> readings = new Recorder<>();
            scale.addReadingListener(readings);
            awaitConnected(scale);
            device.model().setOverload(true);
            readings.awaitAny(ScaleReading.Overload.class::isInstance, "overload shown");
            assertThatThrownBy(() -> scale.readStableWeight(WAIT).join())
                    .cause().isInstanceOfSatisfying(ScaleException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ScaleException.Reason.OVERLOAD);
                        assertThat(e.userMessage().key()).isEqualTo("scale.error.overload");
                    });
        }
    }

    @Test
    void requestResponseScaleIsAskedAndAnswers() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "toledo");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()),
                        ScaleSettings.toledo8213().withPollInterval(Duration.ofMillis(50)));
                ScaleEndpoint device = endpoint(cable, ScaleProtocol.Kind.TOLEDO_8213)) {
            Recorder<ScaleReading> readings = new Recorder<>();
            scale.addReadingListener(readings);
            awaitConnected(scale);
            device.model().place(1234);
            settled(readings, 1234);

            ScaleReading.Weighed w = scale.readStableWeight(WAIT).get(15, TimeUnit.SECONDS);
            assertThat(w.grams()).isEqualTo(1234);
            assertThat(device.requests()).isPositive();
            // while the goods settled the scale answered with its motion status
            assertThat(readings.items()).anyMatch(ScaleReading.InMotion.class::isInstance);

            device.model().place(-30);
            readings.awaitAny(ScaleReading.UnderZero.class::isInstance, "under zero shown");
            assertThatThrownBy(() -> scale.readStableWeight(WAIT).join())
                    .cause().isInstanceOfSatisfying(ScaleException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScaleException.Reason.NEGATIVE));
        }
    }

    @Test
    void noStableWeightInTimeIsATimeout() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "slow");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()), ScaleSettings.continuous())) {
            awaitConnected(scale);
            // nothing on the far end speaks: no frame, no weight
            assertThatThrownBy(() -> scale.readStableWeight(Duration.ofMillis(300)).join())
                    .cause().isInstanceOfSatisfying(ScaleException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScaleException.Reason.TIMEOUT));
        }
    }

    @Test
    void unpluggedScaleFailsAtOnce() throws Exception {
        try (SerialScale scale = new SerialScale(Links.link(dir.resolve("absent").toString()), ScaleSettings.continuous())) {
            Await.until(() -> scale.status() == ConnectionStatus.RECONNECTING, "scale looking for its port");
            assertThatThrownBy(() -> scale.readStableWeight(WAIT).join())
                    .cause().isInstanceOfSatisfying(ScaleException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScaleException.Reason.NOT_CONNECTED));
        }
    }

    private static ScaleEndpoint endpoint(SocatPair cable, ScaleProtocol.Kind kind) {
        return new ScaleEndpoint(Links.link(cable.farEnd()), kind, WeightUnit.KG, new ScaleModel(3), Duration.ofMillis(50));
    }

    /**
     * Waits until the scale has shown this weight as stable: from then on the next stable reading is
     * of these goods, not one of the frames still on the wire from before they were put on.
     */
    private static void settled(Recorder<ScaleReading> readings, long netGrams) {
        int seen = readings.items().size();
        Await.until(() -> readings.items().stream().skip(seen)
                        .anyMatch(r -> r instanceof ScaleReading.Weighed w && w.stable() && w.grams() == netGrams),
                "stable " + netGrams + " g shown");
    }

    private static void awaitConnected(Scale scale) {
        Await.until(() -> scale.status() == ConnectionStatus.CONNECTED, "scale connected");
    }
}
