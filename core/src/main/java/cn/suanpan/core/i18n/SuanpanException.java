package cn.suanpan.core.i18n;

import java.util.Locale;

/** A failure the cashier or the owner must be told about, in their language. */
public class SuanpanException extends RuntimeException {

    private final UserMessage userMessage;

    public SuanpanException(UserMessage userMessage) {
        this(userMessage, null);
    }

    public SuanpanException(UserMessage userMessage, Throwable cause) {
        super(userMessage.format(Locale.ENGLISH), cause);
        this.userMessage = userMessage;
    }

    public SuanpanException(String key, Object... args) {
        this(new UserMessage(key, args));
    }

    public UserMessage userMessage() {
        return userMessage;
    }

    public String getMessage(Locale locale) {
        return userMessage.format(locale);
    }
}
