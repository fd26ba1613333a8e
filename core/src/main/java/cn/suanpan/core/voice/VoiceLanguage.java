package cn.suanpan.core.voice;

import java.util.Locale;

/** The language a speech model listens in; it decides the command words of the grammar. */
public enum VoiceLanguage {
    ENGLISH("en"), CHINESE("zh");

    private final String tag;

    VoiceLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** {@code en}, {@code en-US}, {@code zh}, {@code zh_CN}...; anything else is English. */
    public static VoiceLanguage of(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    CommandLanguage commands() {
        return switch (this) {
            case ENGLISH -> EnglishCommands.INSTANCE;
            case CHINESE -> ChineseCommands.INSTANCE;
        };
    }
}
