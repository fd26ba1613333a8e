package cn.suanpan.paysim.state;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which scenario a payment code gets: one set for that code, else one drawn from a seeded
 * schedule (the same seed and code always give the same scenario, so a chaos run can be
 * replayed), else a plain payment. The schedule can also lose answers to any request.
 */
public final class FaultPlan {

    private static final Scenario.Kind[] FAULTS = {
        Scenario.Kind.USER_PAYING, Scenario.Kind.NEVER_CONFIRMS, Scenario.Kind.SYSTEM_ERROR_PAID,
        Scenario.Kind.SYSTEM_ERROR_UNPAID, Scenario.Kind.BANK_ERROR, Scenario.Kind.LOST_RESPONSE,
        Scenario.Kind.SLOW_RESPONSE, Scenario.Kind.PAID_AFTER_REVERSE, Scenario.Kind.RECALL,
        Scenario.Kind.CODE_EXPIRED, Scenario.Kind.CODE_INVALID, Scenario.Kind.INSUFFICIENT_BALANCE};

    private final Map<String, Scenario> byCode = new ConcurrentHashMap<>();
    private final Long seed;
    private final double faultRate;
    private final double lossRate;
    private final SplittableRandom losses;
    private int loseNext;

    private FaultPlan(Long seed, double faultRate, double lossRate) {
        this.seed = seed;
        this.faultRate = faultRate;
        this.lossRate = lossRate;
        this.losses = new SplittableRandom(seed == null ? 0 : seed ^ 0x5DEECE66DL);
    }

    /** Only the scenarios set per code; everything else pays normally. */
    public static FaultPlan manual() {
        return new FaultPlan(null, 0, 0);
    }

    /** A seeded schedule: {@code faultRate} of the codes get a fault, {@code lossRate} of all answers are lost. */
    public static FaultPlan seeded(long seed, double faultRate, double lossRate) {
        return new FaultPlan(seed, faultRate, lossRate);
    }

    public void set(String authCode, Scenario scenario) {
        byCode.put(authCode, scenario);
    }

    public Scenario forCode(String authCode) {
        Scenario set = byCode.get(authCode);
        if (set != null || seed == null) {
            return set == null ? Scenario.NORMAL : set;
        }
        SplittableRandom r = new SplittableRandom(seed * 31 + authCode.hashCode());
        if (r.nextDouble() >= faultRate) {
            return Scenario.NORMAL;
        }
        Scenario.Kind kind = FAULTS[r.nextInt(FAULTS.length)];
        return new Scenario(kind, Duration.ofSeconds(3 + r.nextInt(50)), 1 + r.nextInt(3));
    }

    /** Loses the answers to the next {@code n} requests, whatever they are (the requests are still processed). */
    public synchronized void loseNext(int n) {
        loseNext = n;
    }

    /** Whether the answer to this request is lost (the request itself is processed). */
    public synchronized boolean loseAnswer() {
        if (loseNext > 0) {
            loseNext--;
            return true;
        }
        return lossRate > 0 && losses.nextDouble() < lossRate;
    }
}
