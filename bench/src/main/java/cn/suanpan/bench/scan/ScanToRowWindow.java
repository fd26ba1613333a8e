package cn.suanpan.bench.scan;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.catalog.IndexedCatalog;
import cn.suanpan.app.ui.common.BackgroundTaskExecutor;
import cn.suanpan.app.ui.common.Sounds;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.bench.catalog.CatalogGenerator;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.users.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Scan-to-display latency of the real cashier window on a catalog of generated products
 * (default a million) in the same index class the terminal uses: a keyboard-wedge burst of a
 * barcode is delivered to the window like the toolkit delivers keys, and the time runs from
 * the Enter that ends it until the layout pulse that lays out the new cart row (the frame is
 * drawn from that pulse). Lookup, pricing, the cart list and the pole display all take part;
 * the scans are of random products, the cart is cleared every 25 lines (not timed).
 *
 * <p>Started through {@link ScanToRow}: the launcher refuses a main class that is a JavaFX
 * application when JavaFX is on the class path rather than the module path.
 */
public final class ScanToRowWindow extends Application {

    private static int products = 1_000_000;
    private static int scans = 2_000;
    private static int warmUp = 300;

    private Shell shell;
    private IndexedCatalog catalog;
    private final SplittableRandom random = new SplittableRandom(7);
    private long[] times;
    /** From the Enter until the window has handled it: lookup, cart, pricing, bindings (no layout, no drawing). */
    private long[] handled;
    private int done;
    private long enterAt;
    private long sumLookupNanos;

    static void run(String[] args) {
        if (args.length > 0) {
            products = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            scans = Integer.parseInt(args[1]);
        }
        if (args.length > 2) {
            warmUp = Integer.parseInt(args[2]);
        }
        launch(ScanToRowWindow.class);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("suanpan-scan-bench");
        DataDirectory data = new DataDirectory(dir);
        TerminalContext terminal = TerminalContext.open(data, Settings.load(data.settingsFile()), Clock.systemUTC());
        CatalogGenerator generator = new CatalogGenerator(42);
        List<Category> categories = terminal.catalog().categories();
        long t0 = System.nanoTime();
        catalog = IndexedCatalog.load(new IndexedCatalog.Source() {
            @Override
            public void forEach(Consumer<Product> sink) {
                generator.forEach(products, sink);
            }

            @Override
            public int count() {
                return products;
            }

            @Override
            public List<Category> categories() {
                return categories;
            }
        }, ScaleLabelDecoder.defaults());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("Index of %,d products built in %d ms; heap in use %d MiB%n", catalog.size(),
                (System.nanoTime() - t0) / 1_000_000, (rt.totalMemory() - rt.freeMemory()) >> 20);

        BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        Services services = Services.create(terminal, executor, Platform::runLater, Devices.simulated(), Sounds.SILENT)
                .withCatalog(catalog);
        shell = new Shell(services, new Session(), Locale.SIMPLIFIED_CHINESE, 1280, 800, executor.busyProperty());
        stage.setScene(shell.scene());
        stage.show();
        shell.start();
        User user = services.users().login(DemoStore.ADMIN, DemoStore.ADMIN_PIN);
        shell.session().userProperty().set(user);
        shell.session().shiftProperty().set(services.shifts().current()
                .orElseGet(() -> services.shifts().open(user, Money.ofYuan(200))));
        shell.showSale();
        times = new long[scans];
        handled = new long[scans];
        done = -warmUp;
        Platform.runLater(this::next);
    }

    /** One scan: the burst, then Enter, then wait for the pulse that lays out the row. */
    private void next() {
        Scene scene = shell.scene();
        if (shell.saleModel().lines().size() >= 25) {
            shell.saleModel().cancelSale();
        }
        String code = randomBarcode();
        for (char c : code.toCharArray()) {
            character(scene, c);
        }
        int before = shell.saleModel().lines().size();
        enterAt = System.nanoTime();
        key(scene, KeyCode.ENTER);
        long handledIn = System.nanoTime() - enterAt;
        if (shell.saleModel().lines().size() != before + 1) {
            throw new IllegalStateException("the scan of " + code + " added no line: " + shell.saleModel().noticeProperty().get());
        }
        PricedLine added = shell.saleModel().lines().getLast();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!rowLaidOut(scene, added)) {
                Platform.requestNextPulse();
                return;
            }
            long took = System.nanoTime() - enterAt;
            scene.removePostLayoutPulseListener(listener[0]);
            if (done >= 0) {
                times[done] = took;
                handled[done] = handledIn;
                long l0 = System.nanoTime();
                catalog.scan(code);
                sumLookupNanos += System.nanoTime() - l0;
            }
            done++;
            if (done == scans) {
                report();
                Platform.exit();
                return;
            }
            Platform.runLater(this::next);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static boolean rowLaidOut(Scene scene, PricedLine line) {
        for (Node n : scene.getRoot().lookupAll(".cart-cell")) {
            if (n instanceof ListCell<?> cell && cell.getItem() == line && cell.isVisible() && cell.getHeight() > 0) {
                return true;
            }
        }
        return false;
    }

    /** A random active product that is sold by the piece (weighed goods carry no barcode of their own). */
    private String randomBarcode() {
        while (true) {
            int i = random.nextInt(products);
            if (i % 100 != 42 && i % 50 != 7) {
                return CatalogGenerator.barcode(i);
            }
        }
    }

    private void report() {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("Scans timed: %d (after %d warm-up scans)%n", scans, warmUp);
        System.out.printf("Scan to row laid out: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(pct(sorted, 0.50)), ms(pct(sorted, 0.90)), ms(pct(sorted, 0.99)), ms(sorted[sorted.length - 1]));
        long[] h = handled.clone();
        Arrays.sort(h);
        System.out.printf("Enter handled (lookup, cart, pricing, bindings): median %.2f ms, p99 %.2f ms%n",
                ms(pct(h, 0.50)), ms(pct(h, 0.99)));
        System.out.printf("Catalog lookup alone (same codes again): mean %.3f ms%n", sumLookupNanos / 1e6 / scans);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void character(Scene scene, char c) {
        KeyCode code = KeyCode.getKeyCode(String.valueOf(c));
        String s = String.valueOf(c);
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
    }

    private static void key(Scene scene, KeyCode code) {
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "\r", code, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "\r", code, false, false, false, false));
    }

    private static void fire(Scene scene, KeyEvent event) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, event);
    }
}
