package cn.suanpan.app.ui.payment;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.tender.TenderPlan;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The payment dialog: what is due in large type, the tender methods (those not set up yet
 * say so on the button), quick cash amounts, a keypad, and the tenders taken so far.
 * Enter adds what is typed and commits once the sale is paid; Esc goes back to the sale.
 */
public final class PaymentDialog {

    private static final long[] QUICK_YUAN = {20, 50, 100};

    private final UiContext ui;
    private final PaymentViewModel model;
    private final ModalDialog dialog;
    private final TextField amount = new TextField();
    private final TextField reference = new TextField();
    private final Label message = new Label();
    private final VBox tenders = new VBox(4);
    private final Map<TenderMethod, ToggleButton> methodButtons = new EnumMap<>(TenderMethod.class);
    private final Consumer<RecordedSale> onPaid;

    public PaymentDialog(UiContext ui, PaymentViewModel model, Consumer<RecordedSale> onPaid) {
        this.ui = ui;
        this.model = model;
        this.onPaid = onPaid;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("payment.title")).styleClass("payment-dialog");

        VBox left = new VBox(12, figures(i18n), methods(i18n), entry(i18n), codeWaiting(i18n), tenders, message);
        left.setPrefWidth(560);
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        tenders.getStyleClass().add("tender-list");
        GridPane keypad = Keypad.compact(key -> Keypad.type(reference.isFocused() ? reference : amount, key), true);
        keypad.getStyleClass().add("payment-keypad");
        HBox content = new HBox(24, left, keypad);
        HBox.setHgrow(left, Priority.ALWAYS);
        dialog.content(content).focus(amount);

        // while a code payment waits for the customer, the dialog stays: cancel first (it reverses)
        Button back = dialog.button(i18n.tr("dialog.back"), "Esc", this::back, false);
        back.disableProperty().bind(model.codeWaitingProperty());
        dialog.onEscape(this::back);
        Button confirm = dialog.button(i18n.tr("payment.confirm"), "Enter", () -> model.enter(this::paid), true);
        confirm.getStyleClass().add("payment-confirm");
        confirm.disableProperty().bind(model.committingProperty().or(model.codeWaitingProperty()));
        dialog.onEnter(() -> model.enter(this::paid));
        dialog.onKey(e -> {
            switch (e.getCode()) {
                case F1 -> choose(TenderMethod.CASH);
                case F2 -> choose(TenderMethod.EXTERNAL_CARD);
                case F3 -> choose(TenderMethod.VOUCHER);
                case F9 -> model.exactCash();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        dialog.onScan(code -> {
            // a payment code pays at once, whatever method is chosen
            if (CodeMethods.isCode(model.methodProperty().get())
                    || model.reasonUnavailable(TenderMethod.PAYMENT_CODE) == null && model.looksLikePaymentCode(code)) {
                if (!CodeMethods.isCode(model.methodProperty().get())) {
                    String keyed = model.amountProperty().get();
                    choose(TenderMethod.PAYMENT_CODE);
                    // an amount keyed before the scan is the part this code pays (more than is due is refused)
                    model.amountProperty().set(keyed);
                }
                model.payCode(code, this::paid);
                return;
            }
            // a voucher's code, or the card terminal's slip number, may come from the scanner
            if (model.methodProperty().get() != TenderMethod.CASH) {
                reference.setText(code);
            } else {
                ui.services().sounds().play(Sound.ERROR);
                model.noticeProperty().set(Notice.warning("payment.scanIgnored"));
            }
        });

        amount.textProperty().bindBidirectional(model.amountProperty());
        reference.textProperty().bindBidirectional(model.referenceProperty());
        model.planProperty().addListener((obs, a, b) -> refreshTenders());
        model.noticeProperty().addListener((obs, a, n) -> showNotice(n));
        refreshTenders();
    }

    public void show() {
        ui.modals().open(dialog);
    }

    /** Opens the dialog and pays what is due from a payment code scanned into the cart field. */
    public void showPaying(String code) {
        show();
        choose(TenderMethod.PAYMENT_CODE);
        model.payCode(code, this::paid);
    }

    private void back() {
        if (!model.codeWaitingProperty().get() && !model.committingProperty().get()) {
            // a code part already paid goes back to the customer: the sale is not completed
            model.abandon(told -> told.forEach(m -> ui.toast(Notice.warning(m))));
            dialog.close();
        }
    }

    /** "Waiting for the customer to confirm", the seconds the cloud still waits, and the cancel button. */
    private Region codeWaiting(I18n i18n) {
        Label waiting = new Label();
        waiting.setId("pay-code-waiting");
        waiting.getStyleClass().add("pay-code-waiting");
        Label countdown = new Label();
        countdown.setId("pay-code-countdown");
        countdown.getStyleClass().add("pay-code-countdown");
        Button cancel = new Button(i18n.tr("payment.code.cancel"));
        cancel.setId("pay-code-cancel");
        cancel.setFocusTraversable(false);
        cancel.getStyleClass().addAll("danger", "pay-code-cancel");
        cancel.setOnAction(e -> model.cancelCode());
        cancel.disableProperty().bind(model.codeIntentProperty().isNull());
        Runnable tick = () -> {
            java.time.Instant until = model.codeDeadlineProperty().get();
            waiting.setText(i18n.tr("payment.code.waiting"));
            countdown.setText(until == null ? "" : i18n.tr("payment.code.secondsLeft",
                    Math.max(0, java.time.Duration.between(ui.services().clock().instant(), until).toSeconds())));
        };
        javafx.animation.Timeline seconds = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1), e -> tick.run()));
        seconds.setCycleCount(javafx.animation.Animation.INDEFINITE);
        model.codeDeadlineProperty().addListener((obs, a, b) -> tick.run());
        model.codeWaitingProperty().addListener((obs, was, now) -> {
            tick.run();
            if (now) {
                seconds.play();
            } else {
                seconds.stop();
            }
        });
        dialog.onClosed(seconds::stop);
        HBox box = new HBox(16, new VBox(4, waiting, countdown), cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("pay-code-box");
        box.setId("pay-code-box");
        box.visibleProperty().bind(model.codeWaitingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public ModalDialog dialog() {
        return dialog;
    }

    private void paid(RecordedSale sale) {
        dialog.close();
        onPaid.accept(sale);
    }

    private Region figures(I18n i18n) {
        Label dueLabel = new Label(i18n.tr("payment.due"));
        dueLabel.getStyleClass().add("pay-figure-label");
        Label due = new Label();
        due.getStyleClass().add("pay-due");
        due.setId("pay-due");
        Label paid = new Label();
        paid.getStyleClass().add("pay-figure");
        paid.setId("pay-paid");
        Label remaining = new Label();
        remaining.getStyleClass().add("pay-figure");
        remaining.setId("pay-remaining");
        Label change = new Label();
        change.getStyleClass().add("pay-change");
        change.setId("pay-change");
        Runnable update = () -> {
            TenderPlan p = model.plan();
            due.setText(p.total().display());
            paid.setText(i18n.tr("payment.paid", p.paid().display()));
            remaining.setText(i18n.tr("payment.remaining", p.remaining().display()));
            Money back = model.changeProperty().get();
            change.setText(i18n.tr("payment.change", back.display()));
            change.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("positive"), back.isPositive());
        };
        model.planProperty().addListener((obs, a, b) -> update.run());
        model.changeProperty().addListener((obs, a, b) -> update.run());
        update.run();
        HBox dueRow = new HBox(16, dueLabel, due);
        dueRow.setAlignment(Pos.BASELINE_LEFT);
        HBox others = new HBox(24, paid, remaining);
        VBox box = new VBox(4, dueRow, others, change);
        box.getStyleClass().add("pay-figures");
        return box;
    }

    private Region methods(I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8);
        row.getStyleClass().add("pay-methods");
        String[] keys = {"F1", "F2", "F3", null, null};
        int i = 0;
        for (TenderMethod m : PaymentViewModel.OFFERED) {
            Label name = new Label(i18n.tr(new UserMessage("tender.method." + m.name())));
            name.getStyleClass().add("pay-method-name");
            VBox graphic = new VBox(2);
            graphic.setAlignment(Pos.CENTER);
            if (keys[i] != null) {
                Label key = new Label(keys[i]);
                key.getStyleClass().add("action-key");
                graphic.getChildren().add(key);
            }
            graphic.getChildren().add(name);
            String reason = model.reasonUnavailable(m);
            ToggleButton b = new ToggleButton();
            b.setGraphic(graphic);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("pay-method");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setUserData(m);
            if (reason != null) {
                Label why = new Label(i18n.tr(reason));
                why.getStyleClass().add("action-reason");
                graphic.getChildren().add(why);
                b.setDisable(true);
            }
            b.setOnAction(e -> choose(m));
            methodButtons.put(m, b);
            row.getChildren().add(b);
            i++;
        }
        model.methodProperty().addListener((obs, a, m) -> methodButtons.get(m).setSelected(true));
        methodButtons.get(model.methodProperty().get()).setSelected(true);
        return row;
    }

    private Region entry(I18n i18n) {
        HBox quick = new HBox(8);
        quick.getStyleClass().add("quick-cash");
        for (long yuan : QUICK_YUAN) {
            Button b = new Button("￥" + yuan);
            b.setFocusTraversable(false);
            b.getStyleClass().add("quick-cash-button");
            b.setOnAction(e -> {
                choose(TenderMethod.CASH);
                model.cash(Money.ofYuan(yuan));
            });
            quick.getChildren().add(b);
        }
        Button exact = new Button(i18n.tr("payment.exact") + "  F9");
        exact.setFocusTraversable(false);
        exact.getStyleClass().addAll("quick-cash-button", "exact-cash");
        exact.setOnAction(e -> {
            choose(TenderMethod.CASH);
            model.exactCash();
        });
        quick.getChildren().add(exact);
        quick.visibleProperty().bind(model.methodProperty().isEqualTo(TenderMethod.CASH));
        quick.managedProperty().bind(quick.visibleProperty());

        Label amountLabel = new Label();
        amountLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr(
                model.methodProperty().get() == TenderMethod.CASH ? "payment.handed" : "payment.amount"), model.methodProperty()));
        amount.getStyleClass().add("pay-amount");
        amount.setId("pay-amount");
        amount.promptTextProperty().bind(Bindings.createStringBinding(() -> {
            TenderPlan p = model.plan();
            return (model.methodProperty().get() == TenderMethod.CASH ? p.remainingInCash() : p.remaining()).plain();
        }, model.planProperty(), model.methodProperty()));
        Label referenceLabel = new Label();
        referenceLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr(
                model.methodProperty().get() == TenderMethod.VOUCHER ? "payment.voucherCode"
                        : CodeMethods.isCode(model.methodProperty().get()) ? "payment.code.label" : "payment.cardReference"),
                model.methodProperty()));
        reference.getStyleClass().add("pay-reference");
        reference.setId("pay-reference");
        HBox referenceRow = new HBox(10, referenceLabel, reference);
        referenceRow.setAlignment(Pos.CENTER_LEFT);
        referenceRow.visibleProperty().bind(model.methodProperty().isNotEqualTo(TenderMethod.CASH));
        referenceRow.managedProperty().bind(referenceRow.visibleProperty());
        HBox amountRow = new HBox(10, amountLabel, amount);
        amountRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox.setHgrow(reference, Priority.ALWAYS);
        return new VBox(10, quick, amountRow, referenceRow);
    }

    private void choose(TenderMethod m) {
        model.choose(m);
        if (m == TenderMethod.CASH) {
            amount.requestFocus();
        } else {
            reference.requestFocus();
        }
    }

    private void refreshTenders() {
        I18n i18n = ui.i18n();
        tenders.getChildren().clear();
        var list = model.plan().tenders();
        for (int i = 0; i < list.size(); i++) {
            Tender t = list.get(i);
            String ref = switch (t) {
                case Tender.ExternalCard c -> " · " + c.terminalReference();
                case Tender.Voucher v -> " · " + v.code();
                case Tender.PaymentCode c -> " · " + c.code();
                case Tender.MemberBalance m -> " · " + m.memberId();
                default -> "";
            };
            Label name = new Label(i18n.tr(new UserMessage("tender.method." + t.method().name())) + ref);
            name.getStyleClass().add("tender-name");
            // a code's reference (wallet, masked code, the wallet's long transaction number) gives way, the amount never
            name.setMinWidth(0);
            name.setTooltip(new javafx.scene.control.Tooltip(name.getText()));
            Label value = new Label(t.amount().display());
            value.getStyleClass().addAll("money", "tender-amount");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            int index = i;
            Button remove = new Button("\u2715");
            remove.setFocusTraversable(false);
            remove.getStyleClass().addAll("flat", "tender-remove");
            remove.setOnAction(e -> model.removeTender(index));
            remove.disableProperty().bind(model.committingProperty());
            // money taken by a code goes back only with the whole sale
            remove.setVisible(!(t instanceof Tender.PaymentCode || t instanceof Tender.MemberBalance));
            HBox row = new HBox(10, name, spacer, value, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("tender-row");
            tenders.getChildren().add(row);
        }
    }

    private void showNotice(Notice n) {
        message.setText(n.text(ui.i18n()));
        message.getStyleClass().removeAll("error");
        if (n.isError() || n.level() == Notice.Level.WARNING) {
            message.getStyleClass().add("error");
            ui.services().sounds().play(Sound.ERROR);
        }
    }
}
