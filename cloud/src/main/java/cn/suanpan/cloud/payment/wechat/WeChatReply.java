package cn.suanpan.cloud.payment.wechat;

import java.util.Map;

/**
 * A verified WeChat Pay answer. {@code return_code} FAIL means the request itself was refused
 * (signature, parameters, certificate) and no business was done; otherwise {@code result_code}
 * and {@code err_code} carry the business answer.
 */
public record WeChatReply(Map<String, String> fields) {

    public WeChatReply {
        fields = Map.copyOf(fields);
    }

    public boolean refused() {
        return !"SUCCESS".equals(fields.get("return_code"));
    }

    public boolean ok() {
        return !refused() && "SUCCESS".equals(fields.get("result_code"));
    }

    /** The error code, {@code FAIL} for a refused request, or null when all went well. */
    public String errCode() {
        if (refused()) {
            return "FAIL";
        }
        return ok() ? null : fields.getOrDefault("err_code", "UNKNOWN");
    }

    public String get(String field) {
        return fields.get(field);
    }

    public String message() {
        return refused() ? fields.get("return_msg") : fields.get("err_code_des");
    }
}
