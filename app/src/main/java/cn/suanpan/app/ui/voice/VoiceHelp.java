package cn.suanpan.app.ui.voice;

import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import javafx.scene.control.Label;

/** "help": what can be said, in the language of the screen. */
final class VoiceHelp {

    private VoiceHelp() {
    }

    static void show(UiContext ui) {
        I18n i18n = ui.i18n();
        ModalDialog d = new ModalDialog(i18n.tr("voice.help.title")).styleClass("voice-help");
        Label text = new Label(i18n.tr("voice.help.text"));
        text.setWrapText(true);
        text.setId("voice-help-text");
        d.content(text);
        d.button(i18n.tr("voice.help.close"), "Enter", d::close, true);
        d.onEnter(d::close);
        ui.modals().open(d);
    }
}
