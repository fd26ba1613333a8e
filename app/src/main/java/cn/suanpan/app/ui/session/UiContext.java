package cn.suanpan.app.ui.session;

import cn.suanpan.app.ui.common.ModalHost;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;

/** What every screen and dialog needs from the window around it. */
public interface UiContext {

    Services services();

    Session session();

    /** The current language; it can change while the window is open. */
    I18n i18n();

    ModalHost modals();

    /** A toast, and for an error the error sound. */
    void toast(Notice notice);

    /** Something new waits for the sync client: the status bar counts it. */
    void refreshPendingSync();
}
