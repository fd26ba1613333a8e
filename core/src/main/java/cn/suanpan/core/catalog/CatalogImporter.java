package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.CATEGORY;

import cn.suanpan.core.catalog.ImportReport.RowError;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.CategoryRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a catalog CSV all or nothing: every row is checked and any error is reported by
 * line and column with nothing written; a clean file is applied in one transaction (products
 * matched by SKU are updated, their barcodes replaced). The file is read, checked and written
 * in one pass inside that transaction, which is rolled back when any row fails (ADR 19).
 */
public final class CatalogImporter {

    /**
     * Called as rows are checked and written; {@code done} counts up to {@code total}. Rows are
     * checked as the file is read (and written as they are checked), so while checking
     * {@code total} is {@link #UNKNOWN} until the end of the file.
     */
    public interface Progress {
        void update(String phase, long done, long total);

        Progress NONE = (phase, done, total) -> { };
    }

    /** Total of a phase not known yet. */
    public static final long UNKNOWN = -1;

    private final LocalStore store;
    private final Clock clock;
    private final int chunkSize;

    public CatalogImporter(LocalStore store, Clock clock) {
        this(store, clock, CatalogWriter.CHUNK);
    }

    /** With products written {@code chunkSize} at a time (tests use small chunks). */
    CatalogImporter(LocalStore store, Clock clock, int chunkSize) {
        this.store = store;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    public ImportReport importCsv(Reader in, Progress progress) {
        try {
            return importRows(new Csv.RowReader(in), progress);
        } catch (IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
    }

    private ImportReport importRows(Csv.RowReader reader, Progress progress) throws IOException {
        List<RowError> errors = new ArrayList<>();
        Csv.Row first = reader.next();
        if (first == null) {
            errors.add(new RowError(1, "", new UserMessage("catalog.import.empty")));
            return new ImportReport(0, 0, 0, 0, errors);
        }
        Map<String, Integer> columns = header(first, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, 0, 0, errors);
        }
        ImportReport report;
        try {
            report = store.inTransaction(tx -> checkAndWrite(reader, columns, errors, new CatalogWriter(tx, clock, columns.keySet(), chunkSize), progress));
        } catch (Rejected rejected) {
            return rejected.report;
        }
        CatalogSignal.of(store).changed();
        return report;
    }

    /**
     * Checks every row and, while none has failed, writes the good ones as it goes, so that a
     * file of a million rows is never held in memory (only its SKUs and barcodes are, to find
     * duplicates). A file with any error is rolled back by throwing {@link Rejected} out of
     * the transaction: nothing of it stays.
     */
    private static ImportReport checkAndWrite(Csv.RowReader reader, Map<String, Integer> columns, List<RowError> errors,
                                              CatalogWriter writer, Progress progress) {
        Set<String> skus = new HashSet<>();
        Map<String, String> barcodeOwner = new HashMap<>();
        Set<String> scaleCodes = new HashSet<>();
        Map<String, String> shared = new HashMap<>();
        int checked = 0;
        for (Csv.Row row = next(reader); row != null; row = next(reader)) {
            Product p = new RowParser(row, columns, errors, shared).parse();
            if (p != null) {
                if (!skus.add(p.sku())) {
                    errors.add(new RowError(row.line(), "sku", new UserMessage("catalog.import.duplicateSku", p.sku())));
                }
                for (String code : p.barcodes()) {
                    String other = barcodeOwner.putIfAbsent(code, p.sku());
                    if (other != null && !other.equals(p.sku())) {
                        errors.add(new RowError(row.line(), "barcodes", new UserMessage("catalog.import.duplicateBarcode", code, other)));
                    }
                }
                if (p.scaleCode() != null && !scaleCodes.add(p.scaleCode())) {
                    errors.add(new RowError(row.line(), "scale_code", new UserMessage("catalog.import.duplicateScaleCode", p.scaleCode())));
                }
                if (errors.isEmpty()) {
                    writer.add(p);
                }
            }
            if (++checked % 5_000 == 0) {
                progress.update("check", checked, UNKNOWN);
            }
        }
        progress.update("check", checked, checked);
        if (!errors.isEmpty()) {
            throw new Rejected(new ImportReport(checked, 0, 0, 0, errors));
        }
        CatalogWriter.Written written = writer.finish(skus);
        progress.update("write", checked, checked);
        return new ImportReport(checked, written.inserted(), written.updated(), written.categoriesCreated(), List.of());
    }

    private static Csv.Row next(Csv.RowReader reader) {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
    }

    /** A file with errors: thrown out of the import's transaction to roll back what was written. */
    private static final class Rejected extends RuntimeException {
        final transient ImportReport report;

        Rejected(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Creates or renames categories from a {@code code,name,name_en,sort_order} file. */
    public int importCategories(Reader in) {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(in);
        } catch (IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
        return store.inTransaction(tx -> {
            int n = 0;
            for (Csv.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                List<String> f = row.fields();
                if (f.size() < 2 || f.get(0).isBlank() || f.get(1).isBlank()) {
                    throw new SuanpanException("catalog.import.badCategoryRow", row.line());
                }
                String code = f.get(0).strip();
                String nameEn = f.size() > 2 ? f.get(2).strip() : null;
                int sort = f.size() > 3 && !f.get(3).isBlank() ? Integer.parseInt(f.get(3).strip()) : 0;
                CategoryRecord r = tx.selectFrom(CATEGORY).where(CATEGORY.CODE.eq(code)).fetchOne();
                if (r == null) {
                    r = tx.newRecord(CATEGORY);
                    r.setId(Ids.uuidV7(clock));
                    r.setCode(code);
                }
                r.setName(f.get(1).strip());
                r.setNameEn(nameEn);
                r.setSortOrder(sort);
                r.store();
                n++;
            }
            return n;
        });
    }

    private static Map<String, Integer> header(Csv.Row row, List<RowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase();
            if (!CatalogCsv.COLUMNS.contains(name)) {
                errors.add(new RowError(row.line(), name, new UserMessage("catalog.import.unknownColumn", name)));
            }
            columns.put(name, i);
        }
        for (String required : CatalogCsv.REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(row.line(), required, new UserMessage("catalog.import.missingColumn", required)));
            }
        }
        return columns;
    }

    /** Checks one row and turns it into a product, adding an error per bad field. */
    private static final class RowParser {
        private static final Pattern BARCODE_SEPARATORS = Pattern.compile("[|;\\s]+");

        private final Csv.Row row;
        private final Map<String, Integer> columns;
        private final List<RowError> errors;
        /** One copy of each category code and unit, which a large file repeats on every row. */
        private final Map<String, String> shared;
        private boolean bad;

        RowParser(Csv.Row row, Map<String, Integer> columns, List<RowError> errors, Map<String, String> shared) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
            this.shared = shared;
        }

        Product parse() {
            String sku = text("sku", 32, true);
            String name = text("name", 200, true);
            String nameEn = text("name_en", 200, false);
            String category = shared(text("category", 32, false));
            String unit = shared(text("unit", 16, false));
            Money price = money("price", true);
            Money cost = money("cost", false);
            Money memberPrice = money("member_price", false);
            int taxBp = taxRate();
            boolean weighed = bool("weighed", false);
            String scaleCode = text("scale_code", 8, false);
            if (scaleCode != null && !scaleCode.chars().allMatch(Character::isDigit)) {
                error("scale_code", "catalog.import.badScaleCode", scaleCode);
            }
            String alias = text("voice_alias", 200, false);
            boolean active = bool("active", true);
            List<String> barcodes = barcodes();
            if (bad) {
                return null;
            }
            return new Product(null, sku, name, nameEn, null, null, alias == null ? null : alias.toLowerCase(),
                    category, unit == null ? (weighed ? "kg" : "pc") : unit, price, cost, memberPrice, taxBp, weighed,
                    scaleCode, true, active, barcodes);
        }

        private String shared(String value) {
            if (value == null) {
                return null;
            }
            String first = shared.putIfAbsent(value, value);
            return first == null ? value : first;
        }

        private String raw(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= row.fields().size()) {
                return null;
            }
            String v = row.fields().get(i).strip();
            return v.isEmpty() ? null : v;
        }

        private String text(String column, int max, boolean required) {
            String v = raw(column);
            if (v == null && required) {
                error(column, "catalog.import.required", column);
            } else if (v != null && v.length() > max) {
                error(column, "catalog.import.tooLong", column, max);
            }
            return v;
        }

        private Money money(String column, boolean required) {
            String v = text(column, 20, required);
            if (v == null) {
                return null;
            }
            try {
                Money m = Money.parse(v);
                if (m.isNegative()) {
                    error(column, "catalog.import.negative", v);
                }
                return m;
            } catch (NumberFormatException | ArithmeticException e) {
                error(column, "catalog.import.badAmount", v);
                return null;
            }
        }

        private int taxRate() {
            String v = raw("tax_rate");
            if (v == null) {
                return 1300;
            }
            try {
                BigDecimal percent = new BigDecimal(v.replace("%", ""));
                int bp = percent.movePointRight(2).intValueExact();
                if (bp < 0 || bp > 10_000) {
                    throw new ArithmeticException();
                }
                return bp;
            } catch (NumberFormatException | ArithmeticException e) {
                error("tax_rate", "catalog.import.badTaxRate", v);
                return 0;
            }
        }

        private boolean bool(String column, boolean dflt) {
            String v = raw(column);
            if (v == null) {
                return dflt;
            }
            return switch (v.toLowerCase()) {
                case "true", "yes", "1", "y", "是" -> true;
                case "false", "no", "0", "n", "否" -> false;
                default -> {
                    error(column, "catalog.import.badBoolean", v);
                    yield dflt;
                }
            };
        }

        private List<String> barcodes() {
            String v = raw("barcodes");
            if (v == null) {
                return List.of();
            }
            List<String> codes = new ArrayList<>();
            for (String part : BARCODE_SEPARATORS.split(v)) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.length() > 32) {
                    error("barcodes", "catalog.import.tooLong", "barcodes", 32);
                } else if (part.chars().allMatch(Character::isDigit) && isGtinLength(part) && !Ean13.isValidGtin(part)) {
                    error("barcodes", "catalog.import.badCheckDigit", part);
                } else if (!codes.contains(part)) {
                    codes.add(part);
                }
            }
            return codes;
        }

        private static boolean isGtinLength(String code) {
            int n = code.length();
            return n == 8 || n == 12 || n == 13 || n == 14;
        }

        private void error(String column, String key, Object... args) {
            bad = true;
            errors.add(new RowError(row.line(), column, new UserMessage(key, args)));
        }
    }
}
