package cn.suanpan.app.testing;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a label really shows on screen: its skin draws the text through a child Text node,
 * which holds the ellipsised string ("Suanpan Conv…") when the label is too narrow, while
 * {@link Labeled#getText()} keeps the full one. Call on the JavaFX thread, after layout.
 */
public final class Displayed {

    private Displayed() {
    }

    public static String text(Labeled label) {
        label.applyCss();
        for (Node n : label.getChildrenUnmodifiable()) {
            // the skin's LabeledText carries the style class "text"; an icon graphic is a Text too, but not that
            if (n instanceof Text t && t.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        // no skin or no text child: the label shows nothing
        return "";
    }

    /** Whether the label shows its whole text (not cut short with an ellipsis, not hidden). */
    public static boolean whole(Labeled label) {
        return label.isVisible() && text(label).equals(label.getText());
    }
}
