package cn.suanpan.core.voice;

import java.util.Locale;

/**
 * The documented JSON form of a recognised command (docs/VOICE.md), e.g.
 * {@code {"text": "add two cola", "intent": {"type": "ADD_ITEM", "sku": "SP00001", "quantity": 2}}}.
 */
public final class IntentJson {

    private IntentJson() {
    }

    public static String write(String text, Intent intent) {
        return write(text, intent, Double.NaN);
    }

    /** With the recognizer's confidence (0 to 1), when there is one. */
    public static String write(String text, Intent intent, double confidence) {
        StringBuilder out = new StringBuilder("{\"text\": ").append(quote(text));
        if (!Double.isNaN(confidence)) {
            out.append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.2f", confidence));
        }
        out.append(", \"intent\": ").append(intent(intent)).append('}');
        return out.toString();
    }

    public static String intent(Intent intent) {
        StringBuilder out = new StringBuilder("{\"type\": ").append(quote(intent.type().name()));
        switch (intent) {
            case Intent.AddItem a -> out.append(", \"sku\": ").append(quote(a.sku())).append(", \"quantity\": ").append(a.quantity());
            case Intent.RemoveItem r -> out.append(", \"sku\": ").append(quote(r.sku()));
            case Intent.SetQuantity s -> out.append(", \"sku\": ").append(quote(s.sku())).append(", \"quantity\": ").append(s.quantity());
            case Intent.Pay p -> out.append(", \"method\": ").append(quote(p.method().name()));
            case Intent.Unknown u -> {
                out.append(", \"closest\": [");
                for (int i = 0; i < u.closest().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(quote(u.closest().get(i)));
                }
                out.append(']');
            }
            default -> {
            }
        }
        if (intent.type().needsConfirmation()) {
            out.append(", \"needsConfirmation\": true");
        }
        if (intent.type().needsPermission()) {
            out.append(", \"needsPermission\": true");
        }
        return out.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
