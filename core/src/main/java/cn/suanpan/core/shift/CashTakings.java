package cn.suanpan.core.shift;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Where the shift service learns what a shift's sales took. Sales keep their own tables,
 * so they answer this; the shift side only needs the totals to know how much cash belongs
 * in the drawer and to print the reports.
 */
@FunctionalInterface
public interface CashTakings {

    /** For a terminal that has not sold anything (and for tests). */
    CashTakings NONE = (dsl, shiftId) -> Takings.NONE;

    /** The takings of {@code shiftId}, read through {@code dsl}: the caller's transaction when a shift closes. */
    Takings of(DSLContext dsl, UUID shiftId);
}
