package cn.suanpan.app.voice;

import cn.suanpan.app.config.Settings;

/** The voice settings the sale screen and the settings screen share, on top of the terminal's settings file. */
public final class VoiceSettings {

    /** {@code true}: the microphone stays open and a command starts with the wake word; otherwise push-to-talk only. */
    public static final String HANDS_FREE = "voice.handsFree";

    private VoiceSettings() {
    }

    public static boolean handsFree(Settings settings) {
        return Boolean.parseBoolean(settings.get(HANDS_FREE));
    }
}
