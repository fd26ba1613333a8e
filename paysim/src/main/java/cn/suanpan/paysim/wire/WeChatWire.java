package cn.suanpan.paysim.wire;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * WeChat Pay v2 as the wallet's side writes it: flat {@code <xml>} documents signed with the
 * merchant's API key. Written apart from the cloud's own client on purpose, so that a
 * mistake in one is caught by the other instead of being mirrored.
 */
public final class WeChatWire {

    public static final String MD5 = "MD5";
    public static final String HMAC_SHA256 = "HMAC-SHA256";

    private WeChatWire() {
    }

    /** Uppercase hex of MD5 or HMAC-SHA256 over the sorted non-empty {@code k=v} pairs plus {@code &key=KEY}. */
    public static String sign(Map<String, String> fields, String key, String signType) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (!k.equals("sign") && v != null && !v.isEmpty()) {
                text.append(k).append('=').append(v).append('&');
            }
        });
        text.append("key=").append(key);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest;
            if (HMAC_SHA256.equals(signType)) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                digest = mac.doFinal(bytes);
            } else {
                digest = MessageDigest.getInstance("MD5").digest(bytes);
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toXml(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((k, v) -> {
            if (v != null) {
                xml.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></").append(k).append('>');
            }
        });
        return xml.append("</xml>").toString();
    }

    /** Parses a flat document; DOCTYPEs are refused (the XXE hole WeChat itself warned merchants about). */
    public static Map<String, String> parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            Element root = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    fields.put(n.getNodeName(), n.getTextContent());
                }
            }
            return fields;
        } catch (Exception e) {
            throw new IllegalArgumentException("not a WeChat Pay XML document", e);
        }
    }
}
