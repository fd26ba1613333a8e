package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.core.payment.Wallet;
import java.time.LocalDate;

/**
 * A wallet that publishes a daily bill of the merchant's payments and refunds (WeChat Pay's
 * downloadbill, Alipay's trade bill, a UnionPay acquirer's settlement file per merchant for
 * UnionPay and e-CNY). Days are Beijing days, as the wallets cut them.
 */
public interface BillSource {

    Wallet wallet();

    /**
     * The bill of {@code day}.
     *
     * @throws GatewayUnavailable  if the wallet cannot be reached or gave no usable answer (try again later)
     * @throws BillFormatException if the bill came but does not read as the wallet's format
     */
    Bill bill(LocalDate day);
}
