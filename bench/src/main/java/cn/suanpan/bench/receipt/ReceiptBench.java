package cn.suanpan.bench.receipt;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to lay out and encode a 30-line receipt into ESC/POS bytes, the work done between
 * "pay" and the bytes leaving for the printer (target: median at most 5 ms). Sample mode,
 * so the report shows the median (p0.50) and the tail.
 *
 * <pre>
 * ./mvnw -q -o -pl bench -am package -DskipTests
 * java -cp "$(cat bench/target/classpath.txt):bench/target/classes" org.openjdk.jmh.Main ReceiptBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class ReceiptBench {

    /** The two usual printers: 58 mm with GBK, 80 mm with GB18030. */
    @Param({"MM58_GBK", "MM80_GB18030"})
    public String printer;

    private Receipt receipt;
    private PrinterProfile profile;
    private final ReceiptEncoder encoder = new ReceiptEncoder();

    @Setup(Level.Trial)
    public void setUp() {
        receipt = ThirtyLineReceipt.build();
        profile = profile(printer);
        // the first call computes the printable-character table of the charset; a till does that once at start
        encoder.encode(receipt, profile);
    }

    static PrinterProfile profile(String name) {
        return switch (name) {
            case "MM58_GBK" -> PrinterProfile.standard(PaperWidth.MM58, PrinterCharset.GBK);
            case "MM80_GB18030" -> PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GB18030);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Benchmark
    public byte[] layoutAndEncode() {
        return encoder.encode(receipt, profile);
    }
}
