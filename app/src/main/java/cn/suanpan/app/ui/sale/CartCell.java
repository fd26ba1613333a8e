package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * One cart line: number, name, quantity (three decimals for weighed goods), unit price and
 * amount, and under it each promotion and discount with what it took off. A voided line
 * stays, struck through.
 */
final class CartCell extends ListCell<PricedLine> {

    static final double[] WIDTHS = {34, -1, 84, 88, 96};

    private final Supplier<I18n> i18n;

    CartCell(Supplier<I18n> i18n) {
        this.i18n = i18n;
        getStyleClass().add("cart-cell");
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        for (double w : WIDTHS) {
            ColumnConstraints c = new ColumnConstraints();
            if (w < 0) {
                c.setHgrow(Priority.ALWAYS);
                c.setMinWidth(120);
            } else {
                c.setPrefWidth(w);
                c.setMinWidth(w);
                c.setHalignment(HPos.RIGHT);
            }
            g.getColumnConstraints().add(c);
        }
        return g;
    }

    // The nodes of a row are made once per cell and only their texts change: a scan
    // updates every visible row, and building fresh labels (and styling them) for each row
    // on every scan is what made a long cart slow to show the new line.
    private GridPane row;
    private Label lineNo;
    private Label name;
    private Label quantity;
    private Label price;
    private Label amount;
    private final List<Label> extras = new ArrayList<>();
    private List<Extra> shownExtras = List.of();

    /** A line under the item: a note (scale label, voided) or an adjustment with its amount. */
    private record Extra(String text, String style, String amount) {
    }

    @Override
    protected void updateItem(PricedLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().remove("voided");
        if (empty || line == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (row == null) {
            buildRow();
        }
        I18n t = i18n.get();
        boolean weighed = line.line().quantity() instanceof Quantity.Weight;
        lineNo.setText(Integer.toString(line.line().lineNo()));
        name.setText(line.line().product().displayName(t.locale()));
        quantity.setText(line.line().quantity().display() + (weighed ? " kg" : ""));
        price.setText(line.unitPrice().plain() + (line.line().product().weighed() && !line.line().hasLabel() ? "/kg" : ""));
        amount.setText(line.listAmount().plain());
        List<Extra> wanted = new ArrayList<>();
        if (line.line().hasLabel()) {
            wanted.add(new Extra(t.tr("cart.scaleLabel"), "line-note", null));
        }
        for (Adjustment a : line.adjustments()) {
            if (!a.amount().isZero()) {
                wanted.add(new Extra(a.label(t.locale()), "line-adjustment", a.amount().negate().plain()));
            }
        }
        if (line.voided()) {
            wanted.add(new Extra(t.tr("cart.voided"), "line-note", null));
            getStyleClass().add("voided");
        }
        if (!wanted.equals(shownExtras)) {
            showExtras(wanted);
        }
        setText(null);
        if (getGraphic() != row) {
            setGraphic(row);
        }
    }

    private void buildRow() {
        row = grid();
        row.getStyleClass().add("cart-line");
        // as wide as the list, never wider: the name wraps instead of a horizontal scroll bar
        row.setMinWidth(0);
        row.setPrefWidth(1);
        lineNo = label("", "line-no");
        name = label("", "line-name");
        name.setWrapText(true);
        quantity = label("", "line-qty");
        price = label("", "line-price");
        amount = label("", "line-amount");
        row.add(lineNo, 0, 0);
        row.add(name, 1, 0);
        row.add(quantity, 2, 0);
        row.add(price, 3, 0);
        row.add(amount, 4, 0);
    }

    private void showExtras(List<Extra> wanted) {
        row.getChildren().removeAll(extras);
        extras.clear();
        int r = 1;
        for (Extra e : wanted) {
            Label text = label(e.text(), e.style());
            row.add(text, 1, r);
            extras.add(text);
            if (e.amount() != null) {
                Label money = label(e.amount(), "line-adjustment-amount");
                row.add(money, 4, r);
                extras.add(money);
            }
            r++;
        }
        shownExtras = List.copyOf(wanted);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
