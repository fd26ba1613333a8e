package cn.suanpan.app.ui.settings;

import cn.suanpan.app.ui.common.KeyboardWedge;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.Services;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen: every change takes effect at once (language, theme, scanner timing)
 * and is written to the terminal's settings file on the store worker.
 */
public final class SettingsViewModel {

    /** What changing a setting does to the running window. */
    public interface Effects {
        void language(Locale locale);

        void restyle();

        void scannerTiming(KeyboardWedge.Timing timing);

        void customerWindow(boolean open);

        void sounds(boolean on);
    }

    private final Services services;
    private final UiSettings settings;
    private final Effects effects;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StringProperty accent = new SimpleStringProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final IntegerProperty scannerGap = new SimpleIntegerProperty();
    private final IntegerProperty scannerMinLength = new SimpleIntegerProperty();
    private final StringProperty receiptHeader = new SimpleStringProperty();
    private final StringProperty receiptFooter = new SimpleStringProperty();
    private final BooleanProperty sounds = new SimpleBooleanProperty();
    private final BooleanProperty customerWindow = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private String savedHeader;
    private String savedFooter;

    public SettingsViewModel(Services services, Effects effects, String defaultFooter) {
        this.services = services;
        this.settings = services.settings();
        this.effects = effects;
        language.set(settings.locale());
        dark.set(settings.dark());
        accent.set(settings.accent());
        fontSize.set(settings.fontSize());
        scannerGap.set((int) settings.scannerTiming().maxGapMillis());
        scannerMinLength.set(settings.scannerTiming().minLength());
        // the terminal's own lines: the shop's central ones, when set, print over them (ADR 24)
        receiptHeader.set(settings.ownReceiptHeader());
        receiptFooter.set(settings.ownReceiptFooter() == null ? defaultFooter : settings.ownReceiptFooter());
        savedHeader = receiptHeader.get();
        savedFooter = receiptFooter.get();
        sounds.set(settings.sounds());
        customerWindow.set(settings.customerWindow());

        language.addListener((obs, a, l) -> change(s -> s.setLocale(l), () -> effects.language(l)));
        dark.addListener((obs, a, d) -> change(s -> s.setDark(d), effects::restyle));
        accent.addListener((obs, a, c) -> change(s -> s.setAccent(c), effects::restyle));
        fontSize.addListener((obs, a, f) -> change(s -> s.setFontSize(f.intValue()), effects::restyle));
        scannerGap.addListener((obs, a, g) -> timing());
        scannerMinLength.addListener((obs, a, g) -> timing());
        sounds.addListener((obs, a, on) -> change(s -> s.setSounds(on), () -> effects.sounds(on)));
        customerWindow.addListener((obs, a, on) -> change(s -> s.setCustomerWindow(on), () -> effects.customerWindow(on)));
    }

    /**
     * Receipt texts are saved when the cashier leaves the field, not on every key, and only
     * when changed: an untouched footer stays the default, which follows the receipt's language.
     */
    public void saveReceiptTexts() {
        if (receiptHeader.get().equals(savedHeader) && receiptFooter.get().equals(savedFooter)) {
            return;
        }
        savedHeader = receiptHeader.get();
        savedFooter = receiptFooter.get();
        change(s -> {
            s.setReceiptHeader(receiptHeader.get());
            s.setReceiptFooter(receiptFooter.get());
        }, () -> { });
    }

    private void timing() {
        KeyboardWedge.Timing t = new KeyboardWedge.Timing(Math.max(1, scannerGap.get()), Math.max(1, scannerMinLength.get()));
        change(s -> s.setScannerTiming(t), () -> effects.scannerTiming(t));
    }

    private void change(Consumer<UiSettings> edit, Runnable effect) {
        edit.accept(settings);
        effect.run();
        services.executor().submit(() -> {
            settings.save();
            return true;
        }, ok -> notice.set(Notice.success("settings.saved")), f -> notice.set(Notice.failure(f)));
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public StringProperty accentProperty() {
        return accent;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public IntegerProperty scannerGapProperty() {
        return scannerGap;
    }

    public IntegerProperty scannerMinLengthProperty() {
        return scannerMinLength;
    }

    /**
     * The heading the shop set in the cloud, which receipts print instead of this terminal's
     * own (ADR 24); empty when the shop set none.
     */
    public java.util.Optional<String> shopReceiptHeader() {
        String central = settings.shopSettings().receiptHeader();
        return central == null || central.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(central);
    }

    /** The closing lines the shop set in the cloud, printed instead of this terminal's own; empty when the shop set none. */
    public java.util.Optional<String> shopReceiptFooter() {
        return java.util.Optional.ofNullable(settings.shopSettings().receiptFooter());
    }

    public StringProperty receiptHeaderProperty() {
        return receiptHeader;
    }

    public StringProperty receiptFooterProperty() {
        return receiptFooter;
    }

    public BooleanProperty soundsProperty() {
        return sounds;
    }

    public BooleanProperty customerWindowProperty() {
        return customerWindow;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
