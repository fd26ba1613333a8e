package cn.suanpan.cloud.payment.unionpay;

import java.util.Map;

/**
 * A verified answer of the acquirer. {@code respCode} is about the request itself: 00
 * done, 03/04/05 in doubt (timed out, unknown, accepted and waiting), anything else
 * refused. A query's {@code origRespCode} is the same about the transaction it asked for.
 */
public record UnionPayReply(Map<String, String> fields) {

    public UnionPayReply {
        fields = Map.copyOf(fields);
    }

    public String respCode() {
        return fields.getOrDefault("respCode", "");
    }

    public String origRespCode() {
        return fields.getOrDefault("origRespCode", "");
    }

    public String get(String name) {
        String v = fields.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public String message() {
        return fields.getOrDefault("respMsg", "");
    }

    public boolean ok() {
        return "00".equals(respCode());
    }

    /** 03 (timed out), 04 (unknown) or 05 (accepted, waiting): the outcome is not known yet. */
    public static boolean inDoubt(String code) {
        return "03".equals(code) || "04".equals(code) || "05".equals(code);
    }
}
