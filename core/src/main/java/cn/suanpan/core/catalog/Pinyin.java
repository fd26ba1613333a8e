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

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    public static Spelling of(String text) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String[] readings = readings(c);
            if (readings != null && readings.length > 0) {
                full.append(readings[0]);
                initials.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                char lower = Character.toLowerCase(c);
                full.append(lower);
                initials.append(lower);
            }
        }
        return new Spelling(full.toString(), initials.toString());
    }

    private static String[] readings(char c) {
        if (c < 0x3400) {
            return null;
        }
        try {
            return PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
