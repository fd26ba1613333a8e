package cn.suanpan.core.hold;

import static cn.suanpan.core.store.schema.Tables.HELD_CART;
import static cn.suanpan.core.store.schema.Tables.HELD_CART_LINE;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.PriceOverride;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.HeldCartLineRecord;
import cn.suanpan.core.store.schema.tables.records.HeldCartRecord;
import cn.suanpan.core.users.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Hold and recall (挂单/取单): a customer steps aside, the cart waits in the database (so
 * it survives a restart of the terminal) and comes back by its number.
 *
 * <p>What is stored is what the cashier did — products, quantities, discounts, overrides,
 * the member — not the prices: a recalled cart is priced again with the catalog and
 * promotions of the moment it comes back, like a cart just scanned.
 */
public final class HoldService {

    private final LocalStore store;
    private final CatalogRepository catalog;
    private final Clock clock;

    public HoldService(LocalStore store, CatalogRepository catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Puts the cart aside and returns its number. */
    public HeldCart hold(Cart cart, User user) {
        if (cart.lines().isEmpty()) {
            throw new SuanpanException("hold.empty");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID id = Ids.uuidV7(clock);
        return store.inTransaction(tx -> {
            // the lowest free number: the list on screen stays short and easy to call out
            List<Integer> taken = tx.select(HELD_CART.NUMBER).from(HELD_CART).orderBy(HELD_CART.NUMBER).fetch(HELD_CART.NUMBER);
            int number = 1;
            for (int n : taken) {
                if (n != number) {
                    break;
                }
                number++;
            }
            HeldCartRecord head = tx.newRecord(HELD_CART);
            head.setId(id);
            head.setNumber(number);
            head.setHeldAt(now);
            head.setUserId(user.id());
            head.setNextLineNo(cart.nextLineNo());
            if (cart.member() != null) {
                head.setMemberId(cart.member().id());
                head.setMemberName(cart.member().name());
            }
            if (cart.orderDiscount() != null) {
                head.setOrderDiscountKind(kind(cart.orderDiscount()));
                head.setOrderDiscountValue(value(cart.orderDiscount()));
            }
            head.insert();
            List<HeldCartLineRecord> lines = new ArrayList<>();
            for (int i = 0; i < cart.lines().size(); i++) {
                lines.add(toRecord(tx, id, i + 1, cart.lines().get(i)));
            }
            tx.batchInsert(lines).execute();
            return new HeldCart(id, number, now, user.id(), cart.lines().size(),
                    cart.member() == null ? null : cart.member().name());
        });
    }

    /** The carts on hold, by number. */
    public List<HeldCart> list() {
        var lineCount = DSL.field(DSL.selectCount().from(HELD_CART_LINE).where(HELD_CART_LINE.HELD_CART_ID.eq(HELD_CART.ID)));
        return store.dsl().select(HELD_CART.ID, HELD_CART.NUMBER, HELD_CART.HELD_AT, HELD_CART.USER_ID, lineCount,
                        HELD_CART.MEMBER_NAME)
                .from(HELD_CART).orderBy(HELD_CART.NUMBER)
                .fetch(r -> new HeldCart(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The held cart, rebuilt, while it stays on hold (to show it, or to pay it off in one go). */
    public RecalledCart peek(int number, CartRules rules) {
        return read(store.dsl(), number, rules);
    }

    /** Takes the cart off hold and back to the counter. */
    public RecalledCart recall(int number, CartRules rules) {
        return store.inTransaction(tx -> {
            RecalledCart recalled = read(tx, number, rules);
            delete(tx, recalled.heldCartId());
            return recalled;
        });
    }

    /** Removes a held cart inside the caller's transaction (the sale that paid it off). */
    public static void delete(DSLContext tx, UUID heldCartId) {
        tx.deleteFrom(HELD_CART).where(HELD_CART.ID.eq(heldCartId)).execute();
    }

    private RecalledCart read(DSLContext dsl, int number, CartRules rules) {
        HeldCartRecord head = dsl.selectFrom(HELD_CART).where(HELD_CART.NUMBER.eq(number)).fetchOptional()
                .orElseThrow(() -> new SuanpanException("hold.notFound", number));
        List<CartLine> lines = new ArrayList<>();
        List<UserMessage> notices = new ArrayList<>();
        for (HeldCartLineRecord r : dsl.selectFrom(HELD_CART_LINE).where(HELD_CART_LINE.HELD_CART_ID.eq(head.getId()))
                .orderBy(HELD_CART_LINE.POSITION).fetch()) {
            toLine(r, rules).ifPresentOrElse(lines::add, () -> notices.add(new UserMessage("hold.lineDropped", r.getName())));
        }
        Member member = head.getMemberId() == null ? null : new Member(head.getMemberId(), head.getMemberName());
        Discount orderDiscount = discount(head.getOrderDiscountKind(), head.getOrderDiscountValue());
        Cart cart = new Cart(lines, member, orderDiscount, head.getNextLineNo(), rules);
        return new RecalledCart(head.getId(), head.getNumber(), cart, notices);
    }

    /** The line on today's catalog, or empty when its product is gone, retired or now sold differently. */
    private Optional<CartLine> toLine(HeldCartLineRecord r, CartRules rules) {
        Optional<Product> found = catalog.bySku(r.getSku()).filter(Product::active);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Product product = found.get();
        Quantity quantity = r.getPieces() != null ? Quantity.pieces(r.getPieces()) : Quantity.grams(r.getGrams());
        try {
            rules.checkQuantity(product, quantity);
        } catch (SuanpanException e) {
            return Optional.empty();
        }
        Money label = r.getLabelAmountFen() == null ? null : Money.ofFen(r.getLabelAmountFen());
        PriceOverride override = r.getOverridePriceFen() == null ? null
                : new PriceOverride(Money.ofFen(r.getOverridePriceFen()), r.getOverrideReason(), r.getOverrideApproverId());
        return Optional.of(new CartLine(r.getLineNo(), product, quantity, label, override,
                discount(r.getDiscountKind(), r.getDiscountValue()), r.getVoided()));
    }

    private static HeldCartLineRecord toRecord(DSLContext tx, UUID heldId, int position, CartLine line) {
        HeldCartLineRecord r = tx.newRecord(HELD_CART_LINE);
        r.setHeldCartId(heldId);
        r.setPosition(position);
        r.setLineNo(line.lineNo());
        r.setProductId(line.product().id());
        r.setSku(line.product().sku());
        r.setName(line.product().name());
        switch (line.quantity()) {
            case Quantity.Pieces p -> r.setPieces(p.count());
            case Quantity.Weight w -> r.setGrams(w.grams());
        }
        r.setLabelAmountFen(line.labelAmount() == null ? null : line.labelAmount().fen());
        if (line.override() != null) {
            r.setOverridePriceFen(line.override().unitPrice().fen());
            r.setOverrideReason(line.override().reason());
            r.setOverrideApproverId(line.override().approverId());
        }
        if (line.discount() != null) {
            r.setDiscountKind(kind(line.discount()));
            r.setDiscountValue(value(line.discount()));
        }
        r.setVoided(line.voided());
        return r;
    }

    private static String kind(Discount discount) {
        return switch (discount) {
            case Discount.Amount a -> "AMOUNT";
            case Discount.Percent p -> "PERCENT";
        };
    }

    private static long value(Discount discount) {
        return switch (discount) {
            case Discount.Amount a -> a.amount().fen();
            case Discount.Percent p -> p.basisPoints();
        };
    }

    private static Discount discount(String kind, Long value) {
        if (kind == null) {
            return null;
        }
        return "AMOUNT".equals(kind) ? Discount.amount(Money.ofFen(value)) : new Discount.Percent(Math.toIntExact(value));
    }
}
