package cn.suanpan.app.ui.payment;

import cn.suanpan.app.print.SaleReceipts;
import cn.suanpan.app.ui.common.UiException;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.sale.SaleRepository;
import cn.suanpan.core.sale.SaleService;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales through the sale service of core; receipts are printed from the sale as stored, so
 * a reprint looks like the original. The shop's heading and closing lines from the settings
 * replace the defaults.
 */
public final class StoreSaleRecorder implements SaleRecorder {

    private final LocalStore store;
    private final StoreInfo terminal;
    private final SaleService sales;
    private final SaleRepository repository;
    private final UiSettings settings;
    /** This session's sales, oldest first: the receipts list (older receipts are found by number). */
    private final List<RecordedSale> session = new ArrayList<>();

    public StoreSaleRecorder(LocalStore store, StoreInfo terminal, SaleService sales, SaleRepository repository, UiSettings settings) {
        this.store = store;
        this.terminal = terminal;
        this.sales = sales;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training) {
        return record(cart, payment, cashier, training, List.of());
    }

    @Override
    public RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training, List<UUID> paidIntents) {
        Checkout plain = Checkout.of(cart, payment, cashier);
        Checkout checkout = training ? plain.asTraining() : plain;
        CompletedSale done = paidIntents.isEmpty() ? sales.commit(checkout) : store.inTransaction(tx -> {
            CompletedSale sale = sales.commit(tx, checkout);
            for (UUID paidIntent : paidIntents) {
                PaymentJournal.attachSale(tx, paidIntent, sale.id(), sale.receiptNumber().text());
            }
            return sale;
        });
        boolean cash = payment.tenders().stream().anyMatch(t -> t instanceof Tender.Cash);
        RecordedSale sale = new RecordedSale(done.receiptNumber().text(), done.soldAt(), cart.total().minus(payment.rounding()),
                payment.paid(), payment.change(), cash, cashier.displayName(), done.training(), done.warnings());
        synchronized (session) {
            session.add(sale);
        }
        return sale;
    }

    @Override
    public List<RecordedSale> recent(int limit) {
        synchronized (session) {
            return session.reversed().stream().limit(limit).toList();
        }
    }

    @Override
    public Optional<RecordedSale> find(String receiptNo) {
        return repository.find(store.dsl(), receiptNo).map(StoreSaleRecorder::recorded);
    }

    @Override
    public Receipt receipt(RecordedSale sale, I18n i18n, boolean reprint) {
        StoredSale stored = repository.find(store.dsl(), sale.receiptNo())
                .orElseThrow(() -> new UiException("receipts.notFound", sale.receiptNo()));
        return customize(new SaleReceipts(terminal, i18n).receipt(stored), i18n, reprint);
    }

    private Receipt customize(Receipt r, I18n i18n, boolean reprint) {
        ReceiptHeader header = settings.receiptHeader().isBlank() ? r.header()
                : new ReceiptHeader(settings.receiptHeader(), r.header().address(), r.header().phone(), r.header().logo());
        List<String> footer = new ArrayList<>();
        if (reprint) {
            footer.add(i18n.tr("receipt.reprint"));
        }
        String thanks = i18n.tr("receipt.thanks");
        for (String line : r.footer()) {
            if (!line.equals(thanks) || settings.receiptFooter() == null) {
                footer.add(line);
            }
        }
        if (settings.receiptFooter() != null) {
            for (String line : settings.receiptFooter().split("\\R")) {
                if (!line.isBlank()) {
                    footer.add(line.strip());
                }
            }
        }
        return new Receipt(r.locale(), header, r.meta(), r.items(), r.totals(), r.tenders(), r.change(), footer, r.barcode(),
                r.qr(), r.training());
    }

    private static RecordedSale recorded(StoredSale s) {
        boolean cash = s.tenders().stream().anyMatch(t -> t.method() == TenderMethod.CASH);
        return new RecordedSale(s.number().text(), s.soldAt(), s.paid(), s.tendered(), s.change(), cash,
                s.cashierName() == null ? "" : s.cashierName(), s.training(), List.of());
    }
}
