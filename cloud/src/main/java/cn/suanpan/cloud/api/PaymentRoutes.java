package cn.suanpan.cloud.api;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.payment.Payments;
import cn.suanpan.cloud.payment.member.MemberCodes;
import cn.suanpan.cloud.payment.reconcile.DailyReconciliation;
import cn.suanpan.cloud.payment.reconcile.DayReport;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.PaymentCancel;
import cn.suanpan.sync.protocol.PaymentPoll;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.ReplayGuard;
import cn.suanpan.sync.protocol.Versioned;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Code payments: the terminal's signed calls (start, poll, cancel, refund; answered and
 * signed like push and pull), and for the shop's admin a member code for a member (what
 * the mini-program shows; for tests and the counter's own checks), the payment
 * incidents and the daily reconciliation against the wallets' bills (read a day's report,
 * or run it now). The admin routes sit under the admin prefix and its token.
 */
final class PaymentRoutes {

    private final JsonCodec codec;
    private final Clock clock;
    private final TerminalDirectory terminals;
    private final ReplayGuard replays;
    private final SignedExchange exchange;
    private final Payments payments;
    private final Shops shops;
    private final CloudMembers members;

    PaymentRoutes(JsonCodec codec, Clock clock, TerminalDirectory terminals, ReplayGuard replays, Payments payments, Shops shops,
                  CloudMembers members) {
        this.codec = codec;
        this.clock = clock;
        this.terminals = terminals;
        this.replays = replays;
        this.exchange = new SignedExchange(codec, clock, terminals, replays);
        this.payments = payments;
        this.shops = shops;
        this.members = members;
    }

    record IssuedCode(String code, Instant validUntil) {
    }

    void register(RoutesConfig routes) {
        routes.post(Protocol.PAYMENT_START, ctx -> signed(ctx, PaymentStart.class,
                (terminal, start) -> payments.service().start(terminal, shopOf(terminal), start)));
        routes.post(Protocol.PAYMENT_POLL, ctx -> signed(ctx, PaymentPoll.class, payments.service()::poll));
        routes.post(Protocol.PAYMENT_CANCEL, ctx -> signed(ctx, PaymentCancel.class, payments.service()::cancel));
        routes.post(Protocol.PAYMENT_REFUND, ctx -> signed(ctx, PaymentRefund.class, payments.service()::refund));
        routes.post(AdminRoutes.PREFIX + "/members/{phone}/pay-code", ctx -> {
            UUID shop = shop(ctx);
            UUID member = members.byPhone(shop, ctx.pathParam("phone"))
                    .orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no member " + ctx.pathParam("phone"))).getId();
            MemberCodes.Issued issued = payments.memberCodes().issue(member);
            Http.json(ctx, 201, codec.encode(new IssuedCode(issued.code(), issued.validUntil())));
        });
        routes.get(AdminRoutes.PREFIX + "/payment-incidents", ctx ->
                Http.json(ctx, 200, codec.encode(payments.service().incidents(shop(ctx), 500))));
        routes.get(AdminRoutes.PREFIX + "/reconciliations/{date}", ctx -> {
            UUID shop = shop(ctx);
            LocalDate day = billDate(ctx);
            DayReport report = payments.reconciliation().report(shop, day).orElseThrow(() -> new ProtocolException(
                    ErrorCode.NOT_FOUND, "the payments of " + day + " have not been reconciled yet (POST runs it now)"));
            Http.json(ctx, 200, codec.encode(report));
        });
        routes.post(AdminRoutes.PREFIX + "/reconciliations/{date}", ctx -> {
            UUID shop = shop(ctx);
            LocalDate day = billDate(ctx);
            DailyReconciliation reconciliation = payments.reconciliation();
            if (!day.isBefore(reconciliation.today())) {
                throw new ProtocolException(ErrorCode.MALFORMED, "the wallets make a day's bill the next morning (Beijing time): "
                        + day + " is not over yet");
            }
            if (reconciliation.wallets().isEmpty()) {
                throw new ProtocolException(ErrorCode.CONFLICT, "no wallet with daily bills (WeChat Pay, Alipay) is enabled on this cloud");
            }
            Http.json(ctx, 200, codec.encode(reconciliation.run(shop, day)));
        });
    }

    /** The {date} of a reconciliation route: a Beijing day, yyyy-MM-dd. */
    private static LocalDate billDate(Context ctx) {
        try {
            return LocalDate.parse(ctx.pathParam("date"));
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "not a date (yyyy-MM-dd): " + ctx.pathParam("date"));
        }
    }

    private UUID shopOf(UUID terminal) {
        return terminals.find(terminal).orElseThrow().shopId();
    }

    private UUID shop(Context ctx) {
        String code = ctx.pathParam("shop");
        return shops.byCode(code).orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no shop " + code)).id();
    }

    private <T extends Versioned> void signed(Context ctx, Class<T> type, BiFunction<UUID, T, ? extends Versioned> handler) {
        exchange.handle(ctx, type, handler);
    }
}
