package cn.suanpan.hardware.speech;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.Locale;

/** Voice input cannot work; the message says why in the cashier's language. The rest of the terminal carries on. */
public class SpeechException extends RuntimeException {

    private final HardwareMessage speechMessage;

    public SpeechException(HardwareMessage message, Throwable cause) {
        super(message.format(Locale.ENGLISH), cause);
        this.speechMessage = message;
    }

    public SpeechException(String key, Object... args) {
        this(new HardwareMessage(key, args), null);
    }

    public HardwareMessage speechMessage() {
        return speechMessage;
    }

    public String getMessage(Locale locale) {
        return speechMessage.format(locale);
    }
}
