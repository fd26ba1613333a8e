package cn.suanpan.app.cli;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.hold.HeldCart;
import cn.suanpan.core.hold.RecalledCart;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import java.time.LocalDateTime;
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

@Command(name = "sale", description = "Sell, refund, hold and recall from the command line.",
        subcommands = {SaleCommand.Run.class, RefundCommand.class, SaleCommand.Hold.class, SaleCommand.Recall.class})
public final class SaleCommand {

    @ParentCommand
    SuanpanCommand parent;

    /** What a scripted cart is made of. */
    static final class Items {
        @Option(names = "--scan", paramLabel = "CODE", required = true,
                description = "Barcode or SKU, optionally CODE*N pieces or CODE@KG; repeat for each item.")
        List<String> scans = new ArrayList<>();

        @Option(names = "--qty", paramLabel = "N", description = "Quantity of each --scan, in the same order (kg for weighed goods).")
        List<String> quantities = new ArrayList<>();

        @Option(names = "--member", paramLabel = "PHONE", description = "Attach the member with this mobile number.")
        String member;
    }

    @Command(name = "run", description = "Run a scripted sale: scan, pay, print the receipt.")
    static final class Run implements Callable<Integer> {

        @ParentCommand
        SaleCommand sale;

        @Spec
        CommandSpec spec;

        @Mixin
        LoginOptions login;

        @Mixin
        Items items;

        @Option(names = "--pay", paramLabel = "TENDER", required = true,
                description = "cash | cash=AMOUNT | card=AMOUNT:REF | voucher=AMOUNT:CODE | code=AMOUNT:CODE | balance=AMOUNT; repeat to split.")
        List<String> payments = new ArrayList<>();

        @Option(names = "--training", description = "A practice sale: printed as training, never counted, stocked or synced.")
        boolean training;

        @Override
        public Integer call() {
            return Session.run(sale.parent, spec, login, s -> {
                Cart cart = ScriptedCart.build(s.terminal().catalog(), s.services().members, items.scans, items.quantities,
                        items.member);
                return SaleCheckout.complete(s, cart, payments, training, null);
            });
        }
    }

    @Command(name = "hold", description = "Put a scripted cart on hold (挂单) until it is recalled.")
    static final class Hold implements Callable<Integer> {

        @ParentCommand
        SaleCommand sale;

        @Spec
        CommandSpec spec;

        @Mixin
        LoginOptions login;

        @Mixin
        Items items;

        @Override
        public Integer call() {
            return Session.run(sale.parent, spec, login, s -> {
                Cart cart = ScriptedCart.build(s.terminal().catalog(), s.services().members, items.scans, items.quantities,
                        items.member);
                HeldCart held = s.services().holds.hold(cart, s.user());
                s.out().println(s.i18n().tr("cli.hold.held", held.number(), held.lineCount()));
                return 0;
            });
        }
    }

    @Command(name = "recall", description = "List held carts, show one priced as of now, or pay it off with --pay (取单).")
    static final class Recall implements Callable<Integer> {

        @ParentCommand
        SaleCommand sale;

        @Spec
        CommandSpec spec;

        @Mixin
        LoginOptions login;

        @Parameters(paramLabel = "NUMBER", arity = "0..1", description = "The held cart's number.")
        Integer number;

        @Option(names = "--pay", paramLabel = "TENDER", description = "Pay the held cart off, as in 'sale run'.")
        List<String> payments = new ArrayList<>();

        @Option(names = "--training", description = "Pay it off as a practice sale.")
        boolean training;

        @Override
        public Integer call() {
            return Session.run(sale.parent, spec, login, s -> {
                if (number == null) {
                    list(s);
                    return 0;
                }
                RecalledCart recalled = s.services().holds.peek(number, CartRules.DEFAULT);
                for (UserMessage notice : recalled.notices()) {
                    s.out().println(s.i18n().tr("cli.warning", s.i18n().tr(notice)));
                }
                if (payments.isEmpty()) {
                    show(s, s.services().pricing().price(recalled.cart()));
                    return 0;
                }
                return SaleCheckout.complete(s, recalled.cart(), payments, training, recalled.heldCartId());
            });
        }

        private static void list(Session s) {
            List<HeldCart> held = s.services().holds.list();
            if (held.isEmpty()) {
                s.out().println(s.i18n().tr("cli.hold.none"));
            }
            for (HeldCart h : held) {
                LocalDateTime at = LocalDateTime.ofInstant(h.heldAt(), s.terminal().storeInfo().zone()).withNano(0);
                s.out().println(s.i18n().tr("cli.hold.entry", h.number(), at, h.lineCount(),
                        h.memberName() == null ? "" : h.memberName()));
            }
        }

        private static void show(Session s, PricedCart priced) {
            for (PricedLine line : priced.lines()) {
                s.out().println(s.i18n().tr("cli.hold.line", line.line().lineNo(),
                        line.line().product().displayName(s.i18n().locale()), line.line().quantity().display(),
                        line.voided() ? "-" : line.lineTotal().display()));
            }
            s.out().println(s.i18n().tr("cli.hold.total", priced.total().display()));
        }
    }
}
