package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.serial.WriteResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The scanner's side of a serial line: sends codes the way a scanner does, suffix included. */
public final class ScannerEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final ScannerSettings.Suffix suffix;

    public ScannerEndpoint(SerialLink link, ScannerSettings.Suffix suffix) {
        this.link = link;
        this.suffix = suffix;
        link.start();
    }

    public WriteResult scan(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(code.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(suffix.bytes());
        return link.write(out.toByteArray());
    }

    public SerialLink link() {
        return link;
    }

    @Override
    public void close() {
        link.close();
    }
}
