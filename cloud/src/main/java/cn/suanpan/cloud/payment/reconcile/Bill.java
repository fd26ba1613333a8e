package cn.suanpan.cloud.payment.reconcile;

import java.util.List;

/** What a wallet gave when asked for a day's bill. */
public sealed interface Bill {

    /** The day's bill, read: its payments and refunds (none on a quiet day, for a wallet that publishes empty bills). */
    record Lines(List<BillLine> lines) implements Bill {

        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The wallet says it has no bill for the day (WeChat Pay's "No Bill Exist"): nothing was
     * paid or refunded — once the day's bills are made. Asked too early, a wallet may say the
     * same of a bill it has not made yet, so the caller decides which it is by the hour.
     */
    record NoTrades() implements Bill {
    }

    /** The bill is not made yet ("Bill Creating", isp.bill_not_exist): ask again later. */
    record NotYet(String why) implements Bill {
    }
}
