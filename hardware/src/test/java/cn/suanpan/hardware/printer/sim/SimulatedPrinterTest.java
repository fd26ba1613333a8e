package cn.suanpan.hardware.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatusParser;
import cn.suanpan.hardware.printer.escpos.StatusRequest;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.PrintJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedPrinterTest {

    @TempDir
    Path dir;

    static byte[] job(String text) {
        return PrintJobs.text(text);
    }

    @Test
    void stateFileWordsAndComments() {
        SimulatedPrinterState s = SimulatedPrinterState.parse("# changed the roll?\npaper-out, cover-open\nDRAWER-OPEN bogus\n");
        assertThat(s).isEqualTo(SimulatedPrinterState.READY.withPaperOut(true).withCoverOpen(true).withDrawerOpen(true));
        assertThat(SimulatedPrinterState.parse(s.format())).isEqualTo(s);
        assertThat(SimulatedPrinterState.parse("")).isEqualTo(SimulatedPrinterState.READY);
        assertThat(SimulatedPrinterState.READY.format()).isEqualTo("ready");
        assertThat(s.status().offline()).isTrue();
        assertThat(s.status().paperOut()).isTrue();
    }

    @Test
    void aPrinterThatIsOffAnswersNothing() {
        assertThat(SimulatedPrinterState.READY.withOff(true).answer(1, DrawerSensor.OPEN_WHEN_HIGH)).isEmpty();
        assertThat(SimulatedPrinterState.READY.answer(1, DrawerSensor.OPEN_WHEN_HIGH)).hasValue(0x12);
    }

    @Test
    void responderFindsRequestsSplitAcrossReads() {
        DleEotResponder r = new DleEotResponder(n -> OptionalInt.of(0x10 + n));
        byte[] all = StatusRequest.all();
        byte[] answers = new byte[0];
        // one byte at a time, with print data in front
        answers = concat(answers, r.scan(new byte[] {'A', 'B', 0x0A}));
        for (byte b : all) {
            answers = concat(answers, r.scan(new byte[] {b}));
        }
        assertThat(answers).containsExactly(0x11, 0x12, 0x13, 0x14);
        assertThat(DleEotResponder.onlyRequests(all, 0, all.length)).isTrue();
        assertThat(DleEotResponder.onlyRequests(job("x"), 0, 3)).isFalse();
    }

    @Test
    void pagesAreStoredAsBytesAndPicturesAndNumberingGoesOnAfterARestart() throws Exception {
        SimulatedPrinter p = new SimulatedPrinter("receipt", dir, PaperWidth.MM58, PrinterCharset.GB18030);
        SimulatedPrinter.Page first = p.print(job("第一张 first")).orElseThrow();
        assertThat(first.rendered().textLines()).containsExactly("第一张 first");
        assertThat(Files.readAllBytes(first.bytesFile())).isEqualTo(job("第一张 first"));
        assertThat(first.pngFile()).hasValueSatisfying(png -> assertThat(png).exists().hasFileName("receipt-000001.png"));
        p.close();

        SimulatedPrinter again = new SimulatedPrinter("receipt", dir, PaperWidth.MM58, PrinterCharset.GB18030);
        assertThat(again.print(job("second")).orElseThrow().number()).isEqualTo(2);
        assertThat(again.pngFilesInFolder()).hasSize(2);
        again.close();
    }

    @Test
    void aDrawerKickOpensTheDrawerAndIsNoPage() {
        SimulatedPrinter p = new SimulatedPrinter("receipt", dir, PaperWidth.MM80, PrinterCharset.GBK);
        assertThat(p.print(DrawerKick.STANDARD.bytes())).isEmpty();
        assertThat(p.drawerKicks()).isEqualTo(1);
        assertThat(p.status().drawerOpen()).isTrue();
        byte[] answer = new byte[] {(byte) p.answer(1).orElseThrow(), (byte) p.answer(2).orElseThrow(),
                (byte) p.answer(3).orElseThrow(), (byte) p.answer(4).orElseThrow()};
        assertThat(PrinterStatusParser.parse(answer, DrawerSensor.OPEN_WHEN_HIGH).drawerOpen()).isTrue();
        p.pushDrawerClosed();
        assertThat(p.status().drawerOpen()).isFalse();
        p.close();
    }

    @Test
    void theStateFileWinsOverTheSettersWhileItExists() throws Exception {
        Path state = dir.resolve("receipt.state");
        SimulatedPrinter p = new SimulatedPrinter("receipt", dir, PaperWidth.MM58, PrinterCharset.GBK, DrawerSensor.OPEN_WHEN_HIGH, state);
        p.setCoverOpen(true);
        assertThat(p.status().coverOpen()).isTrue();
        SimulatedPrinterState.READY.withPaperOut(true).write(state);
        assertThat(p.status().paperOut()).isTrue();
        assertThat(p.status().coverOpen()).isFalse();
        Files.delete(state);
        assertThat(p.status().coverOpen()).isTrue();
        p.close();
    }

    @Test
    void aStreamPageEndsWhenTheLineGoesQuiet() {
        SimulatedPrinter p = new SimulatedPrinter("net", dir, PaperWidth.MM80, PrinterCharset.GB18030);
        byte[] bytes = job("streamed");
        p.feed(bytes, 0, 5);
        p.feed(bytes, 5, bytes.length - 5);
        Await.until(() -> p.pages().size() == 1, "page stored after the pause");
        assertThat(p.pages().getFirst().rendered().textLines()).containsExactly("streamed");
        p.close();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
