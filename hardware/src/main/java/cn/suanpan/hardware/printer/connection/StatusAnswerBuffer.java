package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.printer.escpos.PrinterStatusParser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Collects what a printer sends back and hands out status answers. Bytes that cannot be a
 * DLE EOT answer (XON/XOFF, noise) are dropped on arrival.
 */
final class StatusAnswerBuffer {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final byte[] ring = new byte[64];
    private int head;
    private int size;

    /** Forgets anything received so far, so that late answers to an earlier request are not misread. */
    void clear() {
        lock.lock();
        try {
            head = 0;
            size = 0;
        } finally {
            lock.unlock();
        }
    }

    void offer(byte[] chunk, int length) {
        lock.lock();
        try {
            for (int i = 0; i < length; i++) {
                if (!PrinterStatusParser.isStatusByte(chunk[i] & 0xFF)) {
                    continue;
                }
                if (size == ring.length) {
                    head = (head + 1) % ring.length; // keep the newest
                    size--;
                }
                ring[(head + size) % ring.length] = chunk[i];
                size++;
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next {@code n} answers, or null when they have not all come by the deadline. */
    byte[] take(int n, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (size < n) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                arrived.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = ring[head];
                head = (head + 1) % ring.length;
                size--;
            }
            return out;
        } finally {
            lock.unlock();
        }
    }
}
