package cn.suanpan.app.ui.payment;

import cn.suanpan.core.tender.TenderMethod;

/** The tender methods a scanned code pays: a wallet's payment code, or the shop's member code (stored value). */
final class CodeMethods {

    private CodeMethods() {
    }

    static boolean isCode(TenderMethod m) {
        return m == TenderMethod.PAYMENT_CODE || m == TenderMethod.MEMBER_BALANCE;
    }
}
