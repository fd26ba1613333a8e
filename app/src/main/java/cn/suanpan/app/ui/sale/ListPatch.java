package cn.suanpan.app.ui.sale;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to the wanted content with as small a change as it takes, in one
 * change event. The cart list is repriced after every edit; replacing all its rows makes the
 * list view update, restyle and measure every visible row again (and forget the heights it
 * knew), where a scan only appends a row or changes one.
 */
final class ListPatch {

    private ListPatch() {
    }

    /**
     * Leaves the rows that are equal in place: an append, a removal of one run of rows or the
     * change of a single row is done as that; anything else replaces the whole content.
     */
    static <T> void apply(ObservableList<T> list, List<? extends T> wanted) {
        int oldSize = list.size();
        int newSize = wanted.size();
        int head = 0;
        while (head < oldSize && head < newSize && list.get(head).equals(wanted.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < oldSize - head && tail < newSize - head
                && list.get(oldSize - 1 - tail).equals(wanted.get(newSize - 1 - tail))) {
            tail++;
        }
        int oldMiddle = oldSize - head - tail;
        int newMiddle = newSize - head - tail;
        if (oldMiddle == 0 && newMiddle == 0) {
            return;
        }
        if (oldMiddle == 0) {
            list.addAll(head, wanted.subList(head, head + newMiddle));
        } else if (newMiddle == 0) {
            list.remove(head, head + oldMiddle);
        } else if (oldMiddle == 1 && newMiddle == 1) {
            list.set(head, wanted.get(head));
        } else {
            list.setAll(wanted);
        }
    }
}
