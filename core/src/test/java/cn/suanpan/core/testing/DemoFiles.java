package cn.suanpan.core.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo catalog in the project's assets folder. Maven runs tests with the module as
 * working directory, so the path is relative to {@code core/}.
 */
public final class DemoFiles {

    public static final Path DIR = Path.of("..", "assets", "demo");
    public static final Path CATALOG = DIR.resolve("catalog.csv");
    public static final Path CATEGORIES = DIR.resolve("categories.csv");

    /** Rows in the demo catalog, without its header. */
    public static final int PRODUCTS = 202;

    private DemoFiles() {
    }

    public static Reader catalog() {
        return open(CATALOG);
    }

    public static Reader categories() {
        return open(CATEGORIES);
    }

    private static Reader open(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
