package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.print.SimulatedPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selling, refunding, holding and shifts from the command line, on the demo store. */
class SaleCliTest {

    private static final String[] CASHIER = {"--user", "cashier", "--pin", "1234"};
    private static final String[] SUPERVISOR = {"--user", "supervisor", "--pin", "5678"};
    private static final Pattern RECEIPT = Pattern.compile("Sale (\\S+) done");

    @TempDir
    Path data;

    private CliRunner cli;

    @BeforeEach
    void openShift() {
        cli = new CliRunner(data);
        CliRunner.Run open = cli.run(with(CASHIER, "shift", "open", "--float", "500"));
        assertThat(open.code()).as(open.err()).isZero();
        assertThat(open.out()).contains("Shift opened by 王芳 with a float of ￥500.00");
    }

    private static String[] with(String[] login, String... args) {
        String[] all = new String[args.length + login.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(login, 0, all, args.length, login.length);
        return all;
    }

    private static String receiptOf(CliRunner.Run run) {
        Matcher m = RECEIPT.matcher(run.out());
        assertThat(m.find()).as(run.out() + run.err()).isTrue();
        return m.group(1);
    }

    @Test
    void aScriptedSalePrintsItsReceiptAndFeedsTheSimulatedPrinter() {
        // cola 500ml by barcode, two 2 L colas by SKU, 0.455 kg of bananas; 7.00 + 17.00 + 3.63 = 24.13
        CliRunner.Run sale = cli.run(with(CASHIER, "sale", "run", "--scan", "6999993984647", "--scan", "SP00003*2",
                "--scan", "SP00193@0.455", "--pay", "card=10:POS-1", "--pay", "cash=20"));

        assertThat(sale.code()).as(sale.err()).isZero();
        String receipt = receiptOf(sale);
        assertThat(receipt).matches("0001-01-\\d{8}-0001");
        assertThat(sale.out()).contains("Coca-Cola 500ml", "Banana", "0.455kg", "￥24.13", "Bank card POS-1", "Change",
                "paid ￥24.13, change ￥5.87");
        Path printed = data.resolve(SimulatedPrinter.FOLDER);
        assertThat(printed.resolve(receipt + ".png")).isNotEmptyFile();
        assertThat(printed.resolve(receipt + ".bin")).isNotEmptyFile();

        CliRunner.Run x = cli.run(with(CASHIER, "shift", "x"));
        assertThat(x.out()).contains("Cash sales: ￥14.13", "Expected in the drawer: ￥514.13");
    }

    @Test
    void trainingNeedsASupervisorAndPrintsAsTraining() {
        String[] sale = {"sale", "run", "--scan", "SP00003", "--pay", "cash", "--training"};
        CliRunner.Run denied = cli.run(with(CASHIER, sale));
        assertThat(denied.code()).isEqualTo(1);
        assertThat(denied.err()).contains("needs a supervisor");

        CliRunner.Run approved = cli.run(with(with(CASHIER, "--supervisor", "supervisor", "--supervisor-pin", "5678"), sale));
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(receiptOf(approved)).startsWith("TR-");
        assertThat(approved.out()).contains("TRAINING");
        assertThat(cli.run(with(CASHIER, "shift", "x")).out()).contains("Cash sales: ￥0.00");
    }

    @Test
    void partOfASaleComesBackButNotMoreThanWasSold() {
        // three colas, the second at half price (the demo store's promotion): 10.50 - 1.75 = 8.75
        CliRunner.Run sale = cli.run(with(CASHIER, "sale", "run", "--scan", "SP00001", "--qty", "3", "--pay", "cash=20"));
        assertThat(sale.out()).contains("2nd at half price", "￥8.75");
        String receipt = receiptOf(sale);

        // two of the three bring back their share of what was paid: 8.75 × 2/3
        CliRunner.Run part = cli.run(with(SUPERVISOR, "sale", "refund", receipt, "--line", "1=2", "--reason", "wrong flavour"));
        assertThat(part.code()).as(part.err()).isZero();
        assertThat(part.out()).contains("Refund RF-", "against receipt " + receipt, "Refunded ￥5.83", "Cash: ￥5.83");

        CliRunner.Run over = cli.run(with(SUPERVISOR, "sale", "refund", receipt, "--line", "1=2"));
        assertThat(over.code()).isEqualTo(1);
        assertThat(over.err()).contains("Line 1 (可口可乐 500ml): 2 cannot be returned, only 1 is left to return.");

        CliRunner.Run unknown = cli.run(with(SUPERVISOR, "sale", "refund", "0001-01-20200101-0001"));
        assertThat(unknown.err()).contains("No sale with the receipt number 0001-01-20200101-0001");

        CliRunner.Run cashier = cli.run(with(CASHIER, "sale", "refund", receipt));
        assertThat(cashier.code()).isEqualTo(1);
        assertThat(cashier.err()).contains("needs a supervisor");
    }

    @Test
    void aHeldCartIsRecalledAndPaidLater() {
        CliRunner.Run hold = cli.run(with(CASHIER, "sale", "hold", "--scan", "SP00001*2", "--scan", "SP00003"));
        assertThat(hold.out()).contains("Held as number 1 (2 lines).");
        assertThat(cli.run(with(CASHIER, "sale", "recall")).out()).contains("No. 1: held at");
        // priced again on recall, with the running promotions: 7.00 - 1.75 + 8.50
        assertThat(cli.run(with(CASHIER, "sale", "recall", "1")).out()).contains("￥5.25", "Total ￥13.75");

        CliRunner.Run paid = cli.run(with(CASHIER, "sale", "recall", "1", "--pay", "cash"));
        assertThat(paid.code()).as(paid.err()).isZero();
        assertThat(paid.out()).contains("paid ￥13.75, change ￥0.00");
        assertThat(cli.run(with(CASHIER, "sale", "recall")).out()).contains("No sale is on hold.");
    }

    @Test
    void theShiftClosesWithTheBlindCountAndTheDayWithAZReport() {
        cli.run(with(CASHIER, "sale", "run", "--scan", "SP00003", "--pay", "cash=10"));
        CliRunner.Run close = cli.run(with(with(CASHIER, "--supervisor", "supervisor", "--supervisor-pin", "5678"),
                "shift", "close", "--count", "100=5,5=1,1=3,0.5=1", "--z"));
        assertThat(close.code()).as(close.err()).isZero();
        assertThat(close.out()).contains("SHIFT CLOSED", "Expected in the drawer: ￥508.50", "Counted: ￥508.50",
                "Over (+) or short (-): ￥0.00", "Z REPORT No. 1");

        CliRunner.Run verify = cli.run("audit", "verify");
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("The audit log is intact");
    }

    @Test
    void aWrongPinSellsNothing() {
        CliRunner.Run r = cli.run("sale", "run", "--scan", "SP00003", "--pay", "cash", "--user", "cashier", "--pin", "9999");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Wrong user or PIN");
        assertThat(Files.exists(data.resolve(SimulatedPrinter.FOLDER))).isFalse();
    }
}
