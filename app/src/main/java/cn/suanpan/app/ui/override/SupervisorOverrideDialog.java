package cn.suanpan.app.ui.override;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A supervisor approves at the counter: picks their name, types their PIN on the keypad.
 * The check itself (and the audit entry of the approval) is the authorizer's, run on the
 * store worker; a wrong PIN keeps the dialog open with the reason, and counts towards that
 * supervisor's lockout like any login.
 */
public final class SupervisorOverrideDialog<T> {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final ToggleGroup approvers = new ToggleGroup();
    private final PasswordField pin = new PasswordField();
    private final Label message = new Label();

    /**
     * @param request does what needed approval, with the override typed in (asking the
     *                authorizer, or a service that checks it); runs on the store worker
     */
    public SupervisorOverrideDialog(UiContext ui, String reasonText, Function<SupervisorOverride, T> request,
                                    Consumer<T> granted) {
        this.ui = ui;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("override.title")).styleClass("override-dialog");
        Label why = new Label(reasonText);
        why.getStyleClass().add("override-reason");
        why.setWrapText(true);
        FlowPane names = new FlowPane(8, 8);
        names.getStyleClass().add("override-approvers");
        pin.setPromptText(i18n.tr("override.pin"));
        pin.getStyleClass().add("pin-field");
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        VBox left = new VBox(10, why, new Label(i18n.tr("override.approver")), names, pin, message);
        left.setPrefWidth(360);
        HBox content = new HBox(20, left, Keypad.pin(pin));
        content.setAlignment(Pos.TOP_LEFT);
        dialog.content(content).focus(pin);
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        dialog.button(i18n.tr("override.approve"), "Enter", () -> submit(request, granted), true);
        dialog.onEnter(() -> submit(request, granted));
        ui.services().executor().submit(() -> ui.services().users().activeUsers(), users -> fill(names, users), e -> { });
    }

    private void fill(FlowPane names, List<User> users) {
        // supervisors before the owner: they are the ones on the floor
        for (User u : users.stream().sorted(java.util.Comparator.comparing(User::role)).toList()) {
            if (!u.role().atLeast(Role.SUPERVISOR) || u.equals(ui.session().user())) {
                continue;
            }
            ToggleButton b = new ToggleButton(u.displayName());
            b.setUserData(u);
            b.setToggleGroup(approvers);
            b.setFocusTraversable(false);
            b.getStyleClass().add("approver-button");
            names.getChildren().add(b);
        }
        if (approvers.getToggles().size() == 1) {
            approvers.getToggles().getFirst().setSelected(true);
        }
    }

    public void show() {
        ui.modals().open(dialog);
    }

    /** Picks the approver by user name (for keyboards and tests). */
    public void choose(String username) {
        approvers.getToggles().stream().filter(t -> ((User) t.getUserData()).username().equals(username)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void submit(Function<SupervisorOverride, T> request, Consumer<T> granted) {
        Optional<User> approver = Optional.ofNullable(approvers.getSelectedToggle()).map(t -> (User) t.getUserData());
        if (approver.isEmpty()) {
            show(Notice.warning("override.pickApprover"));
            return;
        }
        SupervisorOverride override = new SupervisorOverride(approver.get().username(), pin.getText());
        pin.clear();
        ui.services().executor().submit(() -> request.apply(override), result -> {
            dialog.close();
            granted.accept(result);
        }, failure -> show(Notice.failure(failure)));
    }

    private void show(Notice notice) {
        message.setText(notice.text(ui.i18n()));
        message.getStyleClass().removeAll("error");
        if (notice.isError() || notice.level() == Notice.Level.WARNING) {
            message.getStyleClass().add("error");
            ui.services().sounds().play(Sound.ERROR);
        }
    }
}
