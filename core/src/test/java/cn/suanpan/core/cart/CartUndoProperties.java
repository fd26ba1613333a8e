package cn.suanpan.core.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class CartUndoProperties {

    @Property(tries = 500)
    void undoingAnySequenceRestoresTheCartItStartedFrom(@ForAll("edits") List<CartSteps.Step> before,
                                                        @ForAll("edits") List<CartSteps.Step> edits) {
        CartEditor editor = new CartEditor();
        CartSteps.applyAll(editor, before);
        Cart start = editor.cart();

        int applied = CartSteps.applyAll(editor, edits);
        // guards the generator: most sequences must really edit the cart
        Statistics.collect(applied >= edits.size() / 2 ? "mostly applied" : "mostly refused");
        Statistics.coverage(c -> c.check("mostly applied").percentage(p -> p > 60));
        Cart end = editor.cart();
        for (int i = 0; i < applied; i++) {
            assertThat(editor.undo()).isTrue();
        }
        assertThat(editor.cart()).isEqualTo(start);

        for (int i = 0; i < applied; i++) {
            assertThat(editor.redo()).isTrue();
        }
        assertThat(editor.cart()).isEqualTo(end);
    }

    @Provide
    Arbitrary<List<CartSteps.Step>> edits() {
        return CartSteps.steps(25);
    }
}
