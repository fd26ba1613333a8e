package cn.suanpan.app.cli;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code --pay} values into tenders, in the order given: {@code cash} (exactly what is
 * left, cash-rounded), {@code cash=100}, {@code card=20.50:REF} (the card terminal's
 * reference), {@code voucher=10:CODE}, {@code code=12:PAYCODE}, {@code balance=5} (the
 * member's stored value).
 */
final class Payments {

    private Payments() {
    }

    static TenderPlan apply(TenderPlan plan, List<String> payments, String memberId) {
        TenderPlan result = plan;
        for (String spec : payments) {
            result = result.add(tender(result, spec.strip(), memberId));
        }
        return result;
    }

    private static Tender tender(TenderPlan plan, String spec, String memberId) {
        String[] kv = spec.split("=", 2);
        String method = kv[0].toLowerCase(Locale.ROOT);
        if (kv.length == 1) {
            if (method.equals("cash")) {
                return new Tender.Cash(plan.remainingInCash());
            }
            throw new CliException("cli.sale.badPay", spec);
        }
        String[] amountRef = kv[1].split(":", 2);
        Money amount;
        try {
            amount = Money.parse(amountRef[0]);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CliException("cli.sale.badPay", spec);
        }
        String reference = amountRef.length > 1 ? amountRef[1] : null;
        return switch (method) {
            case "cash" -> new Tender.Cash(amount);
            case "card" -> new Tender.ExternalCard(amount, reference);
            case "voucher" -> new Tender.Voucher(amount, reference);
            case "code" -> new Tender.PaymentCode(amount, reference);
            case "balance" -> new Tender.MemberBalance(amount, memberId);
            default -> throw new CliException("cli.sale.badPay", spec);
        };
    }
}
