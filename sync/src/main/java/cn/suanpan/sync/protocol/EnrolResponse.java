package cn.suanpan.sync.protocol;

import java.util.UUID;

/**
 * The terminal's identity in the shop and the secret it signs every later request with.
 * {@code terminalNo} is the terminal's number in the shop (1, 2, ...), which it prints in
 * its receipt numbers so that no two terminals of the shop issue the same one; null from a
 * cloud that does not number terminals.
 */
public record EnrolResponse(int protocol, UUID terminalId, UUID shopId, String shopName, String secret, Integer terminalNo)
        implements Versioned {

    public EnrolResponse {
        Checks.require(terminalId != null && shopId != null, "terminalId and shopId are required");
        Checks.require(secret != null && !secret.isBlank(), "secret is required");
        Checks.require(terminalNo == null || terminalNo > 0, "terminalNo starts at 1");
    }
}
