package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.COUNTER;

import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.store.Counters;
import java.time.LocalDate;
import org.jooq.DSLContext;

/** Takes the next receipt number inside the transaction that stores the document. */
public final class ReceiptNumbers {

    private ReceiptNumbers() {
    }

    /**
     * The next number of {@code kind} for {@code businessDate}: the counter row is locked and
     * advanced in {@code tx}, so a rolled-back sale gives its number back (ADR 4).
     */
    public static ReceiptNumber next(DSLContext tx, StoreInfo terminal, ReceiptKind kind, LocalDate businessDate) {
        long seq = Counters.next(tx, counterName(terminal, kind, businessDate));
        return new ReceiptNumber(kind, terminal.storeCode(), terminal.terminalCode(), businessDate, seq);
    }

    /** One counter per terminal, kind and day: {@code receipt:01:SALE:2025-03-14}. */
    static String counterName(StoreInfo terminal, ReceiptKind kind, LocalDate businessDate) {
        return COUNTER_PREFIX + terminal.terminalCode() + ":" + kind.name() + ":" + businessDate;
    }

    private static final String COUNTER_PREFIX = "receipt:";

    /** Whether this database has ever taken a receipt number (of any kind, training too). */
    static boolean anyTaken(DSLContext dsl) {
        return dsl.fetchExists(COUNTER, COUNTER.NAME.startsWith(COUNTER_PREFIX));
    }
}
