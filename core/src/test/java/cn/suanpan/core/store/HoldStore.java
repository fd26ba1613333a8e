package cn.suanpan.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Stands for a second terminal process: opens the store in {@code args[0]}, says so on
 * stdout and keeps it open until its stdin is closed.
 */
public final class HoldStore {

    static final String OPEN = "HoldStore: open";

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (LocalStore store = LocalStore.open(Path.of(args[0]))) {
            System.out.println(OPEN);
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
    }
}
