package cn.suanpan.hardware.testing;

import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.EscPosBuilder;

/** Small ESC/POS jobs whose printed text tells them apart. */
public final class PrintJobs {

    private PrintJobs() {}

    /** One line of text, then a cut. */
    public static byte[] text(String line) {
        return new EscPosBuilder(PrinterCharset.GB18030).initialize().chineseMode(true).text(line).lineFeed()
                .cut(CutMode.PARTIAL).toByteArray();
    }

    /** Many numbered lines ending with {@code last}: a job that takes a while on a slow line. */
    public static byte[] longJob(int lines, String last) {
        EscPosBuilder b = new EscPosBuilder(PrinterCharset.GB18030).initialize().chineseMode(true);
        for (int i = 1; i <= lines; i++) {
            b.text("line %05d of a long report".formatted(i)).lineFeed();
        }
        return b.text(last).lineFeed().cut(CutMode.PARTIAL).toByteArray();
    }
}
