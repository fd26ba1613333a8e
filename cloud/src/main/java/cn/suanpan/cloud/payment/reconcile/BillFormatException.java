package cn.suanpan.cloud.payment.reconcile;

/** A bill that does not read as the wallet's format (cut short, wrong columns, bad numbers). */
public final class BillFormatException extends RuntimeException {

    public BillFormatException(String message) {
        super(message);
    }

    public BillFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
