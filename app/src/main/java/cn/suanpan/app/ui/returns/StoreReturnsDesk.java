package cn.suanpan.app.ui.returns;

import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.refund.CompletedRefund;
import cn.suanpan.core.refund.LineReturn;
import cn.suanpan.core.refund.Payback;
import cn.suanpan.core.refund.RefundHistory;
import cn.suanpan.core.refund.RefundRequest;
import cn.suanpan.core.refund.RefundService;
import cn.suanpan.core.refund.RefundTender;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.sale.SaleRepository;
import cn.suanpan.core.sale.StoredLine;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.users.User;
import cn.suanpan.sync.payment.CodePayments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Returns through the refund service of core: it never takes back more than was sold, gives
 * each line back exactly its share of what was paid, pays back to the tenders of the sale
 * (cash from the drawer, the rest on the card terminal) and restocks the goods.
 */
public final class StoreReturnsDesk implements ReturnsDesk {

    private final LocalStore store;
    private final SaleRepository sales;
    private final RefundService refunds;
    private final Supplier<CodePayments> wallets;

    /**
     * @param wallets the terminal's code payments, asked for only when a return goes back to a
     *                payment code or member code (building them opens an HTTP client)
     */
    public StoreReturnsDesk(LocalStore store, SaleRepository sales, RefundService refunds, Supplier<CodePayments> wallets) {
        this.store = store;
        this.sales = sales;
        this.refunds = refunds;
        this.wallets = wallets;
    }

    @Override
    public Optional<Original> find(String receiptNo) {
        Optional<StoredSale> sale = sales.find(store.dsl(), receiptNo);
        if (sale.isEmpty()) {
            return Optional.empty();
        }
        StoredSale s = sale.get();
        RefundHistory history = RefundHistory.of(store.dsl(), s.id());
        List<SoldLine> lines = s.lines().stream().filter(l -> !l.voided())
                .map(l -> soldLine(l, history)).toList();
        return Optional.of(new Original(s.number().text(), s.soldAt(), s.paid(), lines));
    }

    private static SoldLine soldLine(StoredLine l, RefundHistory history) {
        return new SoldLine(l.lineNo(), l.name(), l.nameEn(), l.weighed(), l.quantityMilli(),
                l.quantityMilli() - history.returned(l.lineNo()), l.netAmount());
    }

    @Override
    public Money preview(String receiptNo, List<Pick> picks) {
        return refunds.preview(request(receiptNo, picks, null)).total();
    }

    @Override
    public Refunded refund(String receiptNo, List<Pick> picks, String reason, User user, Optional<SupervisorOverride> override) {
        List<PaymentJournal.RefundEntry> toWallets = new ArrayList<>();
        CompletedRefund done = refunds.refund(request(receiptNo, picks, reason), user, override, (tx, refund) -> {
            if (refund.tenders().stream().anyMatch(StoreReturnsDesk::toWallet)) {
                toWallets.addAll(wallets.get().journalReturn(tx, refund));
            }
        });
        boolean cash = done.tenders().stream().anyMatch(t -> t.method() == TenderMethod.CASH);
        Money toWallet = toWallets.stream().map(PaymentJournal.RefundEntry::amount).reduce(Money.ZERO, Money::plus);
        return new Refunded(done.number().text(), done.total(), cash, toWallet, sendToWallets(toWallets));
    }

    /** Sends the journaled wallet refunds (the return is committed already; sending may wait for the cloud). */
    private WalletBack sendToWallets(List<PaymentJournal.RefundEntry> toWallets) {
        if (toWallets.isEmpty()) {
            return WalletBack.NONE;
        }
        CodePayments codes = wallets.get();
        codes.sendPendingRefunds();
        List<String> states = toWallets.stream().map(e -> codes.journal().refundsOf(e.intentId()).stream()
                .filter(r -> r.id().equals(e.id())).findFirst().orElseThrow().state()).toList();
        return states.contains("FAILED") ? WalletBack.REFUSED : states.contains("PENDING") ? WalletBack.WAITING : WalletBack.DONE;
    }

    private static boolean toWallet(RefundTender t) {
        return t.method() == TenderMethod.PAYMENT_CODE || t.method() == TenderMethod.MEMBER_BALANCE;
    }

    private static RefundRequest request(String receiptNo, List<Pick> picks, String reason) {
        if (picks.isEmpty()) {
            // an empty list means "everything" to the refund service; the screen never means that
            throw new cn.suanpan.app.ui.common.UiException("returns.nothingPicked");
        }
        List<LineReturn> lines = picks.stream().map(p -> new LineReturn(p.lineNo(), p.quantityMilli())).toList();
        return new RefundRequest(receiptNo, lines, Payback.ORIGINAL, true, reason == null || reason.isBlank() ? null : reason);
    }
}
