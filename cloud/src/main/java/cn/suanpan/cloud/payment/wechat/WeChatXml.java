package cn.suanpan.cloud.payment.wechat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The flat {@code <xml><field>value</field>…</xml>} documents of WeChat Pay v2. */
public final class WeChatXml {

    private WeChatXml() {
    }

    public static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                xml.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></").append(k).append('>');
            }
        });
        return xml.append("</xml>").toString();
    }

    /**
     * Reads a document. DOCTYPE declarations are refused outright: WeChat Pay's own advisory
     * on XML external entities in merchants' notification handlers is why.
     *
     * @throws IllegalArgumentException if it is not such a document
     */
    public static Map<String, String> read(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            if (!root.getNodeName().equals("xml")) {
                throw new IllegalArgumentException("root element is " + root.getNodeName());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    fields.put(n.getNodeName(), n.getTextContent());
                }
            }
            return fields;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not a WeChat Pay document: " + e.getMessage(), e);
        }
    }
}
