package cn.suanpan.core.voice;

import cn.suanpan.core.catalog.Product;
import java.util.Objects;

/** The parts of a product that can be spoken: its voice alias and its names. */
public record VoiceProduct(String sku, String voiceAlias, String name, String nameEn) {

    public VoiceProduct {
        Objects.requireNonNull(sku);
    }

    public static VoiceProduct of(Product p) {
        return new VoiceProduct(p.sku(), p.voiceAlias(), p.name(), p.nameEn());
    }
}
