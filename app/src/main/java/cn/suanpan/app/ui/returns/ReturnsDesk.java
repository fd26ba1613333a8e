package cn.suanpan.app.ui.returns;

import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.users.User;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Returns against a receipt, as the returns screen needs them. Quantities are in thousandths
 * (pieces × 1000, or grams) so that pieces and weights go through one path. The refund
 * service of core stands behind it: it checks the permission (with the supervisor's
 * override), records the refund with its stock and shift effects, and numbers it.
 */
public interface ReturnsDesk {

    /** A line of the original sale and how much of it can still come back. */
    record SoldLine(int lineNo, String name, String nameEn, boolean weighed, long soldMilli, long returnableMilli, Money netAmount) {

        public String displayName(Locale locale) {
            return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
        }
    }

    record Original(String receiptNo, Instant soldAt, Money total, List<SoldLine> lines) {

        public Original {
            lines = List.copyOf(lines);
        }
    }

    /** How much of a line comes back. */
    record Pick(int lineNo, long quantityMilli) {
    }

    /** What became of the part of a refund that goes back to a payment code or member code. */
    enum WalletBack {
        /** Nothing of it went to a wallet. */
        NONE,
        /** The wallet has paid it back. */
        DONE,
        /** Journaled, waiting for the cloud: sent again until it is done. */
        WAITING,
        /** The wallet refused it: the shop has to give it back another way. */
        REFUSED
    }

    /**
     * A refund done: its number, what the customer got back, whether it came from the drawer,
     * and how much of it goes back to a payment code or member code, with what became of that.
     */
    record Refunded(String refundNo, Money total, boolean fromDrawer, Money toWallet, WalletBack walletBack) {

        public Refunded(String refundNo, Money total, boolean fromDrawer) {
            this(refundNo, total, fromDrawer, Money.ZERO, WalletBack.NONE);
        }
    }

    Optional<Original> find(String receiptNo);

    /** What these picks would give back, before anything is recorded. */
    Money preview(String receiptNo, List<Pick> picks);

    Refunded refund(String receiptNo, List<Pick> picks, String reason, User user, Optional<SupervisorOverride> override);
}
