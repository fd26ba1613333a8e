package cn.suanpan.core.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Full pinyin ("kekoukele") and initials ("kkkl") of a product name, so that cashiers can
 * find 可口可乐 by typing {@code kl}. Latin letters and digits are kept, lower-cased;
 * polyphonic characters take their first (most common) reading.
 */
public final class Pinyin {

    public record Spelling(String full, String initials) {
    }

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final char FIRST_HAN = 0x3400;
    /** No reading for this character (punctuation, symbols). */
    private static final String NONE = "";
    /**
     * The first reading of each character from {@code FIRST_HAN} on, filled as characters are
     * met: pinyin4j formats its readings anew on every call, which made spelling the names
     * the largest cost of importing a big catalog. Racing threads store equal strings.
     */
    private static final String[] FIRST_READING = new String[Character.MAX_VALUE + 1 - FIRST_HAN];

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    public static Spelling of(String text) {
        StringBuilder full = new StringBuilder(text.length() * 4);
        StringBuilder initials = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reading = firstReading(c);
            if (reading != null) {
                full.append(reading);
                initials.append(reading.charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                char lower = Character.toLowerCase(c);
                full.append(lower);
                initials.append(lower);
            }
        }
        return new Spelling(full.toString(), initials.toString());
    }

    private static String firstReading(char c) {
        if (c < FIRST_HAN) {
            return null;
        }
        String reading = FIRST_READING[c - FIRST_HAN];
        if (reading == null) {
            reading = spell(c);
            FIRST_READING[c - FIRST_HAN] = reading;
        }
        return reading.isEmpty() ? null : reading;
    }

    private static String spell(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 || readings[0].isEmpty() ? NONE : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
