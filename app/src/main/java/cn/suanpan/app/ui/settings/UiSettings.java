package cn.suanpan.app.ui.settings;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.common.KeyboardWedge;
import cn.suanpan.core.setup.ShopSettings;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The settings the screens read and the settings screen writes, typed and with defaults,
 * on top of the terminal's one settings file.
 */
public final class UiSettings {

    public static final String ACCENT = "ui.accent";
    public static final String FONT_SIZE = "ui.fontSize";
    public static final String SCANNER_GAP = "scanner.maxGapMillis";
    public static final String SCANNER_MIN_LENGTH = "scanner.minLength";
    public static final String RECEIPT_HEADER = "receipt.header";
    public static final String RECEIPT_FOOTER = "receipt.footer";
    public static final String CUSTOMER_WINDOW = "display.customerWindow";
    public static final String SOUNDS = "ui.sounds";

    /** Accent colours offered on the settings screen; the CSS has a class for each. */
    public static final List<String> ACCENTS = List.of("blue", "green", "orange", "purple", "red");
    public static final int MIN_FONT = 12;
    public static final int MAX_FONT = 22;
    public static final int DEFAULT_FONT = 15;

    private final Settings settings;
    private final Supplier<ShopSettings> shop;

    public UiSettings(Settings settings) {
        this(settings, () -> ShopSettings.NONE);
    }

    /**
     * @param shop what the shop set centrally and the terminal pulled (read from the store
     *             when a receipt is made); it wins over this terminal's own receipt settings
     */
    public UiSettings(Settings settings, Supplier<ShopSettings> shop) {
        this.settings = settings;
        this.shop = shop;
    }

    public Locale locale() {
        String lang = settings.get(Settings.LANGUAGE);
        return lang == null || lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public void setLocale(Locale locale) {
        settings.set(Settings.LANGUAGE, "zh".equals(locale.getLanguage()) ? "zh_CN" : "en");
    }

    public boolean dark() {
        return "dark".equalsIgnoreCase(settings.get(Settings.THEME));
    }

    public void setDark(boolean dark) {
        settings.set(Settings.THEME, dark ? "dark" : "light");
    }

    public String accent() {
        String a = settings.get(ACCENT);
        return a != null && ACCENTS.contains(a) ? a : ACCENTS.getFirst();
    }

    public void setAccent(String accent) {
        if (!ACCENTS.contains(accent)) {
            throw new IllegalArgumentException("unknown accent " + accent);
        }
        settings.set(ACCENT, accent);
    }

    public int fontSize() {
        return Math.clamp(intValue(FONT_SIZE, DEFAULT_FONT), MIN_FONT, MAX_FONT);
    }

    public void setFontSize(int size) {
        settings.set(FONT_SIZE, Integer.toString(Math.clamp(size, MIN_FONT, MAX_FONT)));
    }

    public KeyboardWedge.Timing scannerTiming() {
        KeyboardWedge.Timing d = KeyboardWedge.Timing.DEFAULT;
        return new KeyboardWedge.Timing(Math.max(1, intValue(SCANNER_GAP, (int) d.maxGapMillis())),
                Math.max(1, intValue(SCANNER_MIN_LENGTH, d.minLength())));
    }

    public void setScannerTiming(KeyboardWedge.Timing timing) {
        settings.set(SCANNER_GAP, Long.toString(timing.maxGapMillis()));
        settings.set(SCANNER_MIN_LENGTH, Integer.toString(timing.minLength()));
    }

    /**
     * The shop's name as printed at the top of receipts (say, with the branch); empty for the
     * store name. The shop's central header, when it set one, before this terminal's own.
     */
    public String receiptHeader() {
        String central = shop.get().receiptHeader();
        if (central != null && !central.isBlank()) {
            return central;
        }
        return ownReceiptHeader();
    }

    /** The receipt lines the shop set for every counter, as last pulled from the cloud ({@link ShopSettings#NONE} when none). */
    public ShopSettings shopSettings() {
        return shop.get();
    }

    /** This terminal's own header, as the settings screen edits it. */
    public String ownReceiptHeader() {
        String v = settings.get(RECEIPT_HEADER);
        return v == null ? "" : v;
    }

    public void setReceiptHeader(String text) {
        settings.set(RECEIPT_HEADER, text == null ? "" : text.strip());
    }

    /**
     * The receipt's closing lines; null means the default thank-you in the receipt's
     * language. The shop's central footer, when it set one, before this terminal's own.
     */
    public String receiptFooter() {
        String central = shop.get().receiptFooter();
        return central != null ? central : ownReceiptFooter();
    }

    /** This terminal's own footer, as the settings screen edits it. */
    public String ownReceiptFooter() {
        return settings.get(RECEIPT_FOOTER);
    }

    public void setReceiptFooter(String text) {
        settings.set(RECEIPT_FOOTER, text == null ? "" : text.strip());
    }

    public boolean customerWindow() {
        return Boolean.parseBoolean(settings.get(CUSTOMER_WINDOW));
    }

    public void setCustomerWindow(boolean on) {
        settings.set(CUSTOMER_WINDOW, Boolean.toString(on));
    }

    public boolean sounds() {
        String v = settings.get(SOUNDS);
        return v == null || Boolean.parseBoolean(v);
    }

    public void setSounds(boolean on) {
        settings.set(SOUNDS, Boolean.toString(on));
    }

    public void save() {
        settings.save();
    }

    private int intValue(String key, int fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
