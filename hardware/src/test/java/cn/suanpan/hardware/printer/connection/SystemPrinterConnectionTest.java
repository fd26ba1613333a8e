package cn.suanpan.hardware.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A printer installed in the operating system; the build machine has none by that name. */
class SystemPrinterConnectionTest {

    @Test
    void anUnknownPrinterIsNamedInTheMessage() {
        SystemPrinterConnection c = new SystemPrinterConnection("Suanpan Test Printer That Is Not There");
        PrinterException e = catchThrowableOfType(PrinterException.class,
                () -> c.write(new byte[] {0x1B, '@'}, Duration.ofSeconds(10)));
        assertThat(e.reason()).isEqualTo(PrinterException.Reason.NOT_FOUND);
        assertThat(e.userMessage().format(Locale.ENGLISH))
                .isEqualTo("No printer named Suanpan Test Printer That Is Not There is installed on this computer.");
    }

    @Test
    void itSaysThatItCannotReportTheStatus() {
        SystemPrinterConnection c = new SystemPrinterConnection("XP-58");
        assertThat(c.supportsStatus()).isFalse();
        PrinterException e = catchThrowableOfType(PrinterException.class, () -> c.status(Duration.ofSeconds(1)));
        assertThat(e.reason()).isEqualTo(PrinterException.Reason.STATUS_UNAVAILABLE);
        assertThat(e.userMessage().format(Locale.SIMPLIFIED_CHINESE)).contains("XP-58").contains("状态");
    }
}
