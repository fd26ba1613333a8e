package cn.suanpan.cloud.payment.reconcile;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;

import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.reconcile.ReconciliationRecords.Key;
import cn.suanpan.cloud.payment.reconcile.ReconciliationRecords.Outcome;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.payment.Wallet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shop's Beijing day compared with each enabled wallet's bill: the cloud's payments and
 * refunds of the day (the {@link CloudLedger}), the bill fetched through the wallet's gateway,
 * {@link Reconciler} between them, the outcome stored per wallet
 * ({@link ReconciliationRecords}). A bill the wallet has not made yet is stored as NOT_YET
 * and a wallet out of reach as FAILED; both are tried again later.
 *
 * <p>A wallet's bill covers the merchant account, which may serve several shops: the shop's
 * report leaves out bill lines of payments the cloud knows as another shop's, and keeps
 * those the cloud does not know at all (nobody can say whose they were).
 */
public final class DailyReconciliation {

    private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

    /** From when a day's bills are asked for: WeChat Pay makes them from 9:00 and advises fetching after 10:00. */
    public static final LocalTime BILLS_DUE = LocalTime.of(10, 0);
    /** How far back days still open are tried again (WeChat Pay keeps bills three months). */
    public static final int RETRY_DAYS = 30;
    /** How long a node holds a claimed row before another may take it (a node dying mid-check). */
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final CloudStore store;
    private final Map<Wallet, BillSource> sources = new EnumMap<>(Wallet.class);
    private final CloudLedger ledger;
    private final ReconciliationRecords records;
    private final Clock clock;

    /** @param gateways the node's gateways; those whose wallet publishes bills are checked */
    public DailyReconciliation(CloudStore store, Collection<? extends PaymentGateway> gateways, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.ledger = new CloudLedger(store);
        this.records = new ReconciliationRecords(store);
        for (PaymentGateway g : gateways) {
            if (g instanceof BillSource b) {
                sources.put(b.wallet(), b);
            }
        }
    }

    /** The wallets whose bills are checked. */
    public Set<Wallet> wallets() {
        return Set.copyOf(sources.keySet());
    }

    /** The instant from which the bills of {@code day} are expected. */
    public static Instant billsDue(LocalDate day) {
        return day.plusDays(1).atTime(BILLS_DUE).atZone(CloudLedger.BEIJING).toInstant();
    }

    /** The Beijing day the clock is in. */
    public LocalDate today() {
        return clock.instant().atZone(CloudLedger.BEIJING).toLocalDate();
    }

    /** What is stored of the shop's day, or empty if it was never checked. */
    public Optional<DayReport> report(UUID shop, LocalDate day) {
        return records.read(shop, day);
    }

    /**
     * Checks the shop's day now at every wallet, whatever was stored before (a day compared
     * already keeps its report if the bill cannot be had this time), and returns the report.
     */
    public DayReport run(UUID shop, LocalDate day) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no wallet with daily bills is enabled");
        }
        Map<Wallet, Fetched> bills = new EnumMap<>(Wallet.class);
        for (BillSource source : sources.values()) {
            Key key = new Key(shop, day, source.wallet());
            save(key, check(key, bills.computeIfAbsent(source.wallet(), w -> fetch(source, day))));
        }
        return records.read(shop, day).orElseThrow();
    }

    /**
     * The scheduled round: from 10:00 Beijing time, yesterday for every shop; at any hour,
     * every day of the last {@value #RETRY_DAYS} still waiting for its bill (or failed) whose
     * time to try again has come. Each wallet's bill of a day is fetched once per round,
     * whatever the number of shops. Returns how many shop-days were checked.
     */
    public int runDue() {
        if (sources.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(CloudLedger.BEIJING).toLocalDate();
        LocalDate yesterday = today.minusDays(1);
        if (!now.isBefore(billsDue(yesterday))) {
            for (UUID shop : store.dsl().select(SHOP.ID).from(SHOP).fetch(SHOP.ID)) {
                for (Wallet w : sources.keySet()) {
                    records.ensure(new Key(shop, yesterday, w), now);
                }
            }
        }
        Map<WalletDay, Fetched> bills = new HashMap<>();
        int checked = 0;
        for (Key key : records.due(today.minusDays(RETRY_DAYS), yesterday, now)) {
            BillSource source = sources.get(key.wallet());
            if (source == null || !records.claim(key, now, now.plus(CLAIM))) {
                continue;
            }
            Fetched bill = bills.computeIfAbsent(new WalletDay(key.wallet(), key.day()), k -> fetch(source, key.day()));
            save(key, check(key, bill));
            checked++;
        }
        return checked;
    }

    private record WalletDay(Wallet wallet, LocalDate day) {
    }

    /** A bill as fetched, or why there is none. */
    private record Fetched(Bill bill, String failure) {
    }

    private Fetched fetch(BillSource source, LocalDate day) {
        try {
            return new Fetched(source.bill(day), null);
        } catch (GatewayUnavailable | BillFormatException e) {
            log.warn("The {} bill of {} could not be had: {}", source.wallet(), day, e.getMessage());
            return new Fetched(null, e.getMessage());
        }
    }

    private Outcome check(Key key, Fetched fetched) {
        if (fetched.failure() != null) {
            return Outcome.failed(fetched.failure());
        }
        return switch (fetched.bill()) {
            case Bill.NotYet n -> Outcome.notYet(n.why());
            // "no bill" before the bills are made may only mean "not made yet"
            case Bill.NoTrades none -> clock.instant().isBefore(billsDue(key.day()))
                    ? Outcome.notYet(key.wallet() + ": no bill yet") : compare(key, List.of());
            case Bill.Lines lines -> compare(key, lines.lines());
        };
    }

    private Outcome compare(Key key, List<BillLine> bill) {
        Map<String, Optional<UUID>> owners = ledger.owners(bill.stream().map(BillLine::outTradeNo).distinct().toList());
        List<BillLine> theirs = bill.stream().filter(l -> l.wallet() == key.wallet()).filter(l -> {
            Optional<UUID> owner = owners.get(l.outTradeNo());
            return owner == null || owner.isEmpty() || owner.get().equals(key.shop());
        }).toList();
        ReconciliationReport report = Reconciler.match(ledger.entries(key.shop(), key.day(), key.wallet()), theirs);
        return Outcome.of(report);
    }

    private void save(Key key, Outcome outcome) {
        Instant now = clock.instant();
        if (!records.save(key, outcome, now)) {
            log.warn("Reconciliation of shop {} {} at {}: the bill could not be had again ({}); the earlier report stands",
                    key.shop(), key.day(), key.wallet(), outcome.detail());
        } else if (outcome.state() == WalletState.MISMATCHED) {
            log.warn("Reconciliation of shop {} {} at {}: {} mismatches need a look", key.shop(), key.day(), key.wallet(),
                    outcome.report().mismatches().stream().filter(Mismatch::needsAttention).count());
        } else {
            log.info("Reconciliation of shop {} {} at {}: {}", key.shop(), key.day(), key.wallet(), outcome.state());
        }
    }
}
