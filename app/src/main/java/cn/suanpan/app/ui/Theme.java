package cn.suanpan.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX light or dark, plus the terminal's own sizes and colours. */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("suanpan.css").toExternalForm());
    }
}
