package cn.suanpan.cloud.orders;

import cn.suanpan.core.i18n.UserMessage;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells a customer that their order moved on (accepted, ready, picked up, cancelled).
 * WeChat's subscription messages are out of reach here; {@link #LOG} stands in for them
 * and logs the message the customer would read.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Called after the change has committed. {@code customer} is the WeChat openid of who
     * placed the order, or null for an order placed by the shop's admin (nobody to tell).
     */
    void orderStatusChanged(UUID shopId, UUID orderId, String number, String status, String customer);

    /** The text a customer reads for a status, in their language. */
    static String text(String number, String status, Locale locale) {
        return new UserMessage("mp.notify." + status.toLowerCase(Locale.ROOT), number).format(locale);
    }

    Notifier LOG = new Notifier() {
        private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifier.class);

        @Override
        public void orderStatusChanged(UUID shopId, UUID orderId, String number, String status, String customer) {
            if (customer == null) {
                log.info("order {} of shop {} is now {} (placed by the shop: nobody to tell)", number, shopId, status);
            } else {
                log.info("notify {}: {}", customer, text(number, status, Locale.SIMPLIFIED_CHINESE));
            }
        }
    };
}
