package cn.suanpan.app.ui.common;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * Tells when a window has been drawn: a pulse's animation timers run before its scene
 * is rendered, so the second pulse after showing begins once the first frame is on screen.
 */
public final class ReadySignal {

    private ReadySignal() {
    }

    public static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    public static long millisSinceJvmStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }
}
