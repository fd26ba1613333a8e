package cn.suanpan.hardware.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text the device code shows to people (receipt labels, printer and device status, speech
 * problems), as a key into the hardware bundle plus arguments. The hardware module depends
 * on nothing else of ours, so it carries its own bundle; the app renders these in the
 * cashier's language.
 */
public record HardwareMessage(String key, Object... args) {

    public static final String BUNDLE = "cn.suanpan.hardware.i18n.messages";

    public String format(Locale locale) {
        // the root bundle is English; never fall back to the machine's default locale
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
        return o instanceof HardwareMessage(String k, Object[] a) && key.equals(k) && Arrays.equals(args, a);
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
