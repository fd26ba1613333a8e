package cn.suanpan.app.cli;

import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.CashMovement;
import cn.suanpan.core.shift.Denomination;
import cn.suanpan.core.shift.DenominationCount;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.shift.ShiftClosing;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "shift", description = "Open and close shifts, move cash, print X and Z reports.",
        subcommands = {ShiftCommand.Open.class, ShiftCommand.CashIn.class, ShiftCommand.CashOut.class,
                ShiftCommand.XReport.class, ShiftCommand.Close.class, ShiftCommand.ZReportCommand.class})
public final class ShiftCommand {

    @ParentCommand
    SuanpanCommand parent;

    /** Shared by the subcommands: the parent, the spec and the login. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        ShiftCommand shift;

        @Spec
        CommandSpec spec;

        @Mixin
        LoginOptions login;

        @Override
        public Integer call() {
            return Session.run(shift.parent, spec, login, this::run);
        }

        abstract int run(Session s);

        ShiftReports reports(Session s) {
            return new ShiftReports(s.i18n(), s.terminal().storeInfo().zone(), s.out());
        }

        Authorization require(Session s, Permission permission) {
            return s.services().authorizer.require(s.user(), permission, login.override());
        }
    }

    @Command(name = "open", description = "Open a shift with a float in the drawer.")
    static final class Open extends Sub {
        @Option(names = "--float", paramLabel = "AMOUNT", required = true, description = "Cash in the drawer at the start, in yuan.")
        String openingFloat;

        @Override
        int run(Session s) {
            Shift shift = s.services().shifts.open(s.user(), money(openingFloat));
            s.out().println(s.i18n().tr("cli.shift.opened", s.user().displayName(), shift.openingFloat().display()));
            return 0;
        }
    }

    @Command(name = "cash-in", description = "Put cash into the drawer (needs a supervisor).")
    static final class CashIn extends Sub {
        @Option(names = "--amount", required = true)
        String amount;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        int run(Session s) {
            CashMovement m = s.services().shifts.cashIn(require(s, Permission.CASH_IN_OUT), money(amount), reason);
            s.out().println(s.i18n().tr("cli.shift.cashInDone", m.amount().display()));
            return 0;
        }
    }

    @Command(name = "cash-out", description = "Take cash out of the drawer (needs a supervisor).")
    static final class CashOut extends Sub {
        @Option(names = "--amount", required = true)
        String amount;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        int run(Session s) {
            CashMovement m = s.services().shifts.cashOut(require(s, Permission.CASH_IN_OUT), money(amount), reason);
            s.out().println(s.i18n().tr("cli.shift.cashOutDone", m.amount().display()));
            return 0;
        }
    }

    @Command(name = "x", description = "Print the X report of the open shift.")
    static final class XReport extends Sub {
        @Override
        int run(Session s) {
            reports(s).x(s.services().shifts.xReport());
            return 0;
        }
    }

    @Command(name = "close", description = "Close the shift with the blind count of the drawer.")
    static final class Close extends Sub {
        @Option(names = "--count", required = true, paramLabel = "YUAN=N,...",
                description = "Notes and coins counted, e.g. 100=3,50=1,1=4,0.5=2 (value in yuan = how many).")
        String count;

        @Option(names = "--z", description = "Also make the Z report that ends the business day (needs a supervisor).")
        boolean z;

        @Override
        int run(Session s) {
            ShiftClosing closing = s.services().shifts.close(require(s, Permission.CLOSE_SHIFT), count(count));
            reports(s).close(closing);
            if (z) {
                reports(s).z(s.services().shifts.zReport(require(s, Permission.Z_REPORT)));
            }
            return 0;
        }
    }

    @Command(name = "z", description = "Make the Z report that ends the business day (needs a supervisor).")
    static final class ZReportCommand extends Sub {
        @Override
        int run(Session s) {
            reports(s).z(s.services().shifts.zReport(require(s, Permission.Z_REPORT)));
            return 0;
        }
    }

    static Money money(String text) {
        try {
            return Money.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CliException("cli.badAmount", text);
        }
    }

    /** "100=3,50=1,0.5=2": how many of each note or coin, by its value in yuan. */
    static DenominationCount count(String text) {
        DenominationCount count = new DenominationCount(Map.of());
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new CliException("cli.shift.badCount", part);
            }
            Money value = money(kv[0]);
            Denomination denomination = null;
            for (Denomination d : Denomination.values()) {
                if (d.value().equals(value)) {
                    denomination = d;
                }
            }
            if (denomination == null) {
                throw new CliException("cli.shift.badCount", part);
            }
            try {
                count = count.with(denomination, count.count(denomination) + Integer.parseInt(kv[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new CliException("cli.shift.badCount", part);
            }
        }
        return count;
    }
}
