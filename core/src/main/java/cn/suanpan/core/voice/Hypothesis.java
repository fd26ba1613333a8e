package cn.suanpan.core.voice;

/** One reading of an utterance from the recognizer's n best, with its probability among them (0 to 1). */
public record Hypothesis(String text, double probability) {
}
