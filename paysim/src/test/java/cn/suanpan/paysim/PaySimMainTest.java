package cn.suanpan.paysim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.paysim.wire.AlipayWire;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as its own process: started, paid through, killed with SIGKILL, restarted on the same books. */
class PaySimMainTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void keepsItsBooksAndKitThroughAKill() throws Exception {
        Process first = start();
        String trade;
        MerchantKit kit;
        try {
            String url = gatewayUrl(first);
            kit = MerchantKit.loadOrCreate(dir.resolve("kit"));
            String pay = alipay(url, kit, "alipay.trade.pay",
                    "{\"out_trade_no\":\"main-1\",\"scene\":\"bar_code\",\"auth_code\":\"281234567890123456\",\"subject\":\"x\",\"total_amount\":\"9.90\"}");
            assertThat(pay).contains("\"code\":\"10000\"");
            Matcher m = Pattern.compile("\"trade_no\":\"(\\d+)\"").matcher(pay);
            assertThat(m.find()).isTrue();
            trade = m.group(1);
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start();
        try {
            String url = gatewayUrl(second);
            assertThat(MerchantKit.loadOrCreate(dir.resolve("kit"))).isEqualTo(kit);
            String query = alipay(url, kit, "alipay.trade.query", "{\"out_trade_no\":\"main-1\"}");
            assertThat(query).contains("\"trade_status\":\"TRADE_SUCCESS\"").contains(trade);
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PaySimMain.class.getName(),
                "--port", "0", "--tls-port", "0", "--state-dir", dir.toString(), "--seed", "7", "--fault-rate", "0",
                "--loss-rate", "0").redirectErrorStream(true).start();
    }

    /** Reads the start-up line ("paysim: WeChat Pay https://…, Alipay http://…/gateway.do, …"). */
    private static String gatewayUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern alipay = Pattern.compile("Alipay (http://\\S+/gateway\\.do)");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = alipay.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                return m.group(1);
            }
        }
        throw new IllegalStateException("paysim did not start");
    }

    private String alipay(String url, MerchantKit kit, String method, String biz) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("app_id", kit.alipayAppId());
        p.put("method", method);
        p.put("format", "JSON");
        p.put("charset", "utf-8");
        p.put("sign_type", "RSA2");
        p.put("timestamp", "2026-11-25 10:00:00");
        p.put("version", "1.0");
        p.put("biz_content", biz);
        p.put("sign", AlipayWire.sign(AlipayWire.signingText(p), AlipayWire.privateKey(kit.merchantAlipayPrivateKey())));
        String form = p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
