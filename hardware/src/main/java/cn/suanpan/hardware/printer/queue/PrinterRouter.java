package cn.suanpan.hardware.printer.queue;

import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.connection.PrinterConnection;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which printer prints which kind of job. Receipts and reports go to the receipt printer;
 * kitchen tickets go to the kitchen printer when there is one, else to the receipt printer.
 */
public final class PrinterRouter {

    public static final String RECEIPT_PRINTER = "receipt";
    public static final String KITCHEN_PRINTER = "kitchen";

    /** A printer jobs can go to: its role name, how to reach it, and what it can print. */
    public record Destination(String name, PrinterConnection connection, PrinterProfile profile) {
        public Destination {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(profile, "profile");
        }
    }

    private final Map<String, Destination> printers;
    private final Map<JobKind, Destination> routes;

    private PrinterRouter(Map<String, Destination> printers, Map<JobKind, Destination> routes) {
        this.printers = printers;
        this.routes = routes;
    }

    /** Every kind of job to this one printer. */
    public static PrinterRouter single(Destination printer) {
        return builder().printer(printer).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Destination destinationFor(JobKind kind) {
        return routes.get(kind);
    }

    public Optional<Destination> printer(String name) {
        return Optional.ofNullable(printers.get(name));
    }

    /** The printers in the order they were added. */
    public Collection<Destination> printers() {
        return printers.values();
    }

    public static final class Builder {
        private final Map<String, Destination> printers = new LinkedHashMap<>();
        private final Map<JobKind, String> routes = new EnumMap<>(JobKind.class);

        public Builder printer(Destination printer) {
            if (printers.putIfAbsent(printer.name(), printer) != null) {
                throw new IllegalArgumentException("two printers named " + printer.name());
            }
            return this;
        }

        /** Sends a kind of job to a named printer, instead of the default route. */
        public Builder route(JobKind kind, String printer) {
            routes.put(kind, printer);
            return this;
        }

        public PrinterRouter build() {
            if (printers.isEmpty()) {
                throw new IllegalStateException("a router needs at least one printer");
            }
            Destination fallback = printers.getOrDefault(RECEIPT_PRINTER, printers.values().iterator().next());
            Map<JobKind, Destination> resolved = new EnumMap<>(JobKind.class);
            for (JobKind kind : JobKind.values()) {
                String wanted = routes.getOrDefault(kind, kind == JobKind.KITCHEN ? KITCHEN_PRINTER : RECEIPT_PRINTER);
                Destination d = printers.get(wanted);
                if (d == null && routes.containsKey(kind)) {
                    throw new IllegalStateException(kind + " routed to unknown printer " + wanted);
                }
                resolved.put(kind, d == null ? fallback : d);
            }
            return new PrinterRouter(Collections.unmodifiableMap(new LinkedHashMap<>(printers)), resolved);
        }
    }
}
