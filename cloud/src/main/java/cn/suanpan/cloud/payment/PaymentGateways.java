package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.core.payment.Wallet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wallets this cloud takes, one gateway each. A wallet without a gateway is answered
 * at once with {@code payment.failed.walletNotEnabled}: nothing is charged.
 */
public final class PaymentGateways {

    private final Map<Wallet, PaymentGateway> byWallet = new EnumMap<>(Wallet.class);

    public PaymentGateways(Collection<? extends PaymentGateway> gateways) {
        for (PaymentGateway g : gateways) {
            if (byWallet.putIfAbsent(g.wallet(), g) != null) {
                throw new IllegalArgumentException("two gateways for " + g.wallet());
            }
        }
    }

    public Optional<PaymentGateway> forWallet(Wallet wallet) {
        return Optional.ofNullable(byWallet.get(wallet));
    }

    public Set<Wallet> enabled() {
        return Set.copyOf(byWallet.keySet());
    }
}
