package cn.suanpan.hardware.serial;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something about a device to tell the cashier, as a key into the devices bundle plus
 * arguments, shown in the cashier's language by whoever displays it.
 */
public record DeviceMessage(String key, Object... args) {

    public static final String BUNDLE = "cn.suanpan.hardware.i18n.devices";

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
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
