package cn.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

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
}
