package cn.suanpan.core.catalog.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The few distinct values of a low-cardinality column (category codes, units), so that each
 * product stores a two-byte code instead of a reference. Code 0 is {@code null}.
 */
final class Dictionary {

    private final List<String> values = new ArrayList<>();
    private final Map<String, Character> codes = new HashMap<>();

    Dictionary() {
        values.add(null);
    }

    char code(String value) {
        if (value == null) {
            return 0;
        }
        Character code = codes.get(value);
        if (code != null) {
            return code;
        }
        if (values.size() > Character.MAX_VALUE) {
            throw new IllegalStateException("more than " + (int) Character.MAX_VALUE + " distinct values");
        }
        char c = (char) values.size();
        values.add(value);
        codes.put(value, c);
        return c;
    }

    String value(char code) {
        return values.get(code);
    }
}
