package cn.suanpan.core.voice;

/**
 * What the terminal takes an utterance to mean: the reading it went by, the intent, and how
 * sure it is of that intent (the probability of all readings that mean it).
 */
public record Understanding(String text, Intent intent, double confidence) {

    public String json() {
        return IntentJson.write(text, intent, confidence);
    }
}
