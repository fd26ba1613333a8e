package cn.suanpan.hardware.display;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the customer sees at each step of a sale, laid out for 2×20 characters. Labels come
 * from the devices bundle; its Chinese labels are pinyin, since the display shows ASCII only.
 */
public final class DisplayScreens {

    private static final int W = DisplayLines.WIDTH;

    private final Locale locale;
    private final UnaryOperator<String> transliterator;

    /**
     * @param transliterator applied to item names before they are made ASCII, e.g. Chinese to
     *                       pinyin; {@link UnaryOperator#identity()} strips what is not ASCII
     */
    public DisplayScreens(Locale locale, UnaryOperator<String> transliterator) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
    }

    public DisplayScreens(Locale locale) {
        this(locale, UnaryOperator.identity());
    }

    /** Between customers. */
    public DisplayLines greeting() {
        return new DisplayLines(DisplayText.center(label("display.greeting.line1"), W),
                DisplayText.center(label("display.greeting.line2"), W));
    }

    /** Just scanned: the item's name, and its price on the right of the second line. */
    public DisplayLines item(String name, long priceFen) {
        String shown = DisplayText.toAscii(transliterator.apply(name == null ? "" : name));
        if (shown.isEmpty()) {
            shown = label("display.item");
        }
        return new DisplayLines(shown, DisplayText.spread(label("display.price"), DisplayText.yuan(priceFen), W));
    }

    /** Amount due. */
    public DisplayLines total(long totalFen) {
        return new DisplayLines(DisplayText.spread(label("display.total"), DisplayText.yuan(totalFen), W), "");
    }

    /** Paid: the total, and the change to hand back. */
    public DisplayLines payment(long totalFen, long changeFen) {
        return new DisplayLines(DisplayText.spread(label("display.total"), DisplayText.yuan(totalFen), W),
                DisplayText.spread(label("display.change"), DisplayText.yuan(changeFen), W));
    }

    private String label(String key) {
        return DisplayText.toAscii(new HardwareMessage(key).format(locale));
    }
}
