package cn.suanpan.app.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintedTicketsTest {

    @TempDir
    Path dir;

    @Test
    void aTicketPrintedBeforeARestartIsNotPrintedAgain() {
        Path file = dir.resolve("printed-order-tickets.txt");
        UUID order = UUID.randomUUID();
        assertThat(PrintedTickets.in(file).add(order)).isTrue();

        PrintedTickets afterRestart = PrintedTickets.in(file);
        assertThat(afterRestart.add(order)).isFalse();
        assertThat(afterRestart.add(UUID.randomUUID())).isTrue();
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheRestKept() throws Exception {
        Path file = dir.resolve("printed-order-tickets.txt");
        UUID order = UUID.randomUUID();
        Files.writeString(file, order + "\n" + UUID.randomUUID().toString().substring(0, 11), StandardCharsets.US_ASCII);

        PrintedTickets tickets = PrintedTickets.in(file);
        assertThat(tickets.add(order)).isFalse();
    }

    @Test
    void onlyTheNewestAreKeptSoTheFileStaysSmall() throws Exception {
        Path file = dir.resolve("printed-order-tickets.txt");
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < PrintedTickets.KEEP + 10; i++) {
            orders.add(UUID.randomUUID());
        }
        Files.write(file, orders.stream().map(UUID::toString).toList(), StandardCharsets.US_ASCII);

        PrintedTickets tickets = PrintedTickets.in(file);
        assertThat(Files.readAllLines(file)).hasSize(PrintedTickets.KEEP);
        assertThat(tickets.add(orders.getLast())).isFalse();
        assertThat(tickets.add(orders.getFirst())).isTrue(); // long forgotten: an order that old is not waiting any more
    }

    @Test
    void withoutAFileTheRunStillPrintsEachTicketOnce() {
        PrintedTickets tickets = PrintedTickets.in(null);
        UUID order = UUID.randomUUID();
        assertThat(tickets.add(order)).isTrue();
        assertThat(tickets.add(order)).isFalse();
    }
}
