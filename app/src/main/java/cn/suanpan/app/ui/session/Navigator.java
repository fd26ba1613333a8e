package cn.suanpan.app.ui.session;

/** Moving between the window's screens. */
public interface Navigator {

    void showSale();

    void lock();

    void switchCashier();

    void showShift();

    void showReceipts();

    void showReturns();

    void showSettings();
}
