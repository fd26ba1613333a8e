package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.util.Objects;

/**
 * Cash rounding of a total (抹零): fen coins are rare, so shops drop the fen (抹分, to 0.1
 * yuan) or the jiao too (抹角, to 1 yuan), rounding down or half-up. It only ever applies to
 * what is paid in cash; the rounding is recorded as its own amount, never hidden in lines.
 *
 * <p>A positive total is never rounded to zero: that would give the goods away.
 */
public record CashRounding(Step step, Mode mode) {

    public enum Step {
        NONE(1), TO_JIAO(10), TO_YUAN(100);

        final long fen;

        Step(long fen) {
            this.fen = fen;
        }
    }

    public enum Mode {
        DOWN, HALF_UP
    }

    public static final CashRounding NONE = new CashRounding(Step.NONE, Mode.DOWN);

    public CashRounding {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(mode, "mode");
    }

    /** What a cash customer pays for {@code total}. */
    public Money apply(Money total) {
        if (!total.isPositive() || step == Step.NONE) {
            return total;
        }
        long units = total.fen() / step.fen;
        long rest = total.fen() % step.fen;
        if (mode == Mode.HALF_UP && rest * 2 >= step.fen) {
            units++;
        }
        long rounded = units * step.fen;
        return rounded == 0 ? total : Money.ofFen(rounded);
    }

    /** How much rounding takes off {@code total}; negative when half-up rounds up. */
    public Money roundingOf(Money total) {
        return total.minus(apply(total));
    }
}
