package cn.suanpan.paysim.state;

import java.time.Duration;

/**
 * What the simulated wallet does with one payment code, mirroring the cases of WeChat Pay's
 * own sandbox. {@code confirmAfter} is how long the customer takes on the phone;
 * {@code repeats} how many times a reverse or cancel answers "try again" first.
 */
public record Scenario(Kind kind, Duration confirmAfter, int repeats) {

    public enum Kind {
        /** Paid at once. */
        NORMAL,
        /** The wallet asks for the customer's password; the customer confirms after {@code confirmAfter}. */
        USER_PAYING,
        /** Asks for the password and the customer never confirms. */
        NEVER_CONFIRMS,
        /** Answers a system error although the payment went through. */
        SYSTEM_ERROR_PAID,
        /** Answers a system error and nothing was paid. */
        SYSTEM_ERROR_UNPAID,
        /** The customer's bank refused (WeChat BANKERROR, then PAYERROR on query). */
        BANK_ERROR,
        /** Paid, and the answer never reaches the merchant (an HTTP 502 with no body). */
        LOST_RESPONSE,
        /** Paid, and the answer comes only after the merchant stopped waiting. */
        SLOW_RESPONSE,
        /** Never confirms in time, and the payment wins the race against the reverse or cancel. */
        PAID_AFTER_REVERSE,
        /** Never confirms; the first {@code repeats} reverses or cancels answer "try again" (recall=Y, retry_flag=Y). */
        RECALL,
        CODE_EXPIRED,
        CODE_INVALID,
        INSUFFICIENT_BALANCE
    }

    public static final Scenario NORMAL = new Scenario(Kind.NORMAL, Duration.ZERO, 0);

    public static Scenario of(Kind kind) {
        return new Scenario(kind, Duration.ZERO, kind == Kind.RECALL ? 2 : 0);
    }

    public static Scenario userPaying(Duration confirmAfter) {
        return new Scenario(Kind.USER_PAYING, confirmAfter, 0);
    }

    public static Scenario recall(int repeats) {
        return new Scenario(Kind.RECALL, Duration.ZERO, repeats);
    }
}
