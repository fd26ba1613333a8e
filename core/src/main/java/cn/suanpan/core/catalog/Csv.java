package cn.suanpan.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Just enough RFC 4180: commas, quoted fields with doubled quotes and line breaks. */
final class Csv {

    private Csv() {
    }

    /** One record and the line it started on (1-based, counting the header). */
    record Row(int line, List<String> fields) {
    }

    static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        RowReader reader = new RowReader(in);
        for (Row row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * Reads one record at a time, so that a file of a million rows need not be held in
     * memory at once; blank lines are skipped.
     */
    static final class RowReader {
        private final BufferedReader reader;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private boolean started;
        private boolean ended;

        RowReader(Reader in) {
            reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        }

        /** The next record, or {@code null} at the end of the file. */
        Row next() throws IOException {
            if (ended) {
                return null;
            }
            int c = reader.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = reader.read(); // byte order mark written by spreadsheet programs
                }
            }
            boolean quoted = false;
            boolean fieldStarted = false;
            int rowLine = line;
            for (; c != -1; c = reader.read()) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            reader.reset();
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                        return take(rowLine);
                    }
                    fields.clear();
                    rowLine = line;
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
            ended = true;
            if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
                fields.add(field.toString());
                field.setLength(0);
                return take(rowLine);
            }
            return null;
        }

        private Row take(int rowLine) {
            Row row = new Row(rowLine, List.copyOf(fields));
            fields.clear();
            return row;
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
