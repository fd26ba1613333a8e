package cn.suanpan.app.ui.receipt;

import cn.suanpan.app.ui.common.Images;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.ScreenFrame;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.payment.SaleFinisher;
import cn.suanpan.app.ui.session.Screen;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Past receipts: the latest sales of this terminal, any one found by its number (typed or
 * scanned from the paper), previewed exactly as printed and reprinted marked as a copy.
 */
public final class ReceiptsView implements Screen {

    private static final int RECENT = 100;

    private final UiContext ui;
    private final Runnable back;
    private final Region root;
    private final ListView<RecordedSale> list = new ListView<>();
    private final TextField number = new TextField();
    private final ImageView preview = new ImageView();
    private final Label message = new Label();
    private final SaleFinisher finisher;

    public ReceiptsView(UiContext ui, Runnable back) {
        this.ui = ui;
        this.back = back;
        this.finisher = new SaleFinisher(ui);
        I18n i18n = ui.i18n();

        number.setPromptText(i18n.tr("receipts.find"));
        number.setId("receipt-number");
        number.setOnAction(e -> find(number.getText()));
        list.setId("receipt-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecordedSale s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                setText(i18n.tr("receipts.entry", s.receiptNo(), i18n.dateTime(s.soldAt(), ui.services().store().zone()),
                        s.total().display(), s.cashierName()) + (s.training() ? "  " + i18n.tr("receipts.training") : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, a, s) -> show(s));
        list.setPlaceholder(new Label(i18n.tr("receipts.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        message.getStyleClass().add("dialog-message");
        VBox left = new VBox(10, number, list, message);
        left.setPrefWidth(620);

        preview.setPreserveRatio(true);
        preview.setFitWidth(400);
        preview.getStyleClass().add("receipt-image");
        preview.setId("receipt-preview");
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button reprint = new Button(i18n.tr("receipts.reprint") + "  F5");
        reprint.getStyleClass().addAll("screen-button", "accent");
        reprint.setFocusTraversable(false);
        reprint.setId("reprint");
        reprint.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reprint.setOnAction(e -> reprint());
        VBox right = new VBox(10, scroll, reprint);
        right.setAlignment(Pos.TOP_LEFT);
        right.setPrefWidth(440);

        HBox content = new HBox(24, left, right);
        content.setPadding(new Insets(16, 0, 0, 0));
        HBox.setHgrow(left, Priority.ALWAYS);
        root = ScreenFrame.of(i18n.tr("receipts.title"), i18n.tr("screen.backToSale"), back, content);
        load();
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void shown() {
        number.requestFocus();
    }

    @Override
    public void handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            back.run();
        } else if (e.getCode() == KeyCode.F5) {
            e.consume();
            reprint();
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            e.consume();
            int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && i < list.getItems().size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
        }
    }

    /** A receipt's barcode scanned from the paper finds it. */
    @Override
    public boolean scan(String code) {
        number.setText(code);
        find(code);
        return true;
    }

    private void load() {
        ui.services().executor().submit(() -> ui.services().sales().recent(RECENT), (List<RecordedSale> sales) -> {
            list.getItems().setAll(sales);
            if (!sales.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        }, f -> ui.toast(Notice.failure(f)));
    }

    private void find(String receiptNo) {
        String no = receiptNo.strip();
        if (no.isEmpty()) {
            return;
        }
        ui.services().executor().submit(() -> ui.services().sales().find(no), found -> {
            if (found.isEmpty()) {
                message.setText(ui.i18n().tr("receipts.notFound", no));
                ui.services().sounds().play(cn.suanpan.app.ui.common.Sound.ERROR);
                return;
            }
            message.setText("");
            RecordedSale s = found.get();
            int index = list.getItems().indexOf(s);
            if (index < 0) {
                list.getItems().addFirst(s);
                index = 0;
            }
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }, f -> ui.toast(Notice.failure(f)));
    }

    private void show(RecordedSale sale) {
        if (sale == null) {
            preview.setImage(null);
            return;
        }
        I18n i18n = ui.i18n();
        // reading the stored sale and drawing it both take a moment: the worker does it
        ui.services().executor().submit(() -> ui.services().devices().printer()
                        .preview(ui.services().sales().receipt(sale, i18n, false)).image(),
                image -> preview.setImage(Images.toFx(image)), f -> ui.toast(Notice.failure(f)));
    }

    private void reprint() {
        RecordedSale sale = list.getSelectionModel().getSelectedItem();
        if (sale == null) {
            return;
        }
        new Guard(ui).require(Permission.REPRINT, auth -> finisher.print(sale, true));
    }
}
