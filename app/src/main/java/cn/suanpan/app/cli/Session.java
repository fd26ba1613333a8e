package cn.suanpan.app.cli;

import cn.suanpan.app.SaleServices;
import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.users.User;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A logged-in user at this terminal for the length of one command. {@link #run} opens the
 * terminal, logs in and turns refusals into a message and exit code 1, so each command only
 * says what it does.
 */
record Session(TerminalContext terminal, SaleServices services, User user, LoginOptions login, I18n i18n, PrintWriter out) {

    interface Work {
        int run(Session session) throws Exception;
    }

    static int run(SuanpanCommand top, CommandSpec spec, LoginOptions login, Work work) {
        I18n i18n = top.i18n();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TerminalContext t = top.openTerminal()) {
            SaleServices services = new SaleServices(t);
            User user = login.login(services.users);
            return work.run(new Session(t, services, user, login, i18n, out));
        } catch (SuanpanException e) {
            err.println(i18n.describe(e));
            return 1;
        } catch (CliException e) {
            err.println(i18n.tr(e.key(), e.args()));
            return 2;
        } catch (Exception e) {
            err.println(i18n.describe(e));
            return 3;
        }
    }
}
