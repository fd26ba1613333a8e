package cn.suanpan.paysim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import cn.suanpan.paysim.state.SimRefund;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.paysim.wire.WeChatWire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaySimStateTest {

    private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSimulatorsSigningAgreesWithWeChatsPublishedVector() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("appid", "wxd930ea5d5a258f4f");
        f.put("mch_id", "10000100");
        f.put("device_info", "1000");
        f.put("body", "test");
        f.put("nonce_str", "ibuaiVcKdpRxkhJA");
        String key = "192006250b4c09247ec02edce69f6a2d";
        assertThat(WeChatWire.sign(f, key, WeChatWire.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
        assertThat(WeChatWire.sign(f, key, WeChatWire.HMAC_SHA256))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void theBooksSurviveARestartAndATornLastLine() throws IOException {
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        try (SimState state = SimState.open(dir, clock)) {
            state.update("WECHAT", "o1", o -> new SimOrder("WECHAT", "o1", "4200001", "134567890123456789", 500, "茶",
                    T, Status.USERPAYING, T.plusSeconds(20), null, null, Scenario.userPaying(Duration.ofSeconds(20)), 0,
                    List.of()));
            state.update("WECHAT", "o1", o -> o.withStatus(Status.SUCCESS, T, null));
            state.update("WECHAT", "o1", o -> o.plusRefund(new SimRefund("r1", "503", 200, T)));
        }
        // a process killed in the middle of a write leaves half a line
        Files.writeString(dir.resolve("orders.jsonl"), "{\"wallet\":\"WECHAT\",\"outTra", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (SimState again = SimState.open(dir, clock)) {
            SimOrder o = again.find("WECHAT", "o1");
            assertThat(o.status()).isEqualTo(Status.SUCCESS);
            assertThat(o.refundedFen()).isEqualTo(200);
            assertThat(o.scenario().confirmAfter()).isEqualTo(Duration.ofSeconds(20));
            assertThat(again.codeOwner("WECHAT", "134567890123456789")).isEqualTo("o1");
            assertThat(again.nextSequence()).isEqualTo(2);
        }
    }

    @Test
    void aCustomerWhoConfirmsIsPaidWhenTheClockGetsThere() {
        SimOrder waiting = new SimOrder("ALIPAY", "o2", "t", "281234567890123456", 100, "x", T, Status.USERPAYING,
                T.plusSeconds(30), null, null, Scenario.userPaying(Duration.ofSeconds(30)), 0, List.of());
        assertThat(waiting.at(T.plusSeconds(29)).status()).isEqualTo(Status.USERPAYING);
        assertThat(waiting.at(T.plusSeconds(30)).status()).isEqualTo(Status.SUCCESS);
        assertThat(waiting.at(T.plusSeconds(30)).paidAt()).isEqualTo(T.plusSeconds(30));
    }

    @Test
    void aSeededScheduleIsTheSameForTheSameSeedAndCode() {
        FaultPlan a = FaultPlan.seeded(42, 0.5, 0);
        FaultPlan b = FaultPlan.seeded(42, 0.5, 0);
        FaultPlan c = FaultPlan.seeded(43, 0.5, 0);
        List<String> codes = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "13" + (1000000000000000L + i)).toList();

        assertThat(codes.stream().map(a::forCode).toList()).isEqualTo(codes.stream().map(b::forCode).toList());
        assertThat(codes.stream().map(a::forCode).toList()).isNotEqualTo(codes.stream().map(c::forCode).toList());
        long faulty = codes.stream().map(a::forCode).filter(s -> s.kind() != Scenario.Kind.NORMAL).count();
        assertThat(faulty).isBetween(60L, 140L);
        // a scenario set by hand wins over the schedule
        a.set(codes.getFirst(), Scenario.of(Scenario.Kind.CODE_EXPIRED));
        assertThat(a.forCode(codes.getFirst()).kind()).isEqualTo(Scenario.Kind.CODE_EXPIRED);
    }
}
