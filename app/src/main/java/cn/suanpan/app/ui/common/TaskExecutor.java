package cn.suanpan.app.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs store and device work off the JavaFX thread and hands the result back on it. View
 * models take one, so tests can give them {@link #direct()} and stay single-threaded and
 * deterministic, while the terminal uses a {@link BackgroundTaskExecutor}.
 *
 * <p>Tasks run one after another in the order they were submitted, and their callbacks in
 * the same order: a scan that was submitted before the pay key is in the cart before the
 * payment dialog asks for the total.
 */
public interface TaskExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailure);

    /** Everything at once on the caller's thread: for tests and for headless view-model use. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
