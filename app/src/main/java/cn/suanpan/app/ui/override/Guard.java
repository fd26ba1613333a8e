package cn.suanpan.app.ui.override;

import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.users.User;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs an action that needs a permission: at once when the cashier may do it, else after a
 * supervisor has approved in the override dialog.
 */
public final class Guard {

    private final UiContext ui;

    public Guard(UiContext ui) {
        this.ui = ui;
    }

    public void require(Permission permission, Consumer<Authorization> action) {
        User user = ui.session().user();
        if (ui.services().authorizer().allows(user, permission)) {
            action.accept(new Authorization(user, permission, Optional.empty()));
            return;
        }
        new SupervisorOverrideDialog<Authorization>(ui, ui.i18n().tr("override.needs", ui.i18n().tr("permission." + permission.name())),
                override -> ui.services().authorizer().require(user, permission, Optional.of(override)), action).show();
    }

    /**
     * Work that checks the permission itself (a service given the user and the override):
     * tried at once when the user may, else after a supervisor typed their PIN.
     */
    public <T> void withOverride(Permission permission, java.util.function.Function<Optional<cn.suanpan.core.auth.SupervisorOverride>, T> work,
                                 Consumer<T> done, Consumer<Throwable> failed) {
        User user = ui.session().user();
        if (ui.services().authorizer().allows(user, permission)) {
            ui.services().executor().submit(() -> work.apply(Optional.empty()), done, failed);
            return;
        }
        new SupervisorOverrideDialog<T>(ui, ui.i18n().tr("override.needs", ui.i18n().tr("permission." + permission.name())),
                override -> work.apply(Optional.of(override)), done).show();
    }

    /** A discount of {@code discount} on {@code amount}: within the cashier's own limit at once, else approved. */
    public void requireDiscount(Money amount, Money discount, Consumer<Optional<Authorization>> action) {
        User user = ui.session().user();
        Optional<Authorization> own;
        try {
            own = ui.services().authorizer().requireDiscount(user, amount, discount, Optional.empty());
        } catch (cn.suanpan.core.i18n.SuanpanException needsApproval) {
            new SupervisorOverrideDialog<Authorization>(ui, ui.i18n().tr("override.needsDiscount", discount.display()),
                    override -> ui.services().authorizer().requireDiscount(user, amount, discount, Optional.of(override)).orElseThrow(),
                    a -> action.accept(Optional.of(a))).show();
            return;
        }
        action.accept(own);
    }
}
