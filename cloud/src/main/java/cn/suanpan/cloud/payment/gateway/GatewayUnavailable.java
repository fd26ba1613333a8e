package cn.suanpan.cloud.payment.gateway;

/** The wallet could not be reached, so nothing is known yet; the caller tries again later. */
public final class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
