package cn.suanpan.cloud.payment.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.wire.UnionPayWire;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settlement file's transfer: its answer is signed by the acquirer over the file, and checked. */
class UnionPaySettlementFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private SimFixture fx;
    private UnionPayClient client;
    private MerchantKit kit;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        kit = SimFixture.kit();
        client = new UnionPayClient(UnionPayConfig.of(Wallet.ECNY, fx.sim.unionpayBaseUrl(), kit.ecny().merId(),
                        kit.ecny().certId(), UnionPaySigner.privateKey(kit.ecny().merchantPrivateKey()),
                        UnionPaySigner.publicKey(kit.acquirerPublicKey()), ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time);
        fx.time.advance(Duration.between(fx.time.instant(),
                DAY.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void theFileComesSignedAndAnAlteredOneIsNoAnswer() throws Exception {
        UnionPayReply reply = client.settlementFile(DAY);
        assertThat(reply.ok()).isTrue();
        String text = new String(Base64.getDecoder().decode(reply.get("fileContent")), StandardCharsets.UTF_8);
        assertThat(text).startsWith("H|" + kit.ecny().merId() + "|20261125|0").contains("T|0|0|0");
        // the operator's side shows the same file
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fx.sim.port()
                    + "/sim/bill/unionpay?wallet=ECNY&date=2026-11-25")).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(text);
        }

        Map<String, String> answer = new LinkedHashMap<>(reply.fields());
        answer.put("signature", UnionPayWire.sign(answer, kit.acquirerPrivate()));
        assertThat(client.checkFile(UnionPayWire.form(answer), "20261125").ok()).as("the acquirer's own answer").isTrue();

        Map<String, String> altered = new LinkedHashMap<>(answer);
        altered.put("fileContent", Base64.getEncoder().encodeToString(
                text.replace("T|0|0|0", "T|0|0|0\r\nD|01|x").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> client.checkFile(UnionPayWire.form(altered), "20261125"))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("wrong signature");
        assertThatThrownBy(() -> client.checkFile(UnionPayWire.form(answer), "20261124"))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("another merchant or day");
        Map<String, String> unsigned = new LinkedHashMap<>(answer);
        unsigned.remove("signature");
        assertThatThrownBy(() -> client.checkFile(UnionPayWire.form(unsigned), "20261125"))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("not signed");
    }
}
