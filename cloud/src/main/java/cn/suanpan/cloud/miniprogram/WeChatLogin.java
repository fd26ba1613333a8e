package cn.suanpan.cloud.miniprogram;

/**
 * WeChat's side of a mini-program login. The mini-program calls {@code wx.login()} and
 * sends the short-lived code it gets; the cloud exchanges it with WeChat
 * ({@code jscode2session}) for the user's openid. A phone number is proven the same way:
 * the mini-program's phone-number button yields a code that WeChat exchanges for the
 * number. WeChat's servers are out of reach here, so {@link LocalWeChatLogin} stands in.
 */
public interface WeChatLogin {

    /** The user behind a {@code wx.login()} code: their openid in this mini-program. */
    String openId(String loginCode);

    /** The phone number WeChat vouches for behind a phone-number code. */
    String phoneNumber(String phoneCode);

    /** WeChat refused the code: unknown, used or expired. Nothing was changed. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
