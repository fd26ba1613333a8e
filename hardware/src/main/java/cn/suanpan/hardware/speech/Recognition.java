package cn.suanpan.hardware.speech;

import java.util.List;

/**
 * What the recognizer heard in one utterance.
 *
 * @param text         the words, lower case, {@code [unk]} for speech outside the grammar; empty when nothing was heard
 * @param confidence   0 to 1: the best reading's probability among the n best, or without
 *                     n best the least sure word's posterior; 0 when nothing was heard
 * @param words        each word of the recognizer's best reading with its time in the audio and its
 *                     confidence (without n best, or with them from a recognizer that checks words)
 * @param alternatives the n best readings, best first (when the recognizer was asked for them)
 * @param audioSeconds how much audio the recognizer took for this utterance
 */
public record Recognition(String text, double confidence, List<Word> words, List<Alternative> alternatives, double audioSeconds) {

    public Recognition {
        words = List.copyOf(words);
        alternatives = List.copyOf(alternatives);
    }

    public static Recognition nothing(double audioSeconds) {
        return new Recognition("", 0, List.of(), List.of(), audioSeconds);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** A recognised word: start and end in seconds from the start of the utterance's audio, conf 0 to 1. */
    public record Word(String word, double start, double end, double confidence) {
    }

    /**
     * One of the n best texts: the recognizer's score (higher is better) and, from the scores,
     * its probability among the n best.
     */
    public record Alternative(String text, double score, double probability) {
    }
}
