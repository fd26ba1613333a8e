package cn.suanpan.app.ui.common;

import cn.suanpan.app.ui.i18n.I18n;
import javafx.scene.control.Label;

/** "Are you sure?" with Enter for yes and Esc for no. */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    public static ModalDialog open(ModalHost host, I18n i18n, String title, String question, String yes, Runnable onYes) {
        ModalDialog d = new ModalDialog(title).styleClass("confirm-dialog");
        Label q = new Label(question);
        q.setWrapText(true);
        q.getStyleClass().add("confirm-question");
        d.content(q);
        Runnable accept = () -> {
            d.close();
            onYes.run();
        };
        d.button(i18n.tr("dialog.no"), "Esc", d::close, false);
        d.button(yes, "Enter", accept, true);
        d.onEnter(accept);
        host.open(d);
        return d;
    }
}
