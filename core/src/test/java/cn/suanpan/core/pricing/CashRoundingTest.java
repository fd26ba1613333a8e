package cn.suanpan.core.pricing;

import static cn.suanpan.core.pricing.Pricing.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.pricing.CashRounding.Mode;
import cn.suanpan.core.pricing.CashRounding.Step;
import org.junit.jupiter.api.Test;

class CashRoundingTest {

    @Test
    void dropTheFen() {
        CashRounding down = new CashRounding(Step.TO_JIAO, Mode.DOWN);
        assertThat(down.apply(yuan("12.37"))).isEqualTo(yuan("12.30"));
        assertThat(down.roundingOf(yuan("12.37"))).isEqualTo(yuan("0.07"));
        CashRounding halfUp = new CashRounding(Step.TO_JIAO, Mode.HALF_UP);
        assertThat(halfUp.apply(yuan("12.35"))).isEqualTo(yuan("12.40"));
        assertThat(halfUp.roundingOf(yuan("12.35"))).isEqualTo(yuan("-0.05"));
        assertThat(halfUp.apply(yuan("12.34"))).isEqualTo(yuan("12.30"));
    }

    @Test
    void dropTheJiao() {
        CashRounding down = new CashRounding(Step.TO_YUAN, Mode.DOWN);
        assertThat(down.apply(yuan("12.99"))).isEqualTo(yuan("12.00"));
        CashRounding halfUp = new CashRounding(Step.TO_YUAN, Mode.HALF_UP);
        assertThat(halfUp.apply(yuan("12.50"))).isEqualTo(yuan("13.00"));
        assertThat(halfUp.apply(yuan("12.49"))).isEqualTo(yuan("12.00"));
    }

    @Test
    void roundAmountsStayAsTheyAre() {
        assertThat(new CashRounding(Step.TO_YUAN, Mode.HALF_UP).apply(yuan("15.00"))).isEqualTo(yuan("15.00"));
        assertThat(CashRounding.NONE.apply(yuan("15.01"))).isEqualTo(yuan("15.01"));
    }

    @Test
    void aSaleIsNeverRoundedAwayToNothing() {
        assertThat(new CashRounding(Step.TO_YUAN, Mode.DOWN).apply(yuan("0.80"))).isEqualTo(yuan("0.80"));
        assertThat(new CashRounding(Step.TO_JIAO, Mode.HALF_UP).apply(yuan("0.04"))).isEqualTo(yuan("0.04"));
        assertThat(new CashRounding(Step.TO_YUAN, Mode.DOWN).apply(yuan("0"))).isEqualTo(yuan("0"));
    }
}
