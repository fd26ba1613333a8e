package cn.suanpan.app.ui.orders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The online orders whose ticket has been printed, kept in a file of the data directory: the
 * order poll delivers an order again until it is accepted, and after a restart it would print
 * the ticket of every waiting order a second time. The newest few thousand are kept.
 */
final class PrintedTickets {

    private static final Logger log = LoggerFactory.getLogger(PrintedTickets.class);
    static final int KEEP = 2_000;

    private final Path file;
    private final LinkedHashSet<UUID> ids = new LinkedHashSet<>();

    private PrintedTickets(Path file) {
        this.file = file;
    }

    /** Those in {@code file} (none if it does not exist yet); {@code null}: kept in memory only. */
    static PrintedTickets in(Path file) {
        PrintedTickets tickets = new PrintedTickets(file);
        if (file != null && Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    parse(line.strip()).ifPresent(tickets.ids::add);
                }
                if (tickets.ids.size() > KEEP) {
                    tickets.trim();
                    tickets.rewrite();
                }
            } catch (IOException e) {
                // a lost list costs a second ticket at worst, never an order
                log.warn("Could not read the printed tickets in {}", file, e);
            }
        }
        return tickets;
    }

    /** Notes {@code order}; false when its ticket was printed before. */
    synchronized boolean add(UUID order) {
        if (!ids.add(order)) {
            return false;
        }
        if (file != null) {
            try {
                Files.writeString(file, order + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                log.warn("Could not note the printed ticket of order {} in {}", order, file, e);
            }
        }
        if (ids.size() > 2 * KEEP) {
            trim();
            rewrite();
        }
        return true;
    }

    private void trim() {
        List<UUID> all = new ArrayList<>(ids);
        ids.clear();
        ids.addAll(all.subList(all.size() - KEEP, all.size()));
    }

    private void rewrite() {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, ids.stream().map(UUID::toString).toList(), StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not shorten the printed tickets in {}", file, e);
        }
    }

    private static Optional<UUID> parse(String line) {
        try {
            return line.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(line));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a line cut short by a crash
        }
    }
}
