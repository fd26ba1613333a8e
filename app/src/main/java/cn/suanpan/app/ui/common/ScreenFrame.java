package cn.suanpan.app.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** A screen beside the sale: its title, a way back (Esc), and the content. */
public final class ScreenFrame {

    private ScreenFrame() {
    }

    public static BorderPane of(String title, String backText, Runnable back, Node content) {
        Button backButton = new Button(backText + "  Esc", new FontIcon(MaterialDesignA.ARROW_LEFT));
        backButton.getStyleClass().add("screen-back");
        backButton.setFocusTraversable(false);
        backButton.setId("screen-back");
        backButton.setOnAction(e -> back.run());
        Label t = new Label(title);
        t.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, backButton, t, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        BorderPane pane = new BorderPane(content);
        pane.setTop(header);
        pane.getStyleClass().add("screen");
        return pane;
    }
}
