package cn.suanpan.core.cart;

import static cn.suanpan.core.cart.Refusals.assertRefused;
import static cn.suanpan.core.cart.TestProducts.inactive;
import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.cart.TestProducts.weighed;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CartEditorTest {

    static final Product COLA = piece("1001", "3.50");
    static final Product TEA = piece("1002", "4.00");
    static final Product APPLES = weighed("2001", "12.90");
    static final UUID SUPERVISOR = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final Member MEMBER = new Member("M-1", "王先生");

    final CartEditor editor = new CartEditor();

    Cart apply(CartCommand command) {
        return editor.apply(command);
    }

    /** Execute, undo, redo: the cart must go to after, back to before, and to after again. */
    void assertUndoRedo(CartCommand command, Function<Cart, Object> changed, Object expectedAfter) {
        Cart before = editor.cart();
        Cart after = editor.apply(command);
        assertThat(changed.apply(after)).isEqualTo(expectedAfter);
        assertThat(editor.undo()).isTrue();
        assertThat(editor.cart()).isEqualTo(before);
        assertThat(editor.redo()).isTrue();
        assertThat(editor.cart()).isEqualTo(after);
    }

    @Nested
    class Adding {

        @Test
        void addingTheSamePieceProductGrowsItsLine() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            AddItem again = new AddItem(COLA, Quantity.pieces(2));
            Cart cart = apply(again);
            assertThat(cart.lines()).hasSize(1);
            assertThat(cart.lines().getFirst().quantity()).isEqualTo(Quantity.pieces(3));
            assertThat(again.lineNo()).isEqualTo(1);
        }

        @Test
        void shopsThatCountLinesGetANewLineEachTime() {
            CartEditor lines = new CartEditor(Cart.empty(CartRules.DEFAULT.withMergeSameProduct(false)));
            lines.apply(new AddItem(COLA, Quantity.pieces(1)));
            Cart cart = lines.apply(new AddItem(COLA, Quantity.pieces(1)));
            assertThat(cart.lines()).extracting(CartLine::lineNo).containsExactly(1, 2);
        }

        @Test
        void aLineWithANegotiatedPriceOrDiscountOrVoidIsNotGrown() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new SetLineDiscount(1, Discount.percent("10")));
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new VoidLine(2));
            Cart cart = apply(new AddItem(COLA, Quantity.pieces(1)));
            assertThat(cart.lines()).extracting(CartLine::lineNo).containsExactly(1, 2, 3);
        }

        @Test
        void weighedGoodsAlwaysGetTheirOwnLine() {
            apply(new AddItem(APPLES, Quantity.kg("0.5")));
            Cart cart = apply(new AddItem(APPLES, Quantity.kg("0.7")));
            assertThat(cart.lines()).hasSize(2);
        }

        @Test
        void aScaleLabelFixesTheLineAmount() {
            Cart cart = apply(AddItem.scaleLabel(APPLES, Quantity.kg("0.455"), Money.parse("5.80")));
            assertThat(cart.lines().getFirst().listAmount()).isEqualTo(Money.parse("5.80"));
        }

        @Test
        void undoOfANewLineAlsoGivesBackItsNumber() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            assertUndoRedo(new AddItem(TEA, Quantity.pieces(1)), c -> c.lines().size(), 2);
            editor.undo();
            assertThat(editor.cart().nextLineNo()).isEqualTo(2);
        }

        @Test
        void undoOfAMergeShrinksTheLineAgain() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            assertUndoRedo(new AddItem(COLA, Quantity.pieces(4)), c -> c.lines().getFirst().quantity(),
                    Quantity.pieces(5));
        }

        @Test
        void wrongKindsOfQuantityAreRefused() {
            assertRefused(() -> apply(new AddItem(APPLES, Quantity.pieces(1))), "cart.weighedNeedsWeight");
            assertRefused(() -> apply(new AddItem(COLA, Quantity.kg("1"))), "cart.countedNeedsPieces");
            assertRefused(() -> apply(AddItem.scaleLabel(COLA, Quantity.kg("1"), Money.parse("1"))),
                    "cart.labelNotWeighed");
            assertRefused(() -> apply(AddItem.scaleLabel(APPLES, Quantity.kg("1"), Money.parse("-1"))),
                    "cart.negativePrice");
        }

        @Test
        void quantitiesOutsideTheShopLimitsAreRefused() {
            assertRefused(() -> apply(new AddItem(APPLES, Quantity.kg("100"))), "cart.weightOutOfRange");
            assertRefused(() -> apply(new AddItem(COLA, Quantity.pieces(10_000))), "cart.quantityTooLarge");
            apply(new AddItem(COLA, Quantity.pieces(9_000)));
            assertRefused(() -> apply(new AddItem(COLA, Quantity.pieces(1_000))), "cart.quantityTooLarge");
            assertThat(editor.cart().lines().getFirst().quantity()).isEqualTo(Quantity.pieces(9_000));
        }

        @Test
        void productsNoLongerSoldAreRefused() {
            assertRefused(() -> apply(new AddItem(inactive(COLA), Quantity.pieces(1))), "cart.productInactive");
        }
    }

    @Nested
    class EditingLines {

        @Test
        void changeQuantityUndoesAndRedoes() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            assertUndoRedo(new ChangeQuantity(1, Quantity.pieces(6)), c -> c.lines().getFirst().quantity(),
                    Quantity.pieces(6));
        }

        @Test
        void changeQuantityChecksKindAndLimits() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new AddItem(APPLES, Quantity.kg("1")));
            assertRefused(() -> apply(new ChangeQuantity(1, Quantity.kg("2"))), "cart.countedNeedsPieces");
            assertRefused(() -> apply(new ChangeQuantity(2, Quantity.grams(100_000))), "cart.weightOutOfRange");
            assertRefused(() -> apply(new ChangeQuantity(9, Quantity.pieces(2))), "cart.noSuchLine");
        }

        @Test
        void theWeightOfAScaleLabelCannotBeChanged() {
            apply(AddItem.scaleLabel(APPLES, Quantity.kg("0.455"), Money.parse("5.80")));
            assertRefused(() -> apply(new ChangeQuantity(1, Quantity.kg("0.6"))), "cart.labelQuantityFixed");
        }

        @Test
        void removeLineUndoesBackIntoItsPlace() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new AddItem(TEA, Quantity.pieces(1)));
            apply(new AddItem(APPLES, Quantity.kg("1")));
            assertUndoRedo(new RemoveLine(2), c -> c.lines().stream().map(CartLine::lineNo).toList(),
                    java.util.List.of(1, 3));
        }

        @Test
        void voidLineKeepsTheLineAndClosesItToEdits() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            assertUndoRedo(new VoidLine(1), c -> c.lines().getFirst().voided(), true);
            assertRefused(() -> apply(new VoidLine(1)), "cart.lineVoided");
            assertRefused(() -> apply(new ChangeQuantity(1, Quantity.pieces(2))), "cart.lineVoided");
            assertRefused(() -> apply(new SetLineDiscount(1, Discount.percent("5"))), "cart.lineVoided");
        }

        @Test
        void lineDiscountUndoesAndRedoes() {
            apply(new AddItem(COLA, Quantity.pieces(2)));
            assertUndoRedo(new SetLineDiscount(1, Discount.amount(Money.parse("1"))),
                    c -> c.lines().getFirst().discount(), Discount.amount(Money.parse("1")));
            assertUndoRedo(SetLineDiscount.clear(1), c -> c.lines().getFirst().discount(), null);
        }

        @Test
        void aLineDiscountAboveTheLineAmountIsRefused() {
            apply(new AddItem(COLA, Quantity.pieces(2)));
            assertRefused(() -> apply(new SetLineDiscount(1, Discount.amount(Money.parse("7.01")))),
                    "cart.discountAboveAmount");
            apply(new SetLineDiscount(1, Discount.amount(Money.parse("7.00"))));
        }

        @Test
        void overridePriceRecordsReasonAndApprover() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            PriceOverride override = new PriceOverride(Money.parse("2.00"), "临期", SUPERVISOR);
            assertUndoRedo(new OverridePrice(1, override), c -> c.lines().getFirst().override(), override);
            assertThat(editor.cart().lines().getFirst().override().approverId()).isEqualTo(SUPERVISOR);
        }

        @Test
        void anOverrideNeedsAPriceNotBelowZeroAReasonAndAnApprover() {
            assertRefused(() -> new PriceOverride(Money.parse("-0.01"), "x", SUPERVISOR), "cart.negativePrice");
            assertRefused(() -> new PriceOverride(Money.parse("1"), " ", SUPERVISOR), "cart.overrideReasonRequired");
            assertRefused(() -> new PriceOverride(Money.parse("1"), "x", null), "cart.overrideApproverRequired");
            assertThat(new PriceOverride(Money.ZERO, "赠品", SUPERVISOR).unitPrice()).isEqualTo(Money.ZERO);
        }
    }

    @Nested
    class WholeOrder {

        @Test
        void orderDiscountUndoesAndRedoes() {
            apply(new AddItem(COLA, Quantity.pieces(2)));
            assertUndoRedo(new SetOrderDiscount(Discount.percent("10")), Cart::orderDiscount, Discount.percent("10"));
            assertUndoRedo(SetOrderDiscount.clear(), Cart::orderDiscount, null);
        }

        @Test
        void anOrderDiscountAboveTheOrderIsRefused() {
            apply(new AddItem(COLA, Quantity.pieces(2)));
            assertRefused(() -> apply(new SetOrderDiscount(Discount.amount(Money.parse("7.01")))),
                    "cart.discountAboveAmount");
        }

        @Test
        void attachAndDetachMemberUndoAndRedo() {
            assertUndoRedo(new AttachMember(MEMBER), Cart::member, MEMBER);
            Member other = new Member("M-2", "李女士");
            assertUndoRedo(new AttachMember(other), Cart::member, other);
            assertUndoRedo(new DetachMember(), Cart::member, null);
        }

        @Test
        void detachingWithoutAMemberIsRefused() {
            assertRefused(() -> apply(new DetachMember()), "cart.noMember");
        }
    }

    @Nested
    class History {

        @Test
        void aRefusedCommandChangesNothingAndIsNotRecorded() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            Cart before = editor.cart();
            assertRefused(() -> apply(new RemoveLine(7)), "cart.noSuchLine");
            assertThat(editor.cart()).isEqualTo(before);
            editor.undo();
            assertThat(editor.cart()).isEqualTo(Cart.empty());
            assertThat(editor.canUndo()).isFalse();
        }

        @Test
        void aNewEditEndsRedo() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            editor.undo();
            assertThat(editor.canRedo()).isTrue();
            apply(new AddItem(TEA, Quantity.pieces(1)));
            assertThat(editor.canRedo()).isFalse();
            assertThat(editor.redo()).isFalse();
        }

        @Test
        void undoingEverythingGivesTheEmptyCartBack() {
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new AddItem(COLA, Quantity.pieces(1)));
            apply(new AttachMember(MEMBER));
            apply(new AddItem(APPLES, Quantity.kg("0.8")));
            apply(new VoidLine(2));
            apply(new SetOrderDiscount(Discount.amount(Money.parse("1"))));
            while (editor.undo()) {
                // undo all
            }
            assertThat(editor.cart()).isEqualTo(Cart.empty());
            assertThat(editor.undo()).isFalse();
        }
    }
}
