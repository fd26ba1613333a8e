package cn.suanpan.cloud.events;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.sync.protocol.PushedEvent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What each event type does in the cloud, inside the push's transaction. A rule never
 * throws for bad data: an event it cannot book (unknown product, malformed payload, an id
 * booked before) is parked with the reason, so one bad event never blocks a terminal's
 * queue. Only a database failure rolls the push back, and the terminal sends it again.
 */
public final class EventRules implements EventApplier {

    private final cn.suanpan.cloud.orders.Notifier notifier;

    public EventRules(cn.suanpan.cloud.orders.Notifier notifier) {
        this.notifier = notifier;
    }

    /** Events the cloud keeps as they are, for reports and audits. */
    private static final Set<String> STORED_ONLY = Set.of("shift.opened", "shift.closed", "cash.moved", "z.report");

    /** Events whose rows are written with the batch's others ({@link BatchBookings}). */
    private static final Set<String> BOOKED_IN_BATCH = Set.of("stock.moved", "sale.completed", "refund.completed");

    @Override
    public Outcome apply(DSLContext tx, Context ctx, PushedEvent event) {
        Payload p = new Payload(event.payload());
        if (!BOOKED_IN_BATCH.contains(event.type())) {
            // the other rules may read the stock ledger or the sales: let them see the batch's
            ctx.bookings().flush();
        }
        try {
            return switch (event.type()) {
                case "stock.moved" -> stockMoved(tx, ctx, event, p);
                case "sale.completed" -> sale(tx, ctx, event, p, "SALE", "receiptNo", "soldAt");
                case "refund.completed" -> sale(tx, ctx, event, p, "REFUND", "refundNo", "refundedAt");
                case "member.signup" -> memberSignUp(tx, ctx, p);
                case "member.points" -> memberPoints(tx, ctx, p);
                case "order.status" -> orderStatus(tx, ctx, p);
                default -> STORED_ONLY.contains(event.type()) ? Outcome.applied()
                        : Outcome.parked("unknown event type " + event.type());
            };
        } catch (Payload.Bad e) {
            return Outcome.parked("malformed " + event.type() + ": " + e.getMessage());
        }
    }

    /** A signed stock movement from a counter: sales, returns, deliveries, counts. */
    private static Outcome stockMoved(DSLContext tx, Context ctx, PushedEvent event, Payload p) {
        UUID id = p.uuid("id");
        UUID productId = p.uuid("productId");
        long quantity = p.integer("quantityMilli");
        String kind = p.text("kind");
        String reference = p.optionalText("reference");
        Instant at = p.instant("at");
        if (kind.length() > 16 || (reference != null && reference.length() > 64)) {
            throw new Payload.Bad("kind or reference too long");
        }
        if (!ctx.bookings().productKnown(tx, productId)) {
            return Outcome.parked("unknown product " + productId);
        }
        if (ctx.bookings().movementBooked(tx, id)) {
            return Outcome.parked("stock movement " + id + " was already booked");
        }
        ctx.bookings().bookMovement(tx, id, productId, quantity, kind, event.eventId(), reference, at);
        return Outcome.applied();
    }

    /**
     * Books a sale or a refund by its id and total. Its stock travels separately, as the
     * {@code stock.moved} events the sale wrote in the same transaction, so it is not
     * counted twice here.
     */
    private static Outcome sale(DSLContext tx, Context ctx, PushedEvent event, Payload p, String kind, String numberField,
                                String atField) {
        UUID id = p.uuid("id");
        long total = p.integer("totalFen");
        String number = p.optionalText(numberField);
        Instant at = p.instant(atField);
        if (number != null && number.length() > 64) {
            throw new Payload.Bad(numberField + " too long");
        }
        if (ctx.bookings().saleBooked(tx, id)) {
            return Outcome.parked(kind.toLowerCase() + " " + id + " was already booked");
        }
        ctx.bookings().bookSale(tx, id, kind, number, total, at, event.eventId());
        return Outcome.applied();
    }

    private static Outcome memberSignUp(DSLContext tx, Context ctx, Payload p) {
        UUID memberId = p.uuid("memberId");
        String phone = p.text("phone");
        String name = p.optionalText("name");
        Instant at = p.instant("at");
        if (phone.length() > 20 || (name != null && name.length() > 100)) {
            throw new Payload.Bad("phone or name too long");
        }
        CloudMembers.SignUp result = CloudMembers.signUp(tx, ctx.shopId(), memberId, phone, name, at);
        return result.merged() ? Outcome.applied("merged into member " + result.memberId()) : Outcome.applied();
    }

    /** The counter moved an online order on (accepted, ready, picked up, cancelled); the customer is told. */
    private Outcome orderStatus(DSLContext tx, Context ctx, Payload p) {
        UUID orderId = p.uuid("orderId");
        String status = p.text("status");
        Instant at = p.instant("at");
        return switch (cn.suanpan.cloud.orders.OnlineOrders.setStatus(tx, ctx.shopId(), orderId, status, at)) {
            case MOVED -> {
                var o = cn.suanpan.cloud.store.schema.Tables.ONLINE_ORDER;
                var r = tx.select(o.NUMBER, o.CUSTOMER).from(o).where(o.ID.eq(orderId)).fetchSingle();
                ctx.afterCommit().add(() -> notifier.orderStatusChanged(ctx.shopId(), orderId, r.value1(),
                        status.toUpperCase(java.util.Locale.ROOT), r.value2()));
                yield Outcome.applied();
            }
            case UNCHANGED -> Outcome.applied();
            case UNKNOWN_ORDER -> Outcome.parked("unknown order " + orderId);
            case NOT_ALLOWED -> Outcome.parked("order " + orderId + " cannot move to " + status);
        };
    }

    private static Outcome memberPoints(DSLContext tx, Context ctx, Payload p) {
        UUID memberId = p.uuid("memberId");
        long delta = p.integer("delta");
        Instant at = p.instant("at");
        return CloudMembers.addPoints(tx, ctx.shopId(), memberId, delta, at) ? Outcome.applied()
                : Outcome.parked("unknown member " + memberId);
    }
}
