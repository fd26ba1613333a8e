package cn.suanpan.core.cart;

import java.util.Objects;

/**
 * The member attached to a sale, as far as pricing needs it. Members themselves belong to
 * the cloud; the cart only keeps the id (for the sale record) and a name for the screen.
 */
public record Member(String id, String name) {

    public Member {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank member id");
        }
    }
}
