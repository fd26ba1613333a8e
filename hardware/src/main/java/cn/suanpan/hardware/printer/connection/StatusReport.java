package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import java.util.List;
import java.util.Objects;

/** What is known about a printer right now: its own answer, or that it does not answer. */
public sealed interface StatusReport {

    /** The printer answered DLE EOT. */
    record Answered(PrinterStatus status) implements StatusReport {
        public Answered {
            Objects.requireNonNull(status, "status");
        }
    }

    /** No answer: switched off, unplugged, or not reading. */
    record Unreachable(HardwareMessage reason) implements StatusReport {
        public Unreachable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether a job sent now would be printed. */
    default boolean canPrint() {
        return this instanceof Answered(PrinterStatus s) && s.canPrint();
    }

    /** What to tell the cashier, most urgent first; empty when all is well. */
    default List<HardwareMessage> problems() {
        return switch (this) {
            case Answered(PrinterStatus s) -> s.problems();
            case Unreachable(HardwareMessage reason) -> List.of(reason);
        };
    }
}
