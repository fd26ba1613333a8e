package cn.suanpan.bench.startup;

import javafx.application.Application;

/**
 * The yardstick for the terminal's start-up: the least a themed JavaFX window with a
 * table costs on this machine. Prints {@code READY <ms>} like the terminal does.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindowApp.class, args);
    }
}
