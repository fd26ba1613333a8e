package cn.suanpan.app.ui.shift;

import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.Denomination;
import cn.suanpan.core.shift.DenominationCount;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The blind count at the end of a shift: how many of each note and coin are in the drawer.
 * What should be there is not shown; the difference comes after the count is committed.
 */
final class CloseShiftDialog {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final Map<Denomination, TextField> fields = new EnumMap<>(Denomination.class);
    private final Label total = new Label();

    CloseShiftDialog(UiContext ui, Consumer<DenominationCount> submit) {
        this.ui = ui;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("shift.close.title")).styleClass("close-shift-dialog");
        Label explain = new Label(i18n.tr("shift.close.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(640);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getStyleClass().add("denomination-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(i == 0 || i == 3 ? HPos.RIGHT : HPos.CENTER);
            grid.getColumnConstraints().add(c);
        }
        Denomination[] all = Denomination.values();
        int half = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            Denomination d = all[i];
            TextField count = new TextField("0");
            count.getStyleClass().add("denomination-count");
            count.setId("count-" + d.name());
            count.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,5}") ? change : null));
            count.textProperty().addListener((obs, a, b) -> update());
            count.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    javafx.application.Platform.runLater(count::selectAll);
                }
            });
            fields.put(d, count);
            Button minus = step("\u2212", count, -1);
            Button plus = step("+", count, 1);
            Label name = new Label(d.value().display());
            name.getStyleClass().add("denomination-name");
            HBox row = new HBox(6, name, minus, count, plus);
            row.setAlignment(Pos.CENTER_RIGHT);
            row.getStyleClass().add("denomination-row");
            int col = i < half ? 0 : 1;
            int r = i < half ? i : i - half;
            grid.add(row, col, r);
        }
        total.getStyleClass().add("pay-due");
        total.setId("counted-total");
        HBox totalRow = new HBox(12, new Label(i18n.tr("shift.close.counted")), total);
        totalRow.setAlignment(Pos.BASELINE_LEFT);
        dialog.content(explain, grid, totalRow).focus(fields.get(Denomination.YUAN_100));
        Runnable ok = () -> {
            dialog.close();
            submit.accept(count());
        };
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        dialog.button(i18n.tr("shift.close.confirm"), "Enter", ok, true);
        dialog.onEnter(ok);
        update();
    }

    void show() {
        ui.modals().open(dialog);
    }

    private Button step(String text, TextField count, int delta) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.getStyleClass().add("denomination-step");
        b.setOnAction(e -> {
            int n = parse(count.getText()) + delta;
            count.setText(Integer.toString(Math.max(0, n)));
        });
        return b;
    }

    private DenominationCount count() {
        DenominationCount c = DenominationCount.none();
        for (Map.Entry<Denomination, TextField> e : fields.entrySet()) {
            c = c.with(e.getKey(), parse(e.getValue().getText()));
        }
        return c;
    }

    private void update() {
        Money sum = count().total();
        total.setText(sum.display());
    }

    private static int parse(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text);
    }
}
