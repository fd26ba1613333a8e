package cn.suanpan.core.hold;

import static cn.suanpan.core.store.schema.Tables.HELD_CART;
import static cn.suanpan.core.store.schema.Tables.HELD_CART_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.OverridePrice;
import cn.suanpan.core.cart.PriceOverride;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.cart.SetLineDiscount;
import cn.suanpan.core.cart.SetOrderDiscount;
import cn.suanpan.core.cart.VoidLine;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.testing.SaleTerminal;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldServiceTest {

    @TempDir
    Path tmp;

    @Test
    void aHeldCartComesBackAfterARestartWithEverythingTheCashierDid() {
        Cart cart;
        int number;
        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            cart = t.cart(List.of("SP00001*2", "SP00193@0.455", "SP00003", "SP00002"),
                    new SetLineDiscount(1, Discount.percent("10")),
                    new OverridePrice(3, new PriceOverride(Money.parse("7.00"), "dented", t.supervisor.id())),
                    new VoidLine(4),
                    new SetOrderDiscount(Discount.amount(Money.parse("0.50"))),
                    new AttachMember(new Member("m-1", "韩梅梅")));
            HeldCart held = t.holds.hold(cart, t.cashier);
            number = held.number();
            assertThat(held.lineCount()).isEqualTo(4);
            assertThat(held.memberName()).isEqualTo("韩梅梅");
        }

        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            assertThat(t.holds.list()).extracting(HeldCart::number).containsExactly(number);
            RecalledCart recalled = t.holds.recall(number, CartRules.DEFAULT);
            assertThat(recalled.notices()).isEmpty();
            assertThat(recalled.cart()).isEqualTo(cart);
            assertThat(t.holds.list()).isEmpty();
        }
    }

    @Test
    void aRecalledCartIsPricedWithTodaysCatalogAndLosesWhatIsNoLongerSold() {
        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            HeldCart held = t.holds.hold(t.cart("SP00001*2", "SP00003"), t.cashier);
            var report = new CatalogImporter(t.store, t.clock).importCsv(new StringReader("""
                    sku,name,price,active
                    SP00001,可口可乐 500ml,4.00,true
                    SP00003,可口可乐 2L,8.50,false
                    """), CatalogImporter.Progress.NONE);
            assertThat(report.ok()).as("%s", report.errors()).isTrue();

            RecalledCart recalled = t.holds.recall(held.number(), CartRules.DEFAULT);

            assertThat(recalled.cart().lines()).singleElement().satisfies(l -> {
                assertThat(l.product().sku()).isEqualTo("SP00001");
                assertThat(l.quantity()).isEqualTo(Quantity.pieces(2));
            });
            assertThat(t.price(recalled.cart()).total()).isEqualTo(Money.parse("8.00"));
            assertThat(recalled.notices()).singleElement().satisfies(n -> {
                assertThat(n.key()).isEqualTo("hold.lineDropped");
                assertThat(n.args()).containsExactly("可口可乐 2L");
            });
        }
    }

    @Test
    void numbersAreTheLowestFreeOnes() {
        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            assertThat(t.holds.hold(t.cart("SP00001"), t.cashier).number()).isEqualTo(1);
            assertThat(t.holds.hold(t.cart("SP00002"), t.cashier).number()).isEqualTo(2);
            assertThat(t.holds.hold(t.cart("SP00003"), t.cashier).number()).isEqualTo(3);
            t.holds.recall(2, CartRules.DEFAULT);
            assertThat(t.holds.hold(t.cart("SP00004"), t.cashier).number()).isEqualTo(2);
            assertThat(t.holds.list()).extracting(HeldCart::number).containsExactly(1, 2, 3);
        }
    }

    @Test
    void payingAPeekedCartTakesItOffHoldInTheSaleTransaction() {
        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            t.openShift();
            HeldCart held = t.holds.hold(t.cart("SP00003"), t.cashier);
            RecalledCart peeked = t.holds.peek(held.number(), CartRules.DEFAULT);
            assertThat(t.holds.list()).hasSize(1);

            PricedCart priced = t.price(peeked.cart());
            t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(10))), t.cashier)
                    .recalledFrom(peeked.heldCartId()));

            assertThat(t.holds.list()).isEmpty();
            assertThat(t.store.dsl().fetchCount(HELD_CART_LINE)).isZero();
        }
    }

    @Test
    void clearRefusals() {
        try (SaleTerminal t = SaleTerminal.open(tmp)) {
            assertThatThrownBy(() -> t.holds.hold(Cart.empty(), t.cashier))
                    .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("hold.empty"));
            assertThatThrownBy(() -> t.holds.recall(7, CartRules.DEFAULT))
                    .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("hold.notFound"));
            assertThat(t.store.dsl().fetchCount(HELD_CART)).isZero();
        }
    }
}
