package cn.suanpan.core.cart;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The cart being edited at the counter, with undo and redo. The view model of the sale
 * screen holds one per sale and shows {@link #cart()} after every call.
 *
 * <p>Not thread-safe: the UI thread owns it.
 */
public final class CartEditor {

    private Cart cart;
    private final Deque<CartCommand> done = new ArrayDeque<>();
    private final Deque<CartCommand> undone = new ArrayDeque<>();

    public CartEditor(Cart start) {
        this.cart = start;
    }

    public CartEditor() {
        this(Cart.empty());
    }

    public Cart cart() {
        return cart;
    }

    /** Runs the command; on failure the exception says why and nothing changes. A new edit ends redo. */
    public Cart apply(CartCommand command) {
        cart = command.execute(cart);
        done.push(command);
        undone.clear();
        return cart;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Takes back the last edit; false when there is none. */
    public boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        CartCommand command = done.pop();
        cart = command.undo(cart);
        undone.push(command);
        return true;
    }

    /**
     * Applies the last undone edit again. The cart is exactly as it was when the command first
     * ran, so its checks pass again.
     */
    public boolean redo() {
        if (undone.isEmpty()) {
            return false;
        }
        CartCommand command = undone.pop();
        cart = command.execute(cart);
        done.push(command);
        return true;
    }
}
