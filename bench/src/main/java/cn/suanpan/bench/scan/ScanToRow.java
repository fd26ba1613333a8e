package cn.suanpan.bench.scan;

/**
 * Scan-to-display latency of the cashier window: {@code ScanToRow [products] [scans] [warm-up scans]},
 * by default a million products, 2,000 timed scans after 300 untimed ones. See {@link ScanToRowWindow}.
 */
public final class ScanToRow {

    private ScanToRow() {
    }

    public static void main(String[] args) {
        ScanToRowWindow.run(args);
    }
}
