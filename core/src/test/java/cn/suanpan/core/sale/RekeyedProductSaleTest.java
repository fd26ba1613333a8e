package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.CatalogChanges;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.refund.CompletedRefund;
import cn.suanpan.core.refund.LineReturn;
import cn.suanpan.core.refund.Payback;
import cn.suanpan.core.refund.RefundRequest;
import cn.suanpan.core.testing.SaleTerminal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal that sold from its own seeded catalog before its first pull: the pull gives the
 * product the cloud's id (ADR 8), and the sales already made must follow it, so that a
 * refund of such a sale restocks the product the shop now has, not an id nothing holds.
 */
class RekeyedProductSaleTest {

    @TempDir
    Path tmp;

    private SaleTerminal t;

    @BeforeEach
    void open() {
        t = SaleTerminal.open(tmp);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void salesAndRefundsFollowAProductRekeyedByTheFirstPull() {
        Product seeded = t.product("SP00001");
        BigDecimal before = t.stock.onHand(seeded.id());
        CompletedSale sale = t.sell("SP00001*3", "SP00003");
        t.refunds.refund(new RefundRequest(sale.receiptNumber().text(), List.of(new LineReturn(1, 1000)), Payback.ORIGINAL,
                true, "changed mind"), t.supervisor, Optional.empty());
        UUID cloudId = UUID.randomUUID();

        t.store.inTransaction(tx -> CatalogChanges.apply(tx, List.of(new CatalogChanges.ProductUpsert(new Product(cloudId,
                seeded.sku(), seeded.name(), seeded.nameEn(), null, null, null, seeded.categoryCode(), seeded.unit(),
                seeded.price(), seeded.cost(), seeded.memberPrice(), seeded.taxRateBasisPoints(), seeded.weighed(),
                seeded.scaleCode(), seeded.trackStock(), true, seeded.barcodes()))), t.clock));

        assertThat(t.product("SP00001").id()).isEqualTo(cloudId);
        assertThat(t.stored(sale).lines().getFirst().productId()).isEqualTo(cloudId);
        assertThat(t.stock.onHand(cloudId)).isEqualByComparingTo(before.subtract(new BigDecimal("2")));

        // the rest of the sale comes back after the pull, onto the product under its new id
        CompletedRefund rest = t.refunds.refund(new RefundRequest(sale.receiptNumber().text(),
                List.of(new LineReturn(1, 2000)), Payback.ORIGINAL, true, "changed mind"), t.supervisor, Optional.empty());

        assertThat(rest.total().fen()).isEqualTo(700);
        assertThat(t.stock.onHand(cloudId)).isEqualByComparingTo(before);
        var dsl = t.store.dsl();
        assertThat(dsl.fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.PRODUCT_ID.eq(seeded.id()))).isZero();
        assertThat(dsl.fetchCount(SALE_LINE, SALE_LINE.PRODUCT_ID.eq(seeded.id()))).isZero();
        assertThat(dsl.fetchCount(REFUND_LINE, REFUND_LINE.PRODUCT_ID.eq(seeded.id()))).isZero();
    }
}
