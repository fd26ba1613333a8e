package cn.suanpan.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import cn.suanpan.app.ui.settings.UiSettings;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * AtlantaFX light or dark, plus the terminal's own sizes and colours: an accent colour
 * (a style class on the root that redefines AtlantaFX's accent variables) and a base font
 * size that every other size in suanpan.css follows, since they are given in em.
 */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        String css = Theme.class.getResource("suanpan.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** Theme, accent and font size from the settings, on a scene whose root is {@code root}. */
    public static void apply(Scene scene, UiSettings settings) {
        apply(settings.dark());
        style(scene);
        decorate(scene.getRoot(), settings);
    }

    public static void decorate(Parent root, UiSettings settings) {
        root.getStyleClass().removeIf(c -> c.startsWith("accent-") || c.equals("theme-dark") || c.equals("theme-light"));
        root.getStyleClass().addAll("accent-" + settings.accent(), settings.dark() ? "theme-dark" : "theme-light");
        root.setStyle("-fx-font-size: " + settings.fontSize() + "px;");
    }
}
