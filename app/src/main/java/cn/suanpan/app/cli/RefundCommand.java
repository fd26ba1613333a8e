package cn.suanpan.app.cli;

import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.refund.BlindRefundRequest;
import cn.suanpan.core.refund.CompletedRefund;
import cn.suanpan.core.refund.LineReturn;
import cn.suanpan.core.refund.Payback;
import cn.suanpan.core.refund.RefundPlan;
import cn.suanpan.core.refund.RefundRequest;
import cn.suanpan.core.refund.RefundTender;
import cn.suanpan.core.refund.RefundedLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "refund", description = "Return goods against a receipt (number or barcode), or without one with --blind.")
final class RefundCommand implements Callable<Integer> {

    @ParentCommand
    SaleCommand sale;

    @Spec
    CommandSpec spec;

    @Mixin
    LoginOptions login;

    @Parameters(paramLabel = "RECEIPT", arity = "0..1", description = "The receipt number as printed, or its barcode.")
    String receipt;

    @Option(names = "--line", paramLabel = "N[=QTY]",
            description = "Return line N of the receipt (all that is left of it, or QTY); default: everything left.")
    List<String> lines = new ArrayList<>();

    @Option(names = "--cash", description = "Pay back in cash instead of the original tenders.")
    boolean cash;

    @Option(names = "--no-restock", description = "The goods do not go back on the shelf (damaged).")
    boolean noRestock;

    @Option(names = "--reason", description = "Why; required for a refund without receipt.")
    String reason;

    @Option(names = "--blind", description = "No receipt: return the --scan items at today's price, in cash.")
    boolean blind;

    @Option(names = "--scan", paramLabel = "CODE", description = "With --blind: barcode or SKU of what comes back, CODE*N or CODE@KG.")
    List<String> scans = new ArrayList<>();

    @Option(names = "--training", description = "With --blind: a practice refund.")
    boolean training;

    @Override
    public Integer call() {
        return Session.run(sale.parent, spec, login, s -> {
            CompletedRefund refund = blind ? blind(s) : againstReceipt(s);
            print(s, refund);
            return 0;
        });
    }

    private CompletedRefund againstReceipt(Session s) {
        if (receipt == null) {
            throw new CliException("cli.refund.receiptRequired");
        }
        RefundRequest whole = new RefundRequest(receipt, List.of(), cash ? Payback.CASH : Payback.ORIGINAL, !noRestock, reason);
        List<LineReturn> returns = lines.isEmpty() ? List.of() : returns(s.services().refunds.preview(whole));
        return s.services().refunds.refund(new RefundRequest(receipt, returns, whole.payback(), whole.restock(), reason),
                s.user(), login.override());
    }

    /** "--line 2=1.5": 1.5 of line 2; "--line 2": all that is left of line 2 (what a whole refund would return of it). */
    private List<LineReturn> returns(RefundPlan everythingLeft) {
        List<LineReturn> returns = new ArrayList<>();
        for (String spec : lines) {
            String[] parts = spec.split("=", 2);
            try {
                int lineNo = Integer.parseInt(parts[0].strip());
                long milli = parts.length > 1
                        ? new BigDecimal(parts[1].strip()).movePointRight(3).longValueExact()
                        : everythingLeft.lines().stream().filter(l -> l.saleLineNo() == lineNo)
                                .mapToLong(RefundedLine::quantityMilli).findFirst().orElse(1000);
                returns.add(new LineReturn(lineNo, milli));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CliException("cli.refund.badLine", spec);
            }
        }
        return returns;
    }

    private CompletedRefund blind(Session s) {
        List<BlindRefundRequest.Line> items = new ArrayList<>();
        for (String scan : scans) {
            int at = Math.max(scan.indexOf('*'), scan.indexOf('@'));
            Product product = ScriptedCart.find(s.terminal().catalog(), at > 0 ? scan.substring(0, at) : scan);
            String amount = at > 0 ? scan.substring(at + 1) : "1";
            Quantity quantity = product.weighed() ? Quantity.kg(amount) : Quantity.pieces(parsePieces(scan, amount));
            items.add(new BlindRefundRequest.Line(product, quantity));
        }
        return s.services().refunds.blindRefund(new BlindRefundRequest(items, !noRestock, reason, training), s.user(),
                login.override());
    }

    private static int parsePieces(String scan, String amount) {
        try {
            return Integer.parseInt(amount.strip());
        } catch (NumberFormatException e) {
            throw new CliException("cli.sale.badQuantity", scan);
        }
    }

    private static void print(Session s, CompletedRefund refund) {
        s.out().println(refund.saleReceiptNo() == null
                ? s.i18n().tr("cli.refund.blindDone", refund.number().text())
                : s.i18n().tr("cli.refund.done", refund.number().text(), refund.saleReceiptNo()));
        for (RefundedLine line : refund.lines()) {
            s.out().println(s.i18n().tr("cli.refund.line", line.saleLineNo() == null ? "-" : line.saleLineNo(),
                    line.displayName(s.i18n().locale()), line.quantityDisplay(), line.amount().display()));
        }
        if (!refund.rounding().isZero()) {
            s.out().println(s.i18n().tr("cli.refund.rounding", refund.rounding().negate().display()));
        }
        s.out().println(s.i18n().tr("cli.refund.total", refund.total().display()));
        for (RefundTender t : refund.tenders()) {
            String method = new UserMessage("tender.method." + t.method().name()).format(s.i18n().locale());
            s.out().println(s.i18n().tr("cli.refund.tender", t.reference() == null ? method : method + " " + t.reference(),
                    t.amount().display()));
        }
        if (refund.pointsReversed() > 0) {
            s.out().println(s.i18n().tr("cli.refund.points", refund.pointsReversed()));
        }
        for (UserMessage warning : refund.warnings()) {
            s.out().println(s.i18n().tr("cli.warning", s.i18n().tr(warning)));
        }
    }
}
