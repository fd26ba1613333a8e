package cn.suanpan.app.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A numeric keypad for touch screens. Its buttons never take the focus, so a text field
 * that has it keeps it and the physical keyboard goes on working beside the keypad.
 */
public final class Keypad {

    public static final String BACKSPACE = "BACK";
    public static final String CLEAR = "CLEAR";

    private Keypad() {
    }

    /**
     * Keys 7-8-9 / 4-5-6 / 1-2-3 / 0-00-. ; with {@code withEditKeys} a column of ⌫ and C.
     * The keys grow with the space given (the sale screen's keypad fills its corner).
     */
    public static GridPane create(Consumer<String> onKey, boolean withEditKeys) {
        return create(onKey, withEditKeys, true);
    }

    /** A keypad whose keys keep their size: for dialogs, where the keypad sits beside the fields. */
    public static GridPane compact(Consumer<String> onKey, boolean withEditKeys) {
        GridPane grid = create(onKey, withEditKeys, false);
        grid.getStyleClass().add("compact-keypad");
        grid.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return grid;
    }

    private static GridPane create(Consumer<String> onKey, boolean withEditKeys, boolean grow) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("keypad");
        grid.setHgap(6);
        grid.setVgap(6);
        String[][] rows = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}, {"0", "00", "."}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                grid.add(key(rows[r][c], rows[r][c], onKey, grow), c, r);
            }
        }
        if (withEditKeys) {
            Button back = key("\u232B", BACKSPACE, onKey, true);
            Button clear = key("C", CLEAR, onKey, true);
            back.getStyleClass().add("keypad-edit");
            clear.getStyleClass().add("keypad-edit");
            grid.add(back, 3, 0, 1, 2);
            grid.add(clear, 3, 2, 1, 2);
        }
        return grid;
    }

    /** A compact keypad of digits only, for PINs. */
    public static GridPane pin(TextInputControl field) {
        GridPane grid = compact(key -> type(field, key), true);
        grid.getChildren().removeIf(n -> n.getUserData() != null && (n.getUserData().equals(".") || n.getUserData().equals("00")));
        grid.getChildren().stream().filter(n -> "0".equals(n.getUserData())).forEach(zero -> GridPane.setColumnIndex(zero, 1));
        return grid;
    }

    /** A compact keypad that types into {@code field}. */
    public static GridPane into(TextInputControl field, boolean withEditKeys) {
        return compact(key -> type(field, key), withEditKeys);
    }

    public static void type(TextInputControl field, String key) {
        switch (key) {
            case BACKSPACE -> {
                String t = field.getText();
                if (!t.isEmpty()) {
                    field.setText(t.substring(0, t.length() - 1));
                }
            }
            case CLEAR -> field.clear();
            default -> field.appendText(key);
        }
        field.positionCaret(field.getText().length());
    }

    private static Button key(String label, String key, Consumer<String> onKey, boolean grow) {
        Button b = new Button(label);
        b.getStyleClass().add("keypad-key");
        b.setFocusTraversable(false);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        if (grow) {
            GridPane.setHgrow(b, Priority.ALWAYS);
            GridPane.setVgrow(b, Priority.ALWAYS);
        }
        b.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        b.setOnAction(e -> onKey.accept(key));
        b.setUserData(key);
        return b;
    }
}
