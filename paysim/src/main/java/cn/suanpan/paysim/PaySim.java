package cn.suanpan.paysim;

import cn.suanpan.paysim.alipay.AlipayBill;
import cn.suanpan.paysim.alipay.AlipayBillDownload;
import cn.suanpan.paysim.alipay.AlipaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.paysim.unionpay.UnionPaySettlementFile;
import cn.suanpan.paysim.unionpay.UnionPaySim;
import cn.suanpan.paysim.wechat.WeChatBill;
import cn.suanpan.paysim.wechat.WeChatSim;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The wallets' simulator as an HTTP service. WeChat Pay's API is served over TLS
 * ({@link #wechatBaseUrl()}), where the {@code /secapi/} calls need the merchant's client
 * certificate; Alipay's {@code gateway.do} is served on the plain port too, its requests and
 * answers being signed anyway, and so is the UnionPay acquirer's QR API
 * ({@link #unionpayBaseUrl()}, both UnionPay and e-CNY); the links Alipay's bill query hands out lead to
 * {@code /downloadBillFile.resource} on the TLS port. {@code /sim/…} is the operator's side:
 * scenarios per code and the bills at any hour.
 */
public final class PaySim implements AutoCloseable {

    /**
     * @param lateDelay how long a {@link Scenario.Kind#SLOW_RESPONSE} answer is held back (real time: longer
     *                  than the merchant's read timeout)
     * @param bills     when a day's bill can be fetched (the next morning, Beijing time)
     */
    public record Config(MerchantKit kit, SimState state, FaultPlan faults, Clock clock, int port, int tlsPort,
                         Duration lateDelay, Duration wechatRefundWindow, Duration alipayRefundWindow, BillSchedule bills) {

        public static Config of(MerchantKit kit, SimState state, FaultPlan faults, Clock clock) {
            return new Config(kit, state, faults, clock, 0, 0, Duration.ofSeconds(3), Duration.ofDays(365),
                    Duration.ofDays(90), BillSchedule.NEXT_MORNING);
        }

        public Config withLateDelay(Duration d) {
            return new Config(kit, state, faults, clock, port, tlsPort, d, wechatRefundWindow, alipayRefundWindow, bills);
        }

        public Config withPorts(int plain, int tls) {
            return new Config(kit, state, faults, clock, plain, tls, lateDelay, wechatRefundWindow, alipayRefundWindow, bills);
        }

        public Config withBills(BillSchedule schedule) {
            return new Config(kit, state, faults, clock, port, tlsPort, lateDelay, wechatRefundWindow, alipayRefundWindow,
                    schedule);
        }
    }

    private final Config config;
    private final Javalin app;
    private final ServerConnector plain;
    private final ServerConnector tls;
    private final WeChatSim wechat;
    private final AlipaySim alipay;

    private PaySim(Config config, Javalin app, ServerConnector plain, ServerConnector tls, WeChatSim wechat,
                   AlipaySim alipay) {
        this.config = config;
        this.app = app;
        this.plain = plain;
        this.tls = tls;
        this.wechat = wechat;
        this.alipay = alipay;
    }

    public static PaySim start(Config c) {
        WeChatSim wechat = new WeChatSim(c.kit(), c.state(), c.faults(), c.wechatRefundWindow(), Duration.ofDays(7), c.bills());
        ServerConnector[] tls = new ServerConnector[1];
        ServerConnector[] plain = new ServerConnector[1];
        // Alipay's bill links point at a file server of their own; here the TLS port serves the files
        AlipayBillDownload downloads = new AlipayBillDownload(c.kit(), c.state(),
                () -> "https://127.0.0.1:" + tls[0].getLocalPort());
        AlipaySim alipay = new AlipaySim(c.kit(), c.state(), c.faults(), c.alipayRefundWindow(), c.bills(), downloads);
        UnionPaySim unionpay = new UnionPaySim(c.kit(), c.state(), c.faults(), Duration.ofDays(365), c.bills());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            // with a connector added Javalin adds none of its own: both are set up here
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setPort(c.port());
                plain[0] = connector;
                return connector;
            });
            config.jetty.addConnector((server, http) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setSslContext(c.kit().serverTls());
                ssl.setWantClientAuth(true);
                HttpConfiguration https = new HttpConfiguration(http);
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                secure.setSniHostCheck(false);
                https.addCustomizer(secure);
                ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                        new HttpConnectionFactory(https));
                connector.setPort(c.tlsPort());
                tls[0] = connector;
                return connector;
            });
            for (String path : new String[]{"/pay/micropay", "/pay/orderquery", "/pay/refundquery", "/pay/downloadbill",
                "/secapi/pay/reverse", "/secapi/pay/refund"}) {
                config.routes.post(path, ctx -> deliver(ctx, c, wechat.handle(path, ctx.body(), hasClientCertificate(ctx))));
            }
            config.routes.post("/gateway.do", ctx -> deliver(ctx, c, alipay.handle(alipayParams(ctx))));
            for (String path : new String[]{UnionPaySim.BACK_PATH, UnionPaySim.QUERY_PATH, UnionPaySim.FILE_PATH}) {
                config.routes.post(path, ctx -> deliver(ctx, c, unionpay.handle(path, ctx.body())));
            }
            config.routes.get(AlipayBillDownload.PATH, ctx -> {
                Map<String, String> query = new HashMap<>();
                ctx.queryParamMap().forEach((k, v) -> query.put(k, v.getFirst()));
                byte[] zip = downloads.serve(query);
                if (zip == null) {
                    ctx.status(403).contentType("text/plain;charset=utf-8").result("链接已失效");
                } else if (c.faults().loseAnswer()) {
                    ctx.status(502).result("");
                } else {
                    ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\""
                            + query.get("downloadFileName") + "\"").result(zip);
                }
            });
            config.routes.post("/sim/scenario", ctx -> {
                Scenario.Kind kind = Scenario.Kind.valueOf(ctx.queryParam("kind"));
                String confirm = ctx.queryParam("confirmAfterSeconds");
                String repeats = ctx.queryParam("repeats");
                c.faults().set(ctx.queryParam("code"), new Scenario(kind,
                        Duration.ofSeconds(confirm == null ? 0 : Long.parseLong(confirm)),
                        repeats == null ? (kind == Scenario.Kind.RECALL ? 2 : 0) : Integer.parseInt(repeats)));
                ctx.result("ok");
            });
            config.routes.get("/sim/bill/wechat", ctx -> {
                String bill = WeChatBill.render(c.kit(), c.state().all(), LocalDate.parse(ctx.queryParam("date")));
                ctx.contentType("text/plain;charset=utf-8").result(bill == null ? "" : bill);
            });
            config.routes.get("/sim/bill/alipay", ctx -> ctx.contentType("text/csv;charset=GBK")
                    .result(AlipayBill.render(c.kit(), c.state().all(), LocalDate.parse(ctx.queryParam("date")),
                            c.clock().instant()).getBytes(AlipayBill.CHARSET)));
            config.routes.get("/sim/bill/unionpay", ctx -> {
                String wallet = UnionPaySim.ECNY.equals(ctx.queryParam("wallet")) ? UnionPaySim.ECNY : UnionPaySim.UNIONPAY;
                ctx.contentType("text/plain;charset=utf-8").result(unionpayFile(c, wallet, LocalDate.parse(ctx.queryParam("date"))));
            });
            config.routes.get("/health", ctx -> ctx.result("ok"));
        });
        app.start();
        return new PaySim(c, app, plain[0], tls[0], wechat, alipay);
    }

    private static boolean hasClientCertificate(Context ctx) {
        Object certs = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
        return certs instanceof java.security.cert.X509Certificate[] a && a.length > 0;
    }

    /** Alipay's SDK puts the common parameters in the query string and biz_content in the form body. */
    private static Map<String, String> alipayParams(Context ctx) {
        Map<String, String> params = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.getFirst()));
        String body = ctx.body();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void deliver(Context ctx, Config c, Answer answer) throws InterruptedException {
        switch (answer.delivery()) {
            case LOST -> ctx.status(502).result("");
            case LATE -> {
                Thread.sleep(c.lateDelay());
                ctx.contentType(answer.contentType()).result(answer.body());
            }
            case NOW -> ctx.contentType(answer.contentType()).result(answer.body());
        }
    }

    public int port() {
        return plain.getLocalPort();
    }

    public int tlsPort() {
        return tls.getLocalPort();
    }

    /** WeChat Pay's API root (TLS), standing in for https://api.mch.weixin.qq.com. */
    public String wechatBaseUrl() {
        return "https://127.0.0.1:" + tlsPort();
    }

    /** Alipay's gateway, standing in for https://openapi.alipay.com/gateway.do. */
    public String alipayGatewayUrl() {
        return "http://127.0.0.1:" + port() + "/gateway.do";
    }

    /** The UnionPay acquirer's API root (UnionPay and e-CNY), standing in for https://gateway.95516.com. */
    public String unionpayBaseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public FaultPlan faults() {
        return config.faults();
    }

    public MerchantKit kit() {
        return config.kit();
    }

    public SimState state() {
        return config.state();
    }

    /** The WeChat bill of a day (Beijing time), or null if nothing happened. */
    public String wechatBill(LocalDate day) {
        return WeChatBill.render(config.kit(), config.state().all(), day);
    }

    /** The zip of a day's Alipay trade bill, as its download link serves it. */
    public byte[] alipayBillZip(LocalDate day) {
        return AlipayBillDownload.zip(config.kit(), config.state(), day);
    }

    /** The settlement file of a day of the UnionPay ({@code UNIONPAY}) or e-CNY ({@code ECNY}) merchant. */
    public String unionpayFile(String wallet, LocalDate day) {
        return unionpayFile(config, wallet, day);
    }

    private static String unionpayFile(Config c, String wallet, LocalDate day) {
        String merId = UnionPaySim.ECNY.equals(wallet) ? c.kit().ecny().merId() : c.kit().unionpay().merId();
        return UnionPaySettlementFile.render(wallet, merId, c.state().all(), day);
    }

    /** The Alipay detail file of a day, as GBK bytes. */
    public byte[] alipayBill(LocalDate day) {
        return AlipayBill.render(config.kit(), config.state().all(), day, config.clock().instant()).getBytes(AlipayBill.CHARSET);
    }

    WeChatSim wechat() {
        return wechat;
    }

    AlipaySim alipay() {
        return alipay;
    }

    @Override
    public void close() throws Exception {
        app.stop();
        config.state().close();
    }
}
