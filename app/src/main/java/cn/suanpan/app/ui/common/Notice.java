package cn.suanpan.app.ui.common;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import java.util.List;

/**
 * Something to tell the cashier, kept as a bundle key and arguments (or the failure itself)
 * rather than a finished string, so that view models need no language and a language
 * switch shows the next notice in the new one.
 */
public record Notice(Level level, String key, List<Object> args, Throwable failure) {

    public enum Level {
        INFO, SUCCESS, WARNING, ERROR
    }

    public static final Notice NONE = new Notice(Level.INFO, null, List.of(), null);

    public Notice {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Notice info(String key, Object... args) {
        return new Notice(Level.INFO, key, List.of(args), null);
    }

    public static Notice success(String key, Object... args) {
        return new Notice(Level.SUCCESS, key, List.of(args), null);
    }

    public static Notice warning(String key, Object... args) {
        return new Notice(Level.WARNING, key, List.of(args), null);
    }

    public static Notice error(String key, Object... args) {
        return new Notice(Level.ERROR, key, List.of(args), null);
    }

    /** A core message (a warning that did not stop anything) as the cashier should read it. */
    public static Notice warning(UserMessage message) {
        return new Notice(Level.WARNING, null, List.of(), new SuanpanException(message));
    }

    /** A failure as the cashier should read it: the reason of a {@code SuanpanException}, or a plain "something went wrong". */
    public static Notice failure(Throwable failure) {
        return new Notice(Level.ERROR, null, List.of(), failure);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    public boolean isEmpty() {
        return key == null && failure == null;
    }

    public String text(I18n i18n) {
        if (failure != null) {
            return i18n.describe(failure);
        }
        return key == null ? "" : i18n.tr(key, args.toArray());
    }
}
