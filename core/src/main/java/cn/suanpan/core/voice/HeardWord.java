package cn.suanpan.core.voice;

/**
 * A word of the recognizer's own best reading of an utterance, with how sure it is of that
 * word (0 to 1, its posterior in the recognizer's lattice). Used to check the words that
 * carry a product or a number before acting on them.
 */
public record HeardWord(String word, double confidence) {
}
