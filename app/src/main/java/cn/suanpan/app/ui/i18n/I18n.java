package cn.suanpan.app.ui.i18n;

import cn.suanpan.app.ui.common.UiException;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.hardware.speech.SpeechException;
import cn.suanpan.hardware.serial.DeviceException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The terminal's strings in the cashier's language (zh_CN or en). */
public final class I18n {

    public static final String BUNDLE = "cn.suanpan.app.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        // the root bundle is English; never fall back to the machine's default locale
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String tr(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String tr(UserMessage message) {
        return message.format(locale);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** A failure as the cashier should read it. */
    public String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SuanpanException s) {
                return s.getMessage(locale);
            }
            if (c instanceof UiException u) {
                return tr(u.key(), u.args().toArray());
            }
            if (c instanceof SpeechException s) {
                return s.getMessage(locale);
            }
            if (c instanceof DeviceException d) {
                return d.userMessage().format(locale);
            }
        }
        return tr("error.unexpected", t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }
}
