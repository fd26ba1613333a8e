package cn.suanpan.app.cli;

import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Who is at the counter: every command that sells, refunds or touches the drawer logs in
 * first, so that what it does is recorded against a user. A supervisor may approve what the
 * user may not do alone, as at the counter.
 */
final class LoginOptions {

    @Option(names = "--user", required = true, description = "User name (demo: cashier, supervisor, admin).")
    String user;

    @Option(names = "--pin", required = true, description = "The user's PIN.", interactive = true, arity = "0..1")
    String pin;

    @Option(names = "--supervisor", description = "A supervisor approving what the user may not do alone.")
    String supervisor;

    @Option(names = "--supervisor-pin", description = "The approving supervisor's PIN.", interactive = true, arity = "0..1")
    String supervisorPin;

    User login(UserRepository users) {
        return users.login(user, pin == null ? "" : pin);
    }

    Optional<SupervisorOverride> override() {
        return supervisor == null ? Optional.empty()
                : Optional.of(new SupervisorOverride(supervisor, supervisorPin == null ? "" : supervisorPin));
    }
}
