package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE_ADJUSTMENT;
import static cn.suanpan.core.store.schema.Tables.SALE_TAX;
import static cn.suanpan.core.store.schema.Tables.SALE_TENDER;
import static cn.suanpan.core.store.schema.Tables.USERS;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.LocalizedName;
import cn.suanpan.core.pricing.TaxLine;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.store.schema.tables.records.SaleLineAdjustmentRecord;
import cn.suanpan.core.store.schema.tables.records.SaleLineRecord;
import cn.suanpan.core.store.schema.tables.records.SaleRecord;
import cn.suanpan.core.tender.TenderMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Reads stored sales back: for reprints, refunds and checks. */
public final class SaleRepository {

    private final StoreInfo terminal;

    public SaleRepository(StoreInfo terminal) {
        this.terminal = terminal;
    }

    /** The sale with this number, typed or scanned in either of its forms. */
    public Optional<StoredSale> find(DSLContext dsl, String receipt) {
        return ReceiptNumber.parse(receipt, terminal.storeCode(), terminal.terminalCode())
                .filter(n -> n.kind() == ReceiptKind.SALE || n.kind() == ReceiptKind.TRAINING_SALE)
                .flatMap(n -> dsl.selectFrom(SALE).where(SALE.RECEIPT_NO.eq(n.text())).fetchOptional())
                .map(r -> load(dsl, r));
    }

    public Optional<StoredSale> byId(DSLContext dsl, UUID id) {
        return dsl.selectFrom(SALE).where(SALE.ID.eq(id)).fetchOptional().map(r -> load(dsl, r));
    }

    private StoredSale load(DSLContext dsl, SaleRecord s) {
        ReceiptNumber number = new ReceiptNumber(ReceiptKind.sale(s.getTraining()), terminal.storeCode(),
                terminal.terminalCode(), s.getBusinessDate(), s.getSeq());
        String cashier = dsl.select(USERS.DISPLAY_NAME).from(USERS).where(USERS.ID.eq(s.getCashierId()))
                .fetchOne(USERS.DISPLAY_NAME);
        Map<Integer, List<Adjustment>> adjustments = new HashMap<>();
        for (SaleLineAdjustmentRecord a : dsl.selectFrom(SALE_LINE_ADJUSTMENT).where(SALE_LINE_ADJUSTMENT.SALE_ID.eq(s.getId()))
                .orderBy(SALE_LINE_ADJUSTMENT.LINE_NO, SALE_LINE_ADJUSTMENT.POSITION).fetch()) {
            adjustments.computeIfAbsent(a.getLineNo(), k -> new ArrayList<>()).add(toAdjustment(a));
        }
        List<StoredLine> lines = dsl.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(s.getId())).orderBy(SALE_LINE.LINE_NO)
                .fetch(l -> toLine(l, adjustments.getOrDefault(l.getLineNo(), List.of())));
        List<TaxLine> taxes = dsl.selectFrom(SALE_TAX).where(SALE_TAX.SALE_ID.eq(s.getId())).orderBy(SALE_TAX.RATE_BP)
                .fetch(t -> new TaxLine(t.getRateBp(), Money.ofFen(t.getAmountFen()), Money.ofFen(t.getTaxFen())));
        List<StoredTender> tenders = dsl.selectFrom(SALE_TENDER).where(SALE_TENDER.SALE_ID.eq(s.getId()))
                .orderBy(SALE_TENDER.POSITION)
                .fetch(t -> new StoredTender(t.getPosition(), TenderMethod.valueOf(t.getMethod()), Money.ofFen(t.getAmountFen()),
                        Money.ofFen(t.getChangeFen()), t.getReference()));
        return new StoredSale(s.getId(), number, s.getSoldAt(), s.getCashierId(), cashier, s.getShiftId(), s.getMemberId(),
                Money.ofFen(s.getSubtotalFen()), Money.ofFen(s.getSavingsFen()), Money.ofFen(s.getOrderDiscountFen()),
                Money.ofFen(s.getTotalFen()), Money.ofFen(s.getRoundingFen()), Money.ofFen(s.getTenderedFen()),
                Money.ofFen(s.getChangeFen()), s.getPointsEarned(), lines, taxes, tenders);
    }

    private static StoredLine toLine(SaleLineRecord l, List<Adjustment> adjustments) {
        return new StoredLine(l.getLineNo(), l.getProductId(), l.getSku(), l.getName(), l.getNameEn(), l.getUnit(),
                l.getWeighed(), l.getQuantityMilli(), Money.ofFen(l.getUnitPriceFen()), Money.ofFen(l.getListAmountFen()),
                Money.ofFen(l.getLineTotalFen()), Money.ofFen(l.getOrderDiscountFen()), Money.ofFen(l.getNetAmountFen()),
                l.getTaxRateBp(), l.getTrackStock(), l.getVoided(), adjustments);
    }

    private static Adjustment toAdjustment(SaleLineAdjustmentRecord a) {
        LocalizedName name = a.getPromotionName() == null ? null : new LocalizedName(a.getPromotionName(), a.getPromotionNameEn());
        return new Adjustment(Adjustment.Kind.valueOf(a.getKind()), Money.ofFen(a.getAmountFen()), a.getPromotionId(), name);
    }
}
