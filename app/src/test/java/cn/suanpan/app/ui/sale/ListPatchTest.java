package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ListPatchTest {

    /** The changes one apply fired, each as "+from..to" (added), "-from..to" (removed) or "~from..to" (replaced). */
    private static List<String> changes(ObservableList<String> list, List<String> wanted) {
        List<String> seen = new ArrayList<>();
        ListChangeListener<String> listener = c -> {
            while (c.next()) {
                String kind = c.wasReplaced() ? "~" : c.wasAdded() ? "+" : c.wasRemoved() ? "-" : "?";
                int to = c.wasRemoved() && !c.wasAdded() ? c.getFrom() + c.getRemovedSize() : c.getTo();
                seen.add(kind + c.getFrom() + ".." + to);
            }
        };
        list.addListener(listener);
        ListPatch.apply(list, wanted);
        list.removeListener(listener);
        return seen;
    }

    @Test
    void aNewLastRowIsAnAppendAndTheRowsBeforeItStay() {
        String first = new String("cola");
        ObservableList<String> list = FXCollections.observableArrayList(first, "sprite");

        assertThat(changes(list, List.of("cola", "sprite", "noodles"))).containsExactly("+2..3");
        assertThat(list).containsExactly("cola", "sprite", "noodles");
        assertThat(list.getFirst()).isSameAs(first);
    }

    @Test
    void oneChangedRowIsReplacedAlone() {
        ObservableList<String> list = FXCollections.observableArrayList("cola", "sprite", "noodles");

        assertThat(changes(list, List.of("cola", "sprite x2", "noodles"))).containsExactly("~1..2");
        assertThat(list).containsExactly("cola", "sprite x2", "noodles");
    }

    @Test
    void aRemovedRowIsARemoval() {
        ObservableList<String> list = FXCollections.observableArrayList("cola", "sprite", "noodles");

        assertThat(changes(list, List.of("cola", "noodles"))).containsExactly("-1..2");
        assertThat(list).containsExactly("cola", "noodles");
    }

    @Test
    void theSameContentChangesNothing() {
        ObservableList<String> list = FXCollections.observableArrayList("cola", "sprite");

        assertThat(changes(list, List.of("cola", "sprite"))).isEmpty();
    }

    @Test
    void severalChangesAtOnceReplaceTheWhole() {
        ObservableList<String> list = FXCollections.observableArrayList("cola", "sprite", "noodles");

        assertThat(changes(list, List.of("cola x2", "sprite", "noodles x2", "milk"))).containsExactly("~0..4");
        assertThat(list).containsExactly("cola x2", "sprite", "noodles x2", "milk");
    }

    @Property
    void theListEndsAsWantedInAtMostOneChange(@ForAll @Size(max = 8) List<@IntRange(max = 4) Integer> before,
                                              @ForAll @Size(max = 8) List<@IntRange(max = 4) Integer> after) {
        ObservableList<String> list = FXCollections.observableArrayList(before.stream().map(String::valueOf).toList());
        List<String> wanted = after.stream().map(String::valueOf).toList();
        int[] events = {0};
        list.addListener((ListChangeListener<String>) c -> events[0]++);

        ListPatch.apply(list, wanted);

        assertThat(list).containsExactlyElementsOf(wanted);
        assertThat(events[0]).isEqualTo(before.equals(after) ? 0 : 1);
    }
}
