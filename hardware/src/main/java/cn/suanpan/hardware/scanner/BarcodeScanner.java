package cn.suanpan.hardware.scanner;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.util.function.Consumer;

/** A barcode scanner that hands over whole codes. */
public interface BarcodeScanner extends AutoCloseable {

    /** Called with each code read, on the scanner's own thread (never the UI thread). */
    void addScanListener(Consumer<String> listener);

    ConnectionStatus status();

    void addStatusListener(Consumer<ConnectionStatus> listener);

    @Override
    void close();
}
