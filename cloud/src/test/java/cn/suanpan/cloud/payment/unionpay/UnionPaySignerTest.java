package cn.suanpan.cloud.payment.unionpay;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.paysim.wire.UnionPayWire;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** UnionPay's RSA-SHA256 (signMethod 01), checked against the simulator's signer, written apart. */
class UnionPaySignerTest {

    private static KeyPair merchant;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        merchant = g.generateKeyPair();
        other = g.generateKeyPair();
    }

    private static Map<String, String> consume() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "5.1.0");
        f.put("encoding", "UTF-8");
        f.put("signMethod", "01");
        f.put("certId", "68759663125");
        f.put("txnType", "01");
        f.put("txnSubType", "06");
        f.put("bizType", "000000");
        f.put("accessType", "0");
        f.put("merId", "777290058110048");
        f.put("orderId", "019abc0012347a3b8c9d0e1f20304050");
        f.put("txnTime", "20261125100000");
        f.put("txnAmt", "3300");
        f.put("currencyCode", "156");
        f.put("qrNo", "6212345678901234567");
        f.put("orderDesc", "咖啡 & 蛋糕=2");
        f.put("reqReserved", "");
        return f;
    }

    @Test
    void theSigningTextIsSortedWithoutEmptyFieldsOrTheSignature() {
        Map<String, String> f = consume();
        f.put("signature", "xyz");
        assertThat(UnionPaySigner.signingText(f)).isEqualTo("accessType=0&bizType=000000&certId=68759663125"
                + "&currencyCode=156&encoding=UTF-8&merId=777290058110048&orderDesc=咖啡 & 蛋糕=2"
                + "&orderId=019abc0012347a3b8c9d0e1f20304050&qrNo=6212345678901234567&signMethod=01&txnAmt=3300"
                + "&txnSubType=06&txnTime=20261125100000&txnType=01&version=5.1.0");
        assertThat(UnionPayWire.signingText(f)).isEqualTo(UnionPaySigner.signingText(f));
    }

    @Test
    void whatIsSignedIsTheHexOfTheTextsSha256() {
        // FIPS 180-2's vector for "abc"
        assertThat(new String(UnionPaySigner.digest("abc"), StandardCharsets.US_ASCII))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aSignedRequestVerifiesOnBothSidesAndSignaturesAreTheSame() {
        Map<String, String> f = consume();
        String ours = UnionPaySigner.sign(f, merchant.getPrivate());
        // RSASSA-PKCS1-v1_5 is deterministic: two signers written apart must agree byte for byte
        assertThat(UnionPayWire.sign(f, merchant.getPrivate())).isEqualTo(ours);
        f.put("signature", ours);

        assertThat(UnionPaySigner.verify(f, merchant.getPublic())).isTrue();
        assertThat(UnionPayWire.verify(f, merchant.getPublic())).isTrue();
        // the order of the fields on the wire does not matter, the signature is over the sorted text
        Map<String, String> reordered = new LinkedHashMap<>();
        f.entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .forEach(e -> reordered.put(e.getKey(), e.getValue()));
        assertThat(UnionPaySigner.verify(reordered, merchant.getPublic())).isTrue();
    }

    @Test
    void aTamperedFieldAnotherKeyOrNoSignatureFails() {
        Map<String, String> f = consume();
        f.put("signature", UnionPaySigner.sign(f, merchant.getPrivate()));

        Map<String, String> amount = new LinkedHashMap<>(f);
        amount.put("txnAmt", "330");
        Map<String, String> added = new LinkedHashMap<>(f);
        added.put("reqReserved", "x");
        Map<String, String> unsigned = new LinkedHashMap<>(f);
        unsigned.remove("signature");
        Map<String, String> garbled = new LinkedHashMap<>(f);
        garbled.put("signature", "not base64 at all!");

        assertThat(UnionPaySigner.verify(amount, merchant.getPublic())).isFalse();
        assertThat(UnionPaySigner.verify(added, merchant.getPublic())).isFalse();
        assertThat(UnionPaySigner.verify(unsigned, merchant.getPublic())).isFalse();
        assertThat(UnionPaySigner.verify(garbled, merchant.getPublic())).isFalse();
        assertThat(UnionPaySigner.verify(f, other.getPublic())).isFalse();
        assertThat(UnionPayWire.verify(amount, merchant.getPublic())).isFalse();
    }

    @Test
    void keysReadAsBase64WithOrWithoutPemArmour() {
        String b64 = java.util.Base64.getEncoder().encodeToString(merchant.getPublic().getEncoded());
        assertThat(UnionPaySigner.publicKey(b64)).isEqualTo(merchant.getPublic());
        assertThat(UnionPaySigner.publicKey("-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----"))
                .isEqualTo(merchant.getPublic());
    }

    @Test
    void aUuidV7GivesItsOwnTimeAsTxnTime() {
        // 0x019abc001234 ms = 2025-11-24T..., a UUIDv7 made by the terminal
        String id = "019abc00-1234-7a3b-8c9d-0e1f20304050";
        String txnTime = UnionPayNumbers.txnTime(id).orElseThrow();
        assertThat(UnionPayNumbers.txnTime(id + "-R")).contains(txnTime);
        assertThat(UnionPayNumbers.orderId(id + "-R")).isEqualTo("019abc0012347a3b8c9d0e1f20304050R");
        assertThat(txnTime).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(java.time.Instant.ofEpochMilli(0x019abc001234L)));
        assertThat(UnionPayNumbers.txnTime("3f2504e0-4f89-41d3-9a0c-0305e82c3301")).isEmpty(); // v4
        assertThat(UnionPayNumbers.txnTime("short")).isEmpty();
    }
}
