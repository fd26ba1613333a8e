package cn.suanpan.app.testing;

import javafx.scene.control.ButtonBase;
import org.testfx.api.FxRobot;

/**
 * A tap on a button, delivered as the button's own action rather than by moving the mouse
 * there: a real mouse trip costs a second or more per click on a busy machine, and the
 * mouse path itself is exercised by a few tests that click for real.
 */
public final class Touch {

    private Touch() {
    }

    public static void tap(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        if (b.isDisabled()) {
            throw new AssertionError(query + " is disabled");
        }
        robot.interact(b::fire);
    }

    /** Taps the button whose text (or the text of a label inside it) is {@code text}. */
    public static void tapText(FxRobot robot, String text) {
        ButtonBase b = robot.lookup((javafx.scene.Node n) -> n instanceof ButtonBase bb && (text.equals(bb.getText())
                || bb.getGraphic() != null && bb.getGraphic().lookupAll(".label").stream()
                .anyMatch(l -> text.equals(((javafx.scene.control.Label) l).getText())))).queryAs(ButtonBase.class);
        robot.interact(b::fire);
    }
}
