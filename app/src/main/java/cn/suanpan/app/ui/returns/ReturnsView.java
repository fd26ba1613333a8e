package cn.suanpan.app.ui.returns;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.ScreenFrame;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.session.Screen;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Returns: the receipt scanned (or its number typed), each line with what may still come
 * back and a stepper for how much does, the amount to give back in large type, a reason,
 * and the refund with a supervisor's approval when the cashier may not refund alone.
 */
public final class ReturnsView implements Screen {

    private static final String[] REASONS = {"returns.reason.quality", "returns.reason.changedMind", "returns.reason.wrongItem",
        "returns.reason.other"};

    private final UiContext ui;
    private final ReturnsViewModel model;
    private final Runnable back;
    private final Region root;
    private final TextField receipt = new TextField();
    private final VBox lines = new VBox(6);

    public ReturnsView(UiContext ui, ReturnsViewModel model, Runnable back) {
        this.ui = ui;
        this.model = model;
        this.back = back;
        I18n i18n = ui.i18n();

        receipt.setPromptText(i18n.tr("returns.prompt"));
        receipt.setId("returns-receipt");
        receipt.getStyleClass().add("scan-field");
        receipt.setOnAction(e -> model.find(receipt.getText()));
        Label found = new Label();
        found.getStyleClass().add("section-title");
        found.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ReturnsDesk.Original o = model.originalProperty().get();
            return o == null ? "" : i18n.tr("returns.original", o.receiptNo(), i18n.dateTime(o.soldAt(), ui.services().store().zone()),
                    o.total().display());
        }, model.originalProperty()));
        lines.getStyleClass().add("return-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("dialog-message");
        message.setId("returns-message");
        message.setWrapText(true);
        model.noticeProperty().addListener((obs, a, n) -> {
            message.setText(n.text(ui.i18n()));
            message.getStyleClass().remove("error");
            if (n.isError()) {
                message.getStyleClass().add("error");
                ui.services().sounds().play(Sound.ERROR);
            }
        });
        VBox left = new VBox(10, receipt, message, found, scroll);
        left.setPrefWidth(700);

        Label totalLabel = new Label(i18n.tr("returns.total"));
        totalLabel.getStyleClass().add("total-label");
        Label total = new Label();
        total.getStyleClass().add("total-amount");
        total.setId("refund-total");
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.refundTotalProperty().get().display(),
                model.refundTotalProperty()));
        TextField reason = new TextField();
        reason.setPromptText(i18n.tr("returns.reason"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        ToggleGroup presets = new ToggleGroup();
        FlowPane reasons = new FlowPane(6, 6);
        for (String key : REASONS) {
            ToggleButton b = new ToggleButton(i18n.tr(key));
            b.setToggleGroup(presets);
            b.setFocusTraversable(false);
            b.getStyleClass().add("choice-toggle");
            b.setOnAction(e -> model.reasonProperty().set(b.isSelected() ? b.getText() : ""));
            reasons.getChildren().add(b);
        }
        Button refund = new Button(i18n.tr("returns.refund") + "  F10");
        refund.getStyleClass().addAll("accent", "screen-button", "refund-button");
        refund.setFocusTraversable(false);
        refund.setId("refund");
        refund.setMaxWidth(Double.MAX_VALUE);
        refund.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.refundTotalProperty().get().isPositive(), model.refundTotalProperty()));
        refund.setOnAction(e -> refund());
        Label drawerNote = new Label(i18n.tr("returns.cashNote"));
        drawerNote.setWrapText(true);
        drawerNote.getStyleClass().add("dialog-message");
        VBox right = new VBox(12, totalLabel, total, new Label(i18n.tr("returns.reason")), reasons, reason, refund, drawerNote);
        right.setPrefWidth(420);
        right.getStyleClass().add("total-box");

        HBox content = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        content.setPadding(new Insets(16, 0, 0, 0));
        root = ScreenFrame.of(i18n.tr("returns.title"), i18n.tr("screen.backToSale"), back, content);
        model.originalProperty().addListener((obs, a, b) -> fill());
        model.picksProperty().addListener((obs, a, b) -> fill());
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void shown() {
        receipt.requestFocus();
    }

    @Override
    public void handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            back.run();
        } else if (e.getCode() == KeyCode.F10) {
            e.consume();
            refund();
        }
    }

    /** The receipt's barcode, scanned from the customer's paper. */
    @Override
    public boolean scan(String code) {
        receipt.setText(code);
        model.find(code);
        return true;
    }

    private void fill() {
        lines.getChildren().clear();
        ReturnsDesk.Original o = model.originalProperty().get();
        if (o == null) {
            return;
        }
        I18n i18n = ui.i18n();
        Map<Integer, Long> picks = model.picksProperty().get();
        for (ReturnsDesk.SoldLine line : o.lines()) {
            Label name = new Label(line.lineNo() + "  " + line.displayName(i18n.locale()));
            name.getStyleClass().add("line-name");
            name.setWrapText(true);
            Label sold = new Label(i18n.tr("returns.sold", quantity(line.soldMilli(), line.weighed()), line.netAmount().display(),
                    quantity(line.returnableMilli(), line.weighed())));
            sold.getStyleClass().add("line-note");
            VBox text = new VBox(2, name, sold);
            HBox.setHgrow(text, Priority.ALWAYS);
            long picked = picks.getOrDefault(line.lineNo(), 0L);
            Button minus = stepper("\u2212", () -> model.step(line.lineNo(), -1));
            Button plus = stepper("+", () -> model.step(line.lineNo(), 1));
            Label count = new Label(quantity(picked, line.weighed()));
            count.getStyleClass().add("return-count");
            count.setId("return-count-" + line.lineNo());
            minus.setDisable(picked == 0);
            plus.setDisable(picked >= line.returnableMilli());
            minus.setId("return-minus-" + line.lineNo());
            plus.setId("return-plus-" + line.lineNo());
            HBox row = new HBox(10, text, minus, count, plus);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("return-row");
            if (line.returnableMilli() == 0) {
                row.setDisable(true);
            }
            lines.getChildren().add(row);
        }
    }

    private static String quantity(long milli, boolean weighed) {
        return weighed ? BigDecimal.valueOf(milli, 3).toPlainString() + " kg" : Long.toString(milli / 1000);
    }

    private static Button stepper(String text, Runnable action) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.getStyleClass().add("denomination-step");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refund() {
        ReturnsDesk.Original o = model.originalProperty().get();
        List<ReturnsDesk.Pick> picks = model.pickList();
        Money total = model.refundTotalProperty().get();
        if (o == null || picks.isEmpty() || !total.isPositive()) {
            model.noticeProperty().set(Notice.warning("returns.nothingPicked"));
            ui.services().sounds().play(Sound.ERROR);
            return;
        }
        String reason = model.reasonProperty().get();
        var user = ui.session().user();
        new Guard(ui).withOverride(Permission.REFUND,
                override -> model.desk().refund(o.receiptNo(), picks, reason, user, override),
                done -> {
                    if (done.fromDrawer()) {
                        ui.services().devices().drawer().open();
                    }
                    ui.toast(Notice.success("returns.done", done.refundNo(), done.total().display()));
                    model.refunded(done);
                },
                f -> model.noticeProperty().set(Notice.failure(f)));
    }
}
