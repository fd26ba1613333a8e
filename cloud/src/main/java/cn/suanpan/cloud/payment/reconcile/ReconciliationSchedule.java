package cn.suanpan.cloud.payment.reconcile;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DailyReconciliation#runDue()} every few minutes on a thread of its own. What is
 * due is decided by the reconciliation's clock, not here: the first round after 10:00
 * Beijing time checks yesterday, later rounds the days still waiting for a bill. A node
 * starts it (CloudMain does); tests call {@code runDue()} themselves with their own clock.
 */
public final class ReconciliationSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final DailyReconciliation reconciliation;
    private final ScheduledExecutorService timer;

    private ReconciliationSchedule(DailyReconciliation reconciliation, Duration firstAfter, Duration every) {
        this.reconciliation = reconciliation;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reconciliation");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::round, firstAfter.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the rounds: the first after {@code firstAfter} (a node that just started has
     * other work first), then every {@code every}.
     */
    public static ReconciliationSchedule start(DailyReconciliation reconciliation, Duration firstAfter, Duration every) {
        return new ReconciliationSchedule(reconciliation, firstAfter, every);
    }

    private void round() {
        try {
            int checked = reconciliation.runDue();
            if (checked > 0) {
                log.info("Reconciliation round: {} shop days checked", checked);
            }
        } catch (RuntimeException e) {
            // the next round tries again; a failure must not end the schedule
            log.error("Reconciliation round failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
