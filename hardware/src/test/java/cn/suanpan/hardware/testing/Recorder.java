package cn.suanpan.hardware.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects what a listener is given, from any thread, and waits for it. */
public final class Recorder<T> implements Consumer<T> {

    private final List<T> items = new ArrayList<>();

    @Override
    public synchronized void accept(T item) {
        items.add(item);
    }

    public synchronized List<T> items() {
        return List.copyOf(items);
    }

    public synchronized int count(Predicate<T> p) {
        return (int) items.stream().filter(p).count();
    }

    public void awaitSize(int n) {
        Await.until(() -> items().size() >= n, "wanted " + n + " items, have " + describe());
    }

    public void awaitAny(Predicate<T> p, String what) {
        Await.until(() -> count(p) > 0, "wanted " + what + ", have " + describe());
    }

    private String describe() {
        List<T> now = items();
        return now.size() > 20 ? now.size() + " items, last " + now.subList(now.size() - 20, now.size()) : now.toString();
    }
}
