package cn.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void fullSpellingAndInitialsOfChineseNames() {
        Pinyin.Spelling cola = Pinyin.of("可口可乐");
        assertThat(cola.full()).isEqualTo("kekoukele");
        assertThat(cola.initials()).isEqualTo("kkkl");
    }

    @Test
    void digitsAndLatinLettersAreKeptLowerCased() {
        Pinyin.Spelling s = Pinyin.of("可乐 500ML");
        assertThat(s.full()).isEqualTo("kele500ml");
        assertThat(s.initials()).isEqualTo("kl500ml");
    }

    @Test
    void punctuationAndSpacesAreDropped() {
        Pinyin.Spelling s = Pinyin.of("康师傅·红烧牛肉面（袋）");
        assertThat(s.full()).isEqualTo("kangshifuhongshaoniuroumiandai");
        assertThat(s.initials()).isEqualTo("ksfhsnrmd");
    }

    @Test
    void nothingToSpell() {
        assertThat(Pinyin.of("")).isEqualTo(new Pinyin.Spelling("", ""));
        assertThat(Pinyin.of("—！")).isEqualTo(new Pinyin.Spelling("", ""));
    }

    /** Spelling remembers each character's reading; it must spell as pinyin4j does, every time. */
    @Property(tries = 300)
    void spellsAsPinyin4jDoesCharacterByCharacter(@ForAll("names") String name) throws Exception {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = c >= 0x3400 ? PinyinHelper.toHanyuPinyinStringArray(c, format) : null;
            if (readings != null && readings.length > 0) {
                full.append(readings[0]);
                initials.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                full.append(Character.toLowerCase(c));
                initials.append(Character.toLowerCase(c));
            }
        }

        assertThat(Pinyin.of(name)).isEqualTo(new Pinyin.Spelling(full.toString(), initials.toString()));
        assertThat(Pinyin.of(name)).isEqualTo(Pinyin.of(name));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withCharRange('\u4e00', '\u9fff')
                .withCharRange('\u3400', '\u4dbf')
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(' ', '·', '（', '）', '！', '—', '\uff10')
                .ofMaxLength(20);
    }
}
