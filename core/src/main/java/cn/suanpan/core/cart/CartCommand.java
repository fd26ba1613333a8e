package cn.suanpan.core.cart;

/**
 * One edit of the cart that can be taken back. {@link #execute} checks the edit, remembers
 * what it replaces and returns the new cart; {@link #undo} is given the cart that
 * {@code execute} returned and gives back the one before. A failed {@code execute} throws a
 * {@link cn.suanpan.core.i18n.SuanpanException} with the reason for the cashier and changes
 * nothing.
 *
 * <p>Commands keep state between execute and undo, so each edit is a new command object,
 * and they are applied through a {@link CartEditor}, which keeps the order straight.
 */
public interface CartCommand {

    Cart execute(Cart cart);

    Cart undo(Cart cart);
}
