package cn.suanpan.hardware.speech;

/**
 * What a push-to-talk button, a level meter and a live transcript need while the
 * microphone listens. Called on the capture thread: hand over to the UI thread yourself.
 */
public interface SpeechListener {

    /** The words heard so far in this utterance (they may still change). */
    default void partial(String text) {
    }

    /** The loudness of the last 100 ms of audio, 0 (silence) to 1 (full scale). */
    default void level(double level) {
    }

    /** Hands-free mode heard its wake word and now listens for a command. */
    default void awake() {
    }

    SpeechListener NONE = new SpeechListener() {
    };
}
