package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.display.SimulatedCustomerDisplay;
import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.DrawerState;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.scale.Scale;
import cn.suanpan.hardware.scale.ScaleException;
import cn.suanpan.hardware.scale.ScaleReading;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Stand-ins for devices set to {@code none}, so that the screens need no null checks: each
 * refuses plainly with a message the cashier can read.
 */
final class MissingDevices {

    private MissingDevices() {
    }

    static CashDrawer drawer() {
        return new CashDrawer() {
            @Override
            public CompletableFuture<Void> open() {
                return CompletableFuture.failedFuture(new DeviceException(new HardwareMessage("device.config.missing", "devices.drawer.type")));
            }

            @Override
            public Optional<DrawerState> state() {
                return Optional.empty();
            }
        };
    }

    static Scale scale() {
        return new Scale() {
            @Override
            public void addReadingListener(Consumer<ScaleReading> listener) {
            }

            @Override
            public CompletableFuture<ScaleReading.Weighed> readStableWeight(Duration timeout) {
                return CompletableFuture.failedFuture(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
            }

            @Override
            public CompletableFuture<Long> tare(Duration timeout) {
                return CompletableFuture.failedFuture(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
            }

            @Override
            public void clearTare() {
            }

            @Override
            public long tareGrams() {
                return 0;
            }

            @Override
            public ConnectionStatus status() {
                return ConnectionStatus.DISCONNECTED;
            }

            @Override
            public void addStatusListener(Consumer<ConnectionStatus> listener) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** The display set to none: shows nothing anywhere, but remembers what it was asked. */
    static SimulatedCustomerDisplay display() {
        return new SimulatedCustomerDisplay();
    }

    static ReceiptPrinter printer() {
        PrinterProfile profile = PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GB18030);
        EscPosInterpreter interpreter = new EscPosInterpreter(profile.paper(), profile.charset());
        ReceiptEncoder encoder = new ReceiptEncoder();
        return new ReceiptPrinter() {
            @Override
            public CompletableFuture<Void> print(Receipt receipt) {
                return CompletableFuture.failedFuture(
                        new DeviceException(new HardwareMessage("device.config.missing", "devices.printer.receipt.type")));
            }

            @Override
            public RenderedReceipt preview(Receipt receipt) {
                return interpreter.render(encoder.encode(receipt, profile));
            }

            @Override
            public PrinterProfile profile() {
                return profile;
            }
        };
    }
}
