package cn.suanpan.app.ui.shift;

import cn.suanpan.app.ui.common.ActionButton;
import cn.suanpan.app.ui.common.Images;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.ScreenFrame;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.receipt.ReportReceipts;
import cn.suanpan.app.ui.session.Screen;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.hardware.printer.receipt.Receipt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The shift screen: what the shift is, the drawer actions (each with its permission), and
 * the reports in a preview exactly as they print.
 */
public final class ShiftView implements Screen {

    private final UiContext ui;
    private final ShiftViewModel model;
    private final Runnable back;
    private final Region root;
    private final ImageView preview = new ImageView();
    private final ReportReceipts reports;
    private Receipt shown;

    public ShiftView(UiContext ui, ShiftViewModel model, Runnable back) {
        this.ui = ui;
        this.model = model;
        this.back = back;
        this.reports = new ReportReceipts(ui.services().store());
        I18n i18n = ui.i18n();

        Label info = new Label();
        info.getStyleClass().add("shift-info");
        info.setId("shift-info");
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            Shift s = model.session().shift();
            return s == null ? i18n.tr("shift.none")
                    : i18n.tr("shift.info", i18n.dateTime(s.openedAt(), ui.services().store().zone()), s.openingFloat().display(),
                    s.businessDate().toString());
        }, model.session().shiftProperty()));

        StringBinding needsShift = Bindings.createStringBinding(() -> model.session().shift() == null ? i18n.tr("shift.reason.none") : null,
                model.session().shiftProperty());
        StringBinding hasShift = Bindings.createStringBinding(() -> model.session().shift() != null ? i18n.tr("shift.reason.open") : null,
                model.session().shiftProperty());
        GridPane actions = new GridPane();
        actions.setHgap(10);
        actions.setVgap(10);
        actions.add(button("1", "shift.open", MaterialDesignP.PLAY_CIRCLE_OUTLINE, this::open, hasShift), 0, 0);
        actions.add(button("2", "shift.cashIn", MaterialDesignC.CASH_CHECK, () -> cash(true), needsShift), 1, 0);
        actions.add(button("3", "shift.cashOut", MaterialDesignC.CASH_MINUS, () -> cash(false), needsShift), 2, 0);
        actions.add(button("4", "shift.x", MaterialDesignF.FILE_DOCUMENT_OUTLINE, model::xReport, needsShift), 0, 1);
        actions.add(button("5", "shift.close", MaterialDesignL.LOCK_CLOCK, this::close, needsShift), 1, 1);
        actions.add(button("6", "shift.z", MaterialDesignC.CALENDAR_CHECK, this::zReport, hasShift), 2, 1);

        Label message = new Label();
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        message.setId("shift-message");
        model.noticeProperty().addListener((obs, a, n) -> {
            message.setText(n.text(ui.i18n()));
            message.getStyleClass().remove("error");
            if (n.isError()) {
                message.getStyleClass().add("error");
                ui.toast(n);
            }
        });

        Label section = new Label(i18n.tr("shift.section"));
        section.getStyleClass().add("section-title");
        VBox left = new VBox(16, section, info, actions, message);
        left.setPrefWidth(560);

        Label previewTitle = new Label(i18n.tr("shift.preview"));
        previewTitle.getStyleClass().add("section-title");
        preview.setPreserveRatio(true);
        preview.setFitWidth(380);
        preview.getStyleClass().add("receipt-image");
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("receipt-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button print = new Button(i18n.tr("shift.print") + "  P");
        print.getStyleClass().add("screen-button");
        print.setFocusTraversable(false);
        print.setId("report-print");
        print.setOnAction(e -> print());
        print.disableProperty().bind(model.reportProperty().isNull());
        VBox right = new VBox(10, previewTitle, scroll, print);
        right.setPrefWidth(440);
        right.setAlignment(Pos.TOP_LEFT);

        HBox content = new HBox(28, left, right);
        content.setPadding(new Insets(16, 0, 0, 0));
        HBox.setHgrow(left, Priority.ALWAYS);
        root = ScreenFrame.of(i18n.tr("shift.title"), i18n.tr("screen.backToSale"), back, content);
        model.reportProperty().addListener((obs, a, r) -> show(r));
        model.refresh();
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void handleKey(KeyEvent e) {
        KeyCode c = e.getCode();
        switch (c) {
            case ESCAPE -> back.run();
            case DIGIT1, NUMPAD1 -> open();
            case DIGIT2, NUMPAD2 -> cash(true);
            case DIGIT3, NUMPAD3 -> cash(false);
            case DIGIT4, NUMPAD4 -> model.xReport();
            case DIGIT5, NUMPAD5 -> close();
            case DIGIT6, NUMPAD6 -> zReport();
            case P -> print();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private javafx.scene.Node button(String key, String textKey, org.kordamp.ikonli.Ikon icon, Runnable action,
                                     StringBinding blocked) {
        ActionButton b = new ActionButton(key, ui.i18n().tr(textKey), icon).onAction(action).disabledWhile(blocked);
        b.button().getStyleClass().add("screen-action");
        b.button().setId("shift-" + key);
        b.node().setPrefSize(180, 96);
        return b.node();
    }

    private void open() {
        if (model.session().shift() != null) {
            return;
        }
        new ShiftOpenDialog(ui, s -> model.refresh()).show();
    }

    private void cash(boolean in) {
        if (model.session().shift() == null) {
            return;
        }
        new CashMoveDialog(ui, in, (amount, reason) -> new Guard(ui).require(Permission.CASH_IN_OUT, auth -> {
            if (in) {
                model.cashIn(auth, amount, reason, () -> { });
            } else {
                model.cashOut(auth, amount, reason, () -> { });
            }
        })).show();
    }

    private void close() {
        if (model.session().shift() == null) {
            return;
        }
        new CloseShiftDialog(ui, count -> new Guard(ui).require(Permission.CLOSE_SHIFT,
                auth -> model.close(auth, count, () -> ui.toast(Notice.success("shift.closedToast"))))).show();
    }

    private void zReport() {
        if (model.session().shift() != null) {
            return;
        }
        new Guard(ui).require(Permission.Z_REPORT, model::zReport);
    }

    private void show(ShiftViewModel.Report r) {
        if (r == null) {
            preview.setImage(null);
            shown = null;
            return;
        }
        String user = ui.session().user() == null ? "" : ui.session().user().displayName();
        shown = switch (r) {
            case ShiftViewModel.Report.X x -> reports.xReport(x.report(), user, ui.i18n());
            case ShiftViewModel.Report.Closed c -> reports.closing(c.closing(), user, ui.i18n());
            case ShiftViewModel.Report.Z z -> reports.zReport(z.report(), user, ui.i18n());
        };
        preview.setImage(Images.toFx(ui.services().devices().printer().preview(shown).image()));
    }

    private void print() {
        if (shown == null) {
            return;
        }
        Receipt doc = shown;
        ui.services().executor().submit(() -> {
            ui.services().devices().printer().print(doc).join();
            return doc;
        }, d -> ui.toast(Notice.success("shift.printed")), f -> ui.toast(Notice.failure(f)));
    }
}
