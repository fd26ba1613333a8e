package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedLine;
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

    @Override
    protected void updateItem(PricedLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().remove("voided");
        if (empty || line == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        I18n t = i18n.get();
        GridPane g = grid();
        g.getStyleClass().add("cart-line");
        // as wide as the list, never wider: the name wraps instead of a horizontal scroll bar
        g.setMinWidth(0);
        g.setPrefWidth(1);
        boolean weighed = line.line().quantity() instanceof Quantity.Weight;
        g.add(label(Integer.toString(line.line().lineNo()), "line-no"), 0, 0);
        Label name = label(line.line().product().displayName(t.locale()), "line-name");
        name.setWrapText(true);
        g.add(name, 1, 0);
        g.add(label(line.line().quantity().display() + (weighed ? " kg" : ""), "line-qty"), 2, 0);
        g.add(label(line.unitPrice().plain() + (line.line().product().weighed() && !line.line().hasLabel() ? "/kg" : ""),
                "line-price"), 3, 0);
        g.add(label(line.listAmount().plain(), "line-amount"), 4, 0);
        int row = 1;
        if (line.line().hasLabel()) {
            g.add(label(t.tr("cart.scaleLabel"), "line-note"), 1, row++);
        }
        for (Adjustment a : line.adjustments()) {
            if (a.amount().isZero()) {
                continue;
            }
            g.add(label(a.label(t.locale()), "line-adjustment"), 1, row);
            g.add(label(a.amount().negate().plain(), "line-adjustment-amount"), 4, row);
            row++;
        }
        if (line.voided()) {
            g.add(label(t.tr("cart.voided"), "line-note"), 1, row);
            getStyleClass().add("voided");
        }
        setText(null);
        setGraphic(g);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
