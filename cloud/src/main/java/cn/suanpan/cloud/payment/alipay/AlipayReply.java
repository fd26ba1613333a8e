package cn.suanpan.cloud.payment.alipay;

import com.fasterxml.jackson.databind.JsonNode;

/** A verified Alipay answer: {@code code} 10000 is success; {@code sub_code} says what went wrong. */
public record AlipayReply(JsonNode fields) {

    public String code() {
        return get("code");
    }

    public boolean ok() {
        return "10000".equals(code());
    }

    public String subCode() {
        return get("sub_code");
    }

    /** The sub_code if there is one, else the code. */
    public String errorCode() {
        String sub = subCode();
        return sub == null ? code() : sub;
    }

    public String get(String field) {
        JsonNode n = fields.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    public String message() {
        String sub = get("sub_msg");
        return sub == null ? get("msg") : sub;
    }
}
