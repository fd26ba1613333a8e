package cn.suanpan.hardware.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Collects bytes from a data listener and waits for them. */
public final class ByteRecorder implements Consumer<byte[]> {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void accept(byte[] chunk) {
        bytes.writeBytes(chunk);
    }

    public synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    public synchronized int size() {
        return bytes.size();
    }

    public String text() {
        return new String(bytes(), StandardCharsets.ISO_8859_1);
    }

    public void awaitSize(int n) {
        Await.until(() -> size() >= n, "wanted " + n + " bytes, have " + size());
    }

    public void awaitText(String s) {
        Await.until(() -> text().contains(s), "wanted " + s + " in " + text());
    }
}
