package cn.suanpan.hardware.printer;

import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample receipts as PNG pictures, e.g. for docs/receipts:
 * {@code ./mvnw -o -pl hardware test -Dtest=SampleReceiptImages -Dreceipts.out=$PWD/docs/receipts}
 */
@EnabledIfSystemProperty(named = "receipts.out", matches = ".+")
class SampleReceiptImages {

    @Test
    void writeSamplePictures() throws Exception {
        Path dir = Path.of(System.getProperty("receipts.out"));
        Files.createDirectories(dir);
        for (SampleReceipts.Sample sample : SampleReceipts.all()) {
            byte[] bytes = new ReceiptEncoder().encode(sample.receipt(), sample.profile());
            RenderedReceipt rendered = new EscPosInterpreter(sample.profile().paper(), sample.profile().charset()).render(bytes);
            rendered.writePng(dir.resolve(sample.name() + ".png"));
            System.out.println(sample.name() + ": " + bytes.length + " bytes, problems " + rendered.problems());
        }
    }
}
