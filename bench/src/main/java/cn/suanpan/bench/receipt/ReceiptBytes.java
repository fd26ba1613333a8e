package cn.suanpan.bench.receipt;

import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bytes of the 30-line receipt of {@link ReceiptBench} on each printer, and how long they take
 * on a serial line (8N1: ten bits a byte), with and without its logo.
 *
 * <pre>
 * java -cp "$(cat bench/target/classpath.txt):bench/target/classes" cn.suanpan.bench.receipt.ReceiptBytes
 * </pre>
 */
public final class ReceiptBytes {

    private ReceiptBytes() {
    }

    public static void main(String[] args) {
        Receipt withLogo = ThirtyLineReceipt.build();
        Receipt noLogo = new Receipt(withLogo.locale(),
                new cn.suanpan.hardware.printer.receipt.ReceiptHeader(withLogo.header().storeName(), withLogo.header().address(),
                        withLogo.header().phone()),
                withLogo.meta(), withLogo.items(), withLogo.totals(), withLogo.tenders(), withLogo.change(), withLogo.footer(),
                withLogo.barcode(), withLogo.qr(), withLogo.training());
        ReceiptEncoder encoder = new ReceiptEncoder();
        System.out.printf("%-14s %-8s %8s %12s %12s%n", "printer", "logo", "bytes", "s @ 9600", "s @ 115200");
        for (String name : new String[] {"MM58_GBK", "MM80_GB18030"}) {
            PrinterProfile profile = ReceiptBench.profile(name);
            for (boolean logo : new boolean[] {true, false}) {
                int bytes = encoder.encode(logo ? withLogo : noLogo, profile).length;
                System.out.printf("%-14s %-8s %8d %12s %12s%n", name, logo ? "yes" : "no", bytes, seconds(bytes, 9600),
                        seconds(bytes, 115200));
            }
        }
    }

    /** seconds = bytes × 10 bits / baud */
    static String seconds(int bytes, int baud) {
        return BigDecimal.valueOf(bytes * 10L).divide(BigDecimal.valueOf(baud), 3, RoundingMode.HALF_UP).toPlainString();
    }
}
