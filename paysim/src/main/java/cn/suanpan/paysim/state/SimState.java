package cn.suanpan.paysim.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The wallet's books: every order in memory, and every change of an order appended as a
 * JSON line to {@code orders.jsonl}, so a restarted simulator (even after kill -9) knows
 * what it charged. Replaying keeps the last snapshot of each order.
 */
public final class SimState implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule()
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(v.toString());
                        }
                    })
                    .addDeserializer(Instant.class, new JsonDeserializer<>() {
                        @Override
                        public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Instant.parse(p.getValueAsString());
                        }
                    })
                    .addSerializer(Duration.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Duration v, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(v.toString());
                        }
                    })
                    .addDeserializer(Duration.class, new JsonDeserializer<>() {
                        @Override
                        public Duration deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Duration.parse(p.getValueAsString());
                        }
                    }));

    private final Clock clock;
    private final Map<String, SimOrder> orders = new LinkedHashMap<>();
    private final Map<String, String> codeOwners = new HashMap<>();
    private final BufferedWriter journal;
    private long sequence;

    private SimState(Clock clock, BufferedWriter journal) {
        this.clock = clock;
        this.journal = journal;
    }

    /** Books kept only in memory (a test that does not restart the simulator). */
    public static SimState inMemory(Clock clock) {
        return new SimState(clock, null);
    }

    /** Books replayed from and appended to {@code dir/orders.jsonl}. */
    public static SimState open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("orders.jsonl");
            List<SimOrder> replay = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        replay.add(JSON.readValue(line, SimOrder.class));
                    } catch (IOException torn) {
                        // the last line of a killed process may be cut short; it was never answered
                        break;
                    }
                }
            }
            SimState state = new SimState(clock, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            replay.forEach(state::remember);
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(SimOrder o) {
        if (!orders.containsKey(o.key())) {
            sequence++;
        }
        orders.put(o.key(), o);
        if (o.authCode() != null) {
            codeOwners.putIfAbsent(o.wallet() + "/" + o.authCode(), o.outTradeNo());
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** The order as it stands now, or null. */
    public synchronized SimOrder find(String wallet, String outTradeNo) {
        SimOrder o = orders.get(wallet + "/" + outTradeNo);
        if (o == null) {
            return null;
        }
        SimOrder now = o.at(clock.instant());
        if (now != o) {
            save(now);
        }
        return now;
    }

    /** The order that used this payment code, or null. */
    public synchronized String codeOwner(String wallet, String authCode) {
        return codeOwners.get(wallet + "/" + authCode);
    }

    /** Changes an order (as it stands now) under the books' lock; {@code null} from the change keeps it as it is. */
    public synchronized SimOrder update(String wallet, String outTradeNo, UnaryOperator<SimOrder> change) {
        SimOrder current = find(wallet, outTradeNo);
        SimOrder next = change.apply(current);
        if (next != null && next != current) {
            save(next);
            return next;
        }
        return current;
    }

    public synchronized long nextSequence() {
        return sequence + 1;
    }

    public synchronized List<SimOrder> all() {
        Instant now = clock.instant();
        return orders.values().stream().map(o -> o.at(now)).toList();
    }

    private void save(SimOrder o) {
        remember(o);
        if (journal != null) {
            try {
                journal.write(JSON.writeValueAsString(o));
                journal.write('\n');
                journal.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the simulator's journal", e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (journal != null) {
            journal.close();
        }
    }
}
