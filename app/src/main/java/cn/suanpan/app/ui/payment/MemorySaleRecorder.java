package cn.suanpan.app.ui.payment;

import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps sales of this session in memory, numbered like real receipts. Stands in for the
 * sale service in screen tests that are about the screens, not the store.
 */
public final class MemorySaleRecorder implements SaleRecorder {

    private final StoreInfo store;
    private final Clock clock;
    private final List<RecordedSale> sales = new ArrayList<>();

    public MemorySaleRecorder(StoreInfo store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public synchronized RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training) {
        if (!payment.settled()) {
            throw new IllegalArgumentException("sale not paid in full");
        }
        Instant now = clock.instant();
        String date = LocalDate.ofInstant(now, store.zone()).format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = store.storeCode() + "-" + store.terminalCode() + "-" + date + "-" + String.format("%04d", sales.size() + 1);
        RecordedSale sale = new RecordedSale(number, now, cart, payment, cashier.displayName(), training);
        sales.add(sale);
        return sale;
    }

    @Override
    public synchronized List<RecordedSale> recent(int limit) {
        return sales.reversed().stream().limit(limit).toList();
    }

    @Override
    public synchronized Optional<RecordedSale> find(String receiptNo) {
        return sales.stream().filter(s -> s.receiptNo().equals(receiptNo.strip())).findFirst();
    }
}
