package cn.suanpan.app.sync;

import cn.suanpan.app.cli.SuanpanCommand;

/**
 * A terminal in a JVM of its own for {@link CloudKilledDuringBurstTest}, driven through
 * the command line exactly as a headless till would be: open a shift, enrol, pull the
 * catalog, then sell and try to push after every sale (the cloud may be dead; the sale
 * stays queued), and finally push until the outbox is empty. Prints READY, SALE n and
 * DRAINED on standard output for the test to follow.
 *
 * <p>Arguments: data directory, cloud address, enrolment code, number of sales.
 */
public final class BurstTerminal {

    private static final String[] CASHIER = {"--user", "cashier", "--pin", "1234"};
    private static String dataDir;

    public static void main(String[] args) throws InterruptedException {
        dataDir = args[0];
        String cloud = args[1];
        String code = args[2];
        int sales = Integer.parseInt(args[3]);
        must(cli("shift", "open", "--float", "500", CASHIER[0], CASHIER[1], CASHIER[2], CASHIER[3]));
        must(cli("sync", "enrol", code, "--cloud", cloud));
        must(cli("sync", "pull", "--stream", "catalog"));
        System.out.println("READY");
        for (int i = 1; i <= sales; i++) {
            String sku = "SP0000" + (1 + i % 3);
            must(cli("sale", "run", "--scan", sku, "--pay", "cash", CASHIER[0], CASHIER[1], CASHIER[2], CASHIER[3]));
            System.out.println("SALE " + i);
            cli("sync", "push", "--attempts", "1"); // fails while the cloud is down: the sale waits in the outbox
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (cli("sync", "push", "--attempts", "2") != 0) {
            if (System.nanoTime() > deadline) {
                System.out.println("GAVE UP");
                System.exit(3);
            }
            Thread.sleep(500);
        }
        System.out.println("DRAINED");
        System.exit(0);
    }

    private static int cli(String... args) {
        String[] full = new String[args.length + 4];
        full[0] = "--data-dir";
        full[1] = dataDir;
        full[2] = "--lang";
        full[3] = "en";
        System.arraycopy(args, 0, full, 4, args.length);
        return SuanpanCommand.run(full);
    }

    private static void must(int code) {
        if (code != 0) {
            System.out.println("FAILED " + code);
            System.exit(2);
        }
    }
}
