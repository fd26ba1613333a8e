package cn.suanpan.app.ui.common;

import java.util.List;

/** A refusal of the screens themselves, worded by a key of the terminal's bundle (core's refusals are SuanpanExceptions). */
public final class UiException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public UiException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
