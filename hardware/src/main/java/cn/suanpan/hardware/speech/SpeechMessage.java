package cn.suanpan.hardware.speech;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A speech problem to tell the cashier or the owner (no model, no microphone, a file that is
 * not audio), as a key into the hardware bundle plus arguments.
 */
public record SpeechMessage(String key, Object... args) {

    public static final String BUNDLE = "cn.suanpan.hardware.i18n.messages";

    public String format(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeechMessage(String k, Object[] a) && key.equals(k) && Arrays.equals(args, a);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
