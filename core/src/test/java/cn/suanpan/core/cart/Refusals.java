package cn.suanpan.core.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.i18n.SuanpanException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that something is refused with a given message key for the cashier. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SuanpanException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo(key));
    }
}
