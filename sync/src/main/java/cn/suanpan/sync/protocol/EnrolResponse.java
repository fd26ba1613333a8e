package cn.suanpan.sync.protocol;

import java.util.UUID;

/** The terminal's identity in the shop and the secret it signs every later request with. */
public record EnrolResponse(int protocol, UUID terminalId, UUID shopId, String shopName, String secret) implements Versioned {

    public EnrolResponse {
        Checks.require(terminalId != null && shopId != null, "terminalId and shopId are required");
        Checks.require(secret != null && !secret.isBlank(), "secret is required");
    }
}
