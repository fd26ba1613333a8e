package cn.suanpan.core.cart;

import java.util.Objects;

/** Attaches a member to the sale, replacing any other; member prices apply from now on. */
public final class AttachMember implements CartCommand {

    private final Member member;
    private Member before;

    public AttachMember(Member member) {
        this.member = Objects.requireNonNull(member, "member");
    }

    @Override
    public Cart execute(Cart cart) {
        before = cart.member();
        return cart.withMember(member);
    }

    @Override
    public Cart undo(Cart cart) {
        return cart.withMember(before);
    }
}
