package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.store.CloudStore;
import java.time.Clock;
import java.util.List;

/**
 * Makes the wallet gateways of a cloud node once its store is open (the member wallet is
 * always there; WeChat Pay, Alipay and the others come with their keys from here).
 */
@FunctionalInterface
public interface GatewaySetup {

    GatewaySetup NONE = (store, clock) -> List.of();

    List<PaymentGateway> gateways(CloudStore store, Clock clock);
}
