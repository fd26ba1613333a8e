package cn.suanpan.core.cart;

import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.cart.TestProducts.weighed;
import static cn.suanpan.core.cart.TestProducts.withMemberPrice;
import static cn.suanpan.core.cart.TestProducts.withTaxRate;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random cart edits for properties. A step turns the current cart into a command (so that
 * it can pick an existing line), and may well be refused: refusals are part of real use.
 */
public final class CartSteps {

    public static final List<Product> PRODUCTS = List.of(
            withMemberPrice(piece("1001", "3.50"), "3.00"),
            piece("1002", "4.00"),
            withTaxRate(piece("1003", "12.80", "snacks"), 600),
            withMemberPrice(piece("1004", "0.99", "snacks"), "0.80"),
            weighed("2001", "12.90"),
            withMemberPrice(weighed("2002", "6.58"), "5.99"));

    private static final UUID APPROVER = UUID.fromString("00000000-0000-7000-8000-0000000000aa");

    private CartSteps() {
    }

    /** One edit, named for the failure report. */
    public record Step(String name, Function<Cart, CartCommand> command) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Applies the steps to the editor, skipping those the cart refuses; returns how many were applied. */
    public static int applyAll(CartEditor editor, List<Step> steps) {
        int applied = 0;
        for (Step step : steps) {
            try {
                editor.apply(step.command().apply(editor.cart()));
                applied++;
            } catch (SuanpanException refused) {
                // a refused edit changes nothing, which the properties rely on
            }
        }
        return applied;
    }

    public static Arbitrary<List<Step>> steps(int max) {
        return steps(0, max);
    }

    public static Arbitrary<List<Step>> steps(int min, int max) {
        return step().list().ofMinSize(min).ofMaxSize(max);
    }

    public static Arbitrary<Step> step() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> product = Arbitraries.integers().between(0, PRODUCTS.size() - 1);
        Arbitrary<Integer> amount = Arbitraries.integers().between(0, 5_000);
        Arbitrary<Integer> grams = Arbitraries.integers().between(1, 5_000);
        Arbitrary<Integer> basisPoints = Arbitraries.integers().between(0, 10_000);
        return Arbitraries.frequencyOf(List.of(
                weighted(6, Combinators.combine(product, Arbitraries.integers().between(1, 6), grams)
                        .as((p, n, g) -> add(PRODUCTS.get(p), n, g))),
                weighted(1, Combinators.combine(grams, amount).as(CartSteps::label)),
                weighted(2, Combinators.combine(line, Arbitraries.integers().between(1, 9), grams)
                        .as((l, n, g) -> new Step("quantity " + l + " " + n + "/" + g + "g",
                                c -> new ChangeQuantity(lineNo(c, l), quantityFor(c, l, n, g))))),
                weighted(1, line.map(l -> new Step("remove " + l, c -> new RemoveLine(lineNo(c, l))))),
                weighted(1, line.map(l -> new Step("void " + l, c -> new VoidLine(lineNo(c, l))))),
                weighted(2, Combinators.combine(line, basisPoints, amount, Arbitraries.of(true, false))
                        .as((l, bp, fen, pct) -> new Step("line discount " + l + (pct ? " " + bp + "bp" : " " + fen + "fen"),
                                c -> new SetLineDiscount(lineNo(c, l), discount(pct, bp, fen))))),
                weighted(1, Combinators.combine(basisPoints, amount, Arbitraries.of(true, false))
                        .as((bp, fen, pct) -> new Step("order discount " + (pct ? bp + "bp" : fen + "fen"),
                                c -> new SetOrderDiscount(discount(pct, bp, fen))))),
                weighted(1, Combinators.combine(line, amount)
                        .as((l, fen) -> new Step("override " + l + " " + fen + "fen",
                                c -> new OverridePrice(lineNo(c, l),
                                        new PriceOverride(Money.ofFen(fen), "测试", APPROVER))))),
                weighted(1, Arbitraries.of("M-1", "M-2").map(id -> new Step("attach " + id,
                        c -> new AttachMember(new Member(id, "会员" + id))))),
                weighted(1, Arbitraries.just(new Step("detach", c -> new DetachMember())))));
    }

    private static Tuple.Tuple2<Integer, Arbitrary<Step>> weighted(int weight, Arbitrary<Step> step) {
        return Tuple.of(weight, step);
    }

    private static Step add(Product product, int pieces, int grams) {
        return new Step("add " + product.sku() + (product.weighed() ? " " + grams + "g" : " x" + pieces),
                c -> new AddItem(product, product.weighed() ? Quantity.grams(grams) : Quantity.pieces(pieces)));
    }

    private static Step label(int grams, int fen) {
        Product product = PRODUCTS.get(4);
        return new Step("label " + grams + "g " + fen + "fen",
                c -> AddItem.scaleLabel(product, Quantity.grams(grams), Money.ofFen(fen)));
    }

    /** The number of the line at this position, or a number no line has. */
    private static int lineNo(Cart cart, int index) {
        return index < cart.lines().size() ? cart.lines().get(index).lineNo() : 100 + index;
    }

    private static Quantity quantityFor(Cart cart, int index, int pieces, int grams) {
        boolean weighed = index < cart.lines().size() && cart.lines().get(index).product().weighed();
        return weighed ? Quantity.grams(grams) : Quantity.pieces(pieces);
    }

    private static Discount discount(boolean percent, int basisPoints, int fen) {
        return percent ? new Discount.Percent(basisPoints) : Discount.amount(Money.ofFen(fen));
    }
}
