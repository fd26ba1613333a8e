package cn.suanpan.app.ui.member;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.members.Member;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Finds a member by mobile number (or a scanned member code) and attaches them to the sale;
 * a customer who is not a member yet can sign up on the spot with just the number.
 */
public final class MemberDialog {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final TextField phone = new TextField();
    private final Label found = new Label();
    private final Label message = new Label();
    private final Button signUp;
    private final Consumer<Member> attach;
    private Member member;

    public MemberDialog(UiContext ui, Member current, Consumer<Member> attach, Runnable detach) {
        this.ui = ui;
        this.attach = attach;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("member.title")).styleClass("member-dialog");
        phone.setPromptText(i18n.tr("member.phonePrompt"));
        phone.getStyleClass().add("pay-amount");
        phone.setId("member-phone");
        phone.textProperty().addListener((obs, a, b) -> {
            member = null;
            found.setText("");
            signUp().setVisible(false);
        });
        found.getStyleClass().add("member-found");
        found.setWrapText(true);
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        VBox left = new VBox(12, new Label(i18n.tr("member.phone")), phone, found, message);
        if (current != null) {
            Label now = new Label(i18n.tr("member.current", current.maskedPhone(), current.name() == null ? "" : current.name()));
            Button remove = new Button(i18n.tr("member.detach"));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> {
                dialog.close();
                detach.run();
            });
            HBox row = new HBox(10, now, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            left.getChildren().addFirst(row);
        }
        left.setPrefWidth(380);
        HBox content = new HBox(24, left, Keypad.into(phone, true));
        dialog.content(content).focus(phone);
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        signUp = dialog.button(i18n.tr("member.signUp"), "F2", this::signUpNow, false);
        signUp.setVisible(false);
        dialog.button(i18n.tr("member.findOrAttach"), "Enter", this::enter, true);
        dialog.onEnter(this::enter);
        dialog.onKey(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && signUp.isVisible()) {
                e.consume();
                signUpNow();
            }
        });
        dialog.onScan(code -> lookup(() -> ui.services().members().byCode(code), code));
    }

    private Button signUp() {
        return signUp;
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void enter() {
        if (member != null) {
            dialog.close();
            attach.accept(member);
            return;
        }
        String typed = phone.getText();
        lookup(() -> ui.services().members().byPhone(typed), typed);
    }

    private void lookup(Callable<Optional<Member>> query, String what) {
        message.setText("");
        ui.services().executor().submit(query, result -> {
            if (result.isPresent()) {
                member = result.get();
                found.setText(ui.i18n().tr("member.foundLine", member.maskedPhone(), member.name() == null ? "" : member.name(),
                        member.points(), member.balance().display()));
                message.setText(ui.i18n().tr("member.pressEnter"));
            } else {
                fail(Notice.warning("member.notFound", what));
                signUp.setVisible(true);
            }
        }, f -> fail(Notice.failure(f)));
    }

    private void signUpNow() {
        String typed = phone.getText();
        ui.services().executor().submit(() -> ui.services().members().signUpAtCounter(typed, null), m -> {
            dialog.close();
            ui.toast(Notice.success("member.signedUp", m.maskedPhone()));
            attach.accept(m);
        }, f -> fail(Notice.failure(f)));
    }

    private void fail(Notice n) {
        message.setText(n.text(ui.i18n()));
        ui.services().sounds().play(Sound.ERROR);
    }
}
