package cn.suanpan.cloud.payment.reconcile;

import java.util.List;

/** The day's comparison: how many movements agreed, and every one that did not. */
public record ReconciliationReport(int matched, List<Mismatch> mismatches) {

    public ReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    /** True when nothing needs a person to look. */
    public boolean clean() {
        return mismatches.stream().noneMatch(Mismatch::needsAttention);
    }

    public List<Mismatch> ofType(Mismatch.Type type) {
        return mismatches.stream().filter(m -> m.type() == type).toList();
    }
}
