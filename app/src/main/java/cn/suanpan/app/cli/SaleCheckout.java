package cn.suanpan.app.cli;

import cn.suanpan.app.print.SaleReceipts;
import cn.suanpan.app.print.SimulatedPrinter;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Pays for a cart, commits the sale, prints the receipt as text and to the simulated printer. */
final class SaleCheckout {

    /** Setting for the receipt paper: 58 or 80 (mm). */
    static final String PAPER = "printer.paper";

    private SaleCheckout() {
    }

    static int complete(Session s, Cart cart, List<String> payments, boolean training, UUID heldCartId) throws Exception {
        if (training) {
            // practice at the counter is a privileged mode: it prints receipts that are not sales
            s.services().authorizer.require(s.user(), Permission.TRAINING_MODE, s.login().override());
        }
        PricedCart priced = s.services().pricing().price(cart);
        TenderPlan plan = Payments.apply(TenderPlan.forCart(priced, s.services().cashRounding), payments,
                cart.member() == null ? null : cart.member().id());
        CompletedSale sale = s.services().sales.commit(new Checkout(priced, plan, s.user(), training, heldCartId));

        StoredSale stored = s.services().saleRepository.byId(s.terminal().store().dsl(), sale.id()).orElseThrow();
        Receipt receipt = new SaleReceipts(s.terminal().storeInfo(), s.i18n()).receipt(stored);
        SimulatedPrinter printer = new SimulatedPrinter(s.terminal().dataDirectory().root(), paper(s));
        printer.text(receipt).forEach(s.out()::println);
        s.out().println();
        s.out().println(s.i18n().tr("cli.sale.done", sale.receiptNumber().text(), stored.paid().display(),
                stored.change().display()));
        for (UserMessage warning : sale.warnings()) {
            s.out().println(s.i18n().tr("cli.warning", s.i18n().tr(warning)));
        }
        try {
            Path png = printer.print(receipt, sale.receiptNumber().text());
            s.out().println(s.i18n().tr("cli.sale.printed", png));
        } catch (Exception | java.awt.AWTError | LinkageError e) {
            // the sale is done whatever the printer does; a receipt can be printed again
            s.out().println(s.i18n().tr("cli.sale.printFailed", s.i18n().describe(e)));
        }
        return 0;
    }

    private static PaperWidth paper(Session s) {
        return "58".equals(s.terminal().settings().get(PAPER)) ? PaperWidth.MM58 : PaperWidth.MM80;
    }
}
