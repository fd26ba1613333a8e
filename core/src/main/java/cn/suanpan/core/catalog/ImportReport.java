package cn.suanpan.core.catalog;

import cn.suanpan.core.i18n.UserMessage;
import java.util.List;

/**
 * What an import did. With any error nothing was written: {@code inserted} and
 * {@code updated} are then zero and {@code errors} says which row and column to fix.
 */
public record ImportReport(int rows, int inserted, int updated, int categoriesCreated, List<RowError> errors) {

    public record RowError(int line, String column, UserMessage message) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
