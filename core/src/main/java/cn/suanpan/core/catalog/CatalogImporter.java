package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.BARCODE;
import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static cn.suanpan.core.store.schema.Tables.PRODUCT;

import cn.suanpan.core.catalog.ImportReport.RowError;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.BarcodeRecord;
import cn.suanpan.core.store.schema.tables.records.CategoryRecord;
import cn.suanpan.core.store.schema.tables.records.ProductRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Imports a catalog CSV all or nothing: every row is checked first and any error is
 * reported by line and column with nothing written; a clean file is applied in one
 * transaction (products matched by SKU are updated, their barcodes replaced).
 */
public final class CatalogImporter {

    /** Called as rows are checked and written; {@code done} counts up to {@code total}. */
    public interface Progress {
        void update(String phase, long done, long total);

        Progress NONE = (phase, done, total) -> { };
    }

    private static final int BATCH = 2_000;

    private final LocalStore store;
    private final Clock clock;

    public CatalogImporter(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ImportReport importCsv(Reader in, Progress progress) {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(in);
        } catch (IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "", new UserMessage("catalog.import.empty")));
            return new ImportReport(0, 0, 0, 0, errors);
        }
        Map<String, Integer> columns = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, 0, 0, errors);
        }
        List<Csv.Row> data = rows.subList(1, rows.size());
        List<Product> products = new ArrayList<>(data.size());
        Set<String> skus = new HashSet<>();
        Map<String, String> barcodeOwner = new HashMap<>();
        Set<String> scaleCodes = new HashSet<>();
        long checked = 0;
        for (Csv.Row row : data) {
            Product p = new RowParser(row, columns, errors).parse();
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
                products.add(p);
            }
            if (++checked % 5_000 == 0) {
                progress.update("check", checked, data.size());
            }
        }
        progress.update("check", checked, data.size());
        if (!errors.isEmpty()) {
            return new ImportReport(data.size(), 0, 0, 0, errors);
        }
        ImportReport report = store.inTransaction(tx -> write(tx, products, barcodeOwner, skus, columns.keySet(), progress, data.size()));
        CatalogSignal.of(store).changed();
        return report;
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

    private ImportReport write(DSLContext tx, List<Product> products, Map<String, String> barcodeOwner,
                               Set<String> skus, Set<String> columns, Progress progress, int rows) {
        Instant now = clock.instant();
        Map<String, UUID> categories = new HashMap<>();
        tx.selectFrom(CATEGORY).forEach(c -> categories.put(c.getCode(), c.getId()));
        int categoriesCreated = 0;
        for (Product p : products) {
            if (p.categoryCode() != null && !categories.containsKey(p.categoryCode())) {
                UUID id = Ids.uuidV7(clock);
                tx.insertInto(CATEGORY).set(CATEGORY.ID, id).set(CATEGORY.CODE, p.categoryCode())
                        .set(CATEGORY.NAME, p.categoryCode()).set(CATEGORY.SORT_ORDER, 1000).execute();
                categories.put(p.categoryCode(), id);
                categoriesCreated++;
            }
        }
        Map<String, UUID> existing = new HashMap<>();
        tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).forEach(r -> existing.put(r.value1(), r.value2()));
        // a barcode may move to another product only when its current holder is in this
        // file too (its barcodes are then replaced below)
        Map<String, UUID> barcodeProducts = new HashMap<>();
        tx.select(BARCODE.CODE, BARCODE.PRODUCT_ID).from(BARCODE).forEach(r -> barcodeProducts.put(r.value1(), r.value2()));
        Map<UUID, String> skuById = new HashMap<>();
        existing.forEach((sku, id) -> skuById.put(id, sku));
        for (Map.Entry<String, String> e : barcodeOwner.entrySet()) {
            UUID holder = barcodeProducts.get(e.getKey());
            String holderSku = holder == null ? null : skuById.get(holder);
            if (holderSku != null && !holderSku.equals(e.getValue()) && !skus.contains(holderSku)) {
                throw new SuanpanException("catalog.import.barcodeTaken", e.getKey(), holderSku);
            }
        }

        List<ProductRecord> inserts = new ArrayList<>();
        List<ProductRecord> updates = new ArrayList<>();
        List<BarcodeRecord> barcodes = new ArrayList<>();
        List<UUID> replacedBarcodesOf = new ArrayList<>();
        for (Product p : products) {
            UUID id = existing.get(p.sku());
            ProductRecord r = tx.newRecord(PRODUCT);
            r.setId(id == null ? Ids.uuidV7(clock) : id);
            r.setSku(p.sku());
            r.setName(p.name());
            r.setNameEn(p.nameEn());
            Pinyin.Spelling spelling = Pinyin.of(p.name());
            r.setPinyin(spelling.full());
            r.setPinyinInitials(spelling.initials());
            r.setVoiceAlias(p.voiceAlias());
            r.setCategoryId(p.categoryCode() == null ? null : categories.get(p.categoryCode()));
            r.setUnit(p.unit());
            r.setPriceFen(p.price().fen());
            r.setCostFen(p.cost() == null ? null : p.cost().fen());
            r.setMemberPriceFen(p.memberPrice() == null ? null : p.memberPrice().fen());
            r.setTaxRateBp(p.taxRateBasisPoints());
            r.setWeighed(p.weighed());
            r.setScaleCode(p.scaleCode());
            r.setTrackStock(p.trackStock());
            r.setActive(p.active());
            r.setUpdatedAt(now);
            if (id == null) {
                inserts.add(r);
            } else {
                r.changed(PRODUCT.ID, false);
                keepWhatTheFileLacks(r, columns);
                updates.add(r);
                if (columns.contains("barcodes")) {
                    replacedBarcodesOf.add(id);
                }
            }
            if (id != null && !columns.contains("barcodes")) {
                continue;
            }
            for (String code : p.barcodes()) {
                BarcodeRecord b = tx.newRecord(BARCODE);
                b.setCode(code);
                b.setProductId(r.getId());
                barcodes.add(b);
            }
        }
        long done = 0;
        long total = products.size();
        for (int i = 0; i < inserts.size(); i += BATCH) {
            List<ProductRecord> chunk = inserts.subList(i, Math.min(i + BATCH, inserts.size()));
            tx.batchInsert(chunk).execute();
            done += chunk.size();
            progress.update("write", done, total);
        }
        for (int i = 0; i < updates.size(); i += BATCH) {
            List<ProductRecord> chunk = updates.subList(i, Math.min(i + BATCH, updates.size()));
            tx.batchUpdate(chunk).execute();
            done += chunk.size();
            progress.update("write", done, total);
        }
        for (int i = 0; i < replacedBarcodesOf.size(); i += BATCH) {
            tx.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.in(replacedBarcodesOf.subList(i, Math.min(i + BATCH, replacedBarcodesOf.size())))).execute();
        }
        for (int i = 0; i < barcodes.size(); i += BATCH) {
            tx.batchInsert(barcodes.subList(i, Math.min(i + BATCH, barcodes.size()))).execute();
        }
        return new ImportReport(rows, inserts.size(), updates.size(), categoriesCreated, List.of());
    }

    /**
     * A file that leaves out a column (say a price list of {@code sku,name,price}) updates
     * only what it has: the other fields of existing products stay as they are.
     */
    private static void keepWhatTheFileLacks(ProductRecord r, Set<String> columns) {
        Map<String, org.jooq.TableField<ProductRecord, ?>> fieldOf = Map.of(
                "name_en", PRODUCT.NAME_EN,
                "category", PRODUCT.CATEGORY_ID,
                "unit", PRODUCT.UNIT,
                "cost", PRODUCT.COST_FEN,
                "member_price", PRODUCT.MEMBER_PRICE_FEN,
                "tax_rate", PRODUCT.TAX_RATE_BP,
                "weighed", PRODUCT.WEIGHED,
                "scale_code", PRODUCT.SCALE_CODE,
                "voice_alias", PRODUCT.VOICE_ALIAS,
                "active", PRODUCT.ACTIVE);
        fieldOf.forEach((column, field) -> {
            if (!columns.contains(column)) {
                r.changed(field, false);
            }
        });
    }

    /** Checks one row and turns it into a product, adding an error per bad field. */
    private static final class RowParser {
        private final Csv.Row row;
        private final Map<String, Integer> columns;
        private final List<RowError> errors;
        private boolean bad;

        RowParser(Csv.Row row, Map<String, Integer> columns, List<RowError> errors) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
        }

        Product parse() {
            String sku = text("sku", 32, true);
            String name = text("name", 200, true);
            String nameEn = text("name_en", 200, false);
            String category = text("category", 32, false);
            String unit = text("unit", 16, false);
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
            for (String part : v.split("[|;\\s]+")) {
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
