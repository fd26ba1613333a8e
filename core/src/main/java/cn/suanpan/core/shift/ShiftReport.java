package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import java.time.Instant;

/**
 * A shift's figures at {@code at}: the X report while it is open, the basis of the blind
 * close. Expected cash = float + cash sales − cash refunds + cash in − cash out.
 */
public record ShiftReport(Shift shift, Instant at, Money cashIn, Money cashOut, int noSales, Takings takings,
                          Money expectedCash) {

    static Money expected(Money openingFloat, Takings takings, Money cashIn, Money cashOut) {
        return openingFloat.plus(takings.cashSales()).minus(takings.cashRefunds()).plus(cashIn).minus(cashOut);
    }
}
