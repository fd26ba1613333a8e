package cn.suanpan.app.ui.common;

/** Plays the counter's sounds; never blocks and never fails the caller. */
@FunctionalInterface
public interface Sounds {

    Sounds SILENT = sound -> { };

    void play(Sound sound);
}
