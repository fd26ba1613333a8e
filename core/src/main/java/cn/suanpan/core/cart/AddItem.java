package cn.suanpan.core.cart;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.util.Optional;

/**
 * Puts a product in the cart. A piece product already on a plain line (no override, no
 * discount) grows that line when the shop merges lines, since a cashier who scans the same
 * drink twice means "two drinks"; a line with a negotiated price stays as it was agreed.
 */
public final class AddItem implements CartCommand {

    private final Product product;
    private final Quantity quantity;
    private final Money labelAmount;

    private CartLine merged;
    private int lineNo;
    private int nextLineNoBefore;

    public AddItem(Product product, Quantity quantity) {
        this(product, quantity, null);
    }

    private AddItem(Product product, Quantity quantity, Money labelAmount) {
        this.product = product;
        this.quantity = quantity;
        this.labelAmount = labelAmount;
    }

    /** A weighed item from a scale label: the label's amount is the line's price. */
    public static AddItem scaleLabel(Product product, Quantity.Weight weight, Money labelAmount) {
        return new AddItem(product, weight, labelAmount);
    }

    /** The number of the line this command added or grew; valid after {@link #execute}. */
    public int lineNo() {
        return lineNo;
    }

    @Override
    public Cart execute(Cart cart) {
        if (!product.active()) {
            throw new SuanpanException("cart.productInactive", product.name());
        }
        if (labelAmount != null) {
            if (!product.weighed()) {
                throw new SuanpanException("cart.labelNotWeighed", product.name());
            }
            if (labelAmount.isNegative()) {
                throw new SuanpanException("cart.negativePrice", labelAmount.plain());
            }
        }
        cart.rules().checkQuantity(product, quantity);

        Optional<CartLine> target = mergeTarget(cart);
        if (target.isPresent()) {
            CartLine line = target.get();
            Quantity grown = ((Quantity.Pieces) line.quantity()).plus((Quantity.Pieces) quantity);
            cart.rules().checkQuantity(product, grown);
            merged = line;
            lineNo = line.lineNo();
            return cart.withLineReplaced(line.withQuantity(grown));
        }
        merged = null;
        lineNo = cart.nextLineNo();
        nextLineNoBefore = cart.nextLineNo();
        return cart.withNewLine(new CartLine(lineNo, product, quantity, labelAmount, null, null, false));
    }

    private Optional<CartLine> mergeTarget(Cart cart) {
        if (!cart.rules().mergeSameProduct() || labelAmount != null || !(quantity instanceof Quantity.Pieces)) {
            return Optional.empty();
        }
        return cart.lines().stream().filter(l -> l.acceptsMoreOf(product)).findFirst();
    }

    @Override
    public Cart undo(Cart cart) {
        if (merged != null) {
            return cart.withLineReplaced(merged);
        }
        return cart.withLineRemoved(lineNo).withNextLineNo(nextLineNoBefore);
    }
}
