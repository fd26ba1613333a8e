package cn.suanpan.core.voice;

/** A word of a spoken command, once the parser knows what kind of word it is. */
sealed interface Token {

    String text();

    /** A command word ("add", "pay", 现金) or a word the grammar does not know. */
    record Word(String text) implements Token {
    }

    record Number(int value, String text) implements Token {
    }

    /** bottle, cans, 瓶, 个: spoken between a number and a product, not needed for the intent. */
    record Unit(String text) implements Token {
    }

    /** A phrase naming one product (possibly several words). */
    record Product(String sku, String text) implements Token {
    }
}
