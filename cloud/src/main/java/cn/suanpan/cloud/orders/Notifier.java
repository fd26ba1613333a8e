package cn.suanpan.cloud.orders;

import java.util.UUID;

/**
 * Tells a customer that their order moved on (accepted, ready, picked up). WeChat's
 * subscription messages are out of reach here; {@link #LOG} stands in for them.
 */
@FunctionalInterface
public interface Notifier {

    void orderStatusChanged(UUID shopId, UUID orderId, String number, String status);

    Notifier LOG = new Notifier() {
        private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifier.class);

        @Override
        public void orderStatusChanged(UUID shopId, UUID orderId, String number, String status) {
            log.info("notify customer: order {} of shop {} is now {}", number, shopId, status);
        }
    };
}
