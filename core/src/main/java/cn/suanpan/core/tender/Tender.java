package cn.suanpan.core.tender;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;

/**
 * One part of a payment. This is the pure model: whether the card terminal or the payment
 * provider approved it is settled before the tender is added.
 */
public sealed interface Tender {

    Money amount();

    TenderMethod method();

    record Cash(Money amount) implements Tender {
        public Cash {
            requirePositive(amount);
        }

        @Override
        public TenderMethod method() {
            return TenderMethod.CASH;
        }
    }

    record ExternalCard(Money amount, String terminalReference) implements Tender {
        public ExternalCard {
            requirePositive(amount);
            requireReference(terminalReference, TenderMethod.EXTERNAL_CARD);
        }

        @Override
        public TenderMethod method() {
            return TenderMethod.EXTERNAL_CARD;
        }
    }

    record Voucher(Money amount, String code) implements Tender {
        public Voucher {
            requirePositive(amount);
            requireReference(code, TenderMethod.VOUCHER);
        }

        @Override
        public TenderMethod method() {
            return TenderMethod.VOUCHER;
        }
    }

    /** @param code the scanned payment code, which identifies the provider's transaction */
    record PaymentCode(Money amount, String code) implements Tender {
        public PaymentCode {
            requirePositive(amount);
            requireReference(code, TenderMethod.PAYMENT_CODE);
        }

        @Override
        public TenderMethod method() {
            return TenderMethod.PAYMENT_CODE;
        }
    }

    record MemberBalance(Money amount, String memberId) implements Tender {
        public MemberBalance {
            requirePositive(amount);
            requireReference(memberId, TenderMethod.MEMBER_BALANCE);
        }

        @Override
        public TenderMethod method() {
            return TenderMethod.MEMBER_BALANCE;
        }
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new SuanpanException("tender.badAmount", amount.plain());
        }
    }

    private static void requireReference(String reference, TenderMethod method) {
        if (reference == null || reference.isBlank()) {
            // whole keys, not built from the method's name, so the bundle test can see each one
            throw new SuanpanException(switch (method) {
                case EXTERNAL_CARD -> "tender.referenceRequired.EXTERNAL_CARD";
                case VOUCHER -> "tender.referenceRequired.VOUCHER";
                case PAYMENT_CODE -> "tender.referenceRequired.PAYMENT_CODE";
                case MEMBER_BALANCE -> "tender.referenceRequired.MEMBER_BALANCE";
                case CASH -> throw new IllegalArgumentException("cash has no reference");
            });
        }
    }
}
