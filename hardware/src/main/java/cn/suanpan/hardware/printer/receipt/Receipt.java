package cn.suanpan.hardware.printer.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on one customer receipt, independent of the sale engine: the sale code
 * fills it with preformatted strings and the printer code lays it out.
 *
 * @param locale   language of the fixed labels ("单号" / "Receipt")
 * @param barcode  CODE128 content printed near the foot; the receipt number itself or a
 *                 compact scan form of it (digits only print narrower: a 58 mm roll holds
 *                 about 14 CODE128 symbols at 2-dot bars). Printable ASCII only.
 * @param change   change given in cash, if any
 * @param training a practice sale: the receipt is marked at top and bottom so it cannot
 *                 pass for a real one
 */
public record Receipt(
        Locale locale,
        ReceiptHeader header,
        ReceiptMeta meta,
        List<ItemLine> items,
        List<TotalLine> totals,
        List<TenderLine> tenders,
        Optional<String> change,
        List<String> footer,
        String barcode,
        Optional<ReceiptQr> qr,
        boolean training) {

    public Receipt {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(meta, "meta");
        items = List.copyOf(items);
        totals = List.copyOf(totals);
        tenders = List.copyOf(tenders);
        Objects.requireNonNull(change, "change");
        footer = List.copyOf(footer);
        Objects.requireNonNull(barcode, "barcode");
        Objects.requireNonNull(qr, "qr");
        if (totals.stream().filter(TotalLine::emphasised).count() > 1) {
            throw new IllegalArgumentException("only one total line may be emphasised");
        }
        if (barcode.isEmpty() || !barcode.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("CODE128 content must be printable ASCII: " + barcode);
        }
    }

    public static Builder builder(Locale locale, ReceiptHeader header, ReceiptMeta meta) {
        return new Builder(locale, header, meta);
    }

    /** Collects the parts of a receipt; the barcode defaults to the receipt number. */
    public static final class Builder {
        private final Locale locale;
        private final ReceiptHeader header;
        private final ReceiptMeta meta;
        private final List<ItemLine> items = new ArrayList<>();
        private final List<TotalLine> totals = new ArrayList<>();
        private final List<TenderLine> tenders = new ArrayList<>();
        private final List<String> footer = new ArrayList<>();
        private String change;
        private String barcode;
        private ReceiptQr qr;
        private boolean training;

        private Builder(Locale locale, ReceiptHeader header, ReceiptMeta meta) {
            this.locale = locale;
            this.header = header;
            this.meta = meta;
        }

        public Builder item(ItemLine item) {
            items.add(item);
            return this;
        }

        public Builder total(TotalLine total) {
            totals.add(total);
            return this;
        }

        public Builder tender(TenderLine tender) {
            tenders.add(tender);
            return this;
        }

        public Builder change(String amount) {
            this.change = amount;
            return this;
        }

        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        public Builder barcode(String content) {
            this.barcode = content;
            return this;
        }

        public Builder qr(ReceiptQr code) {
            this.qr = code;
            return this;
        }

        public Builder training(boolean practice) {
            this.training = practice;
            return this;
        }

        public Receipt build() {
            return new Receipt(locale, header, meta, items, totals, tenders, Optional.ofNullable(change), footer,
                    barcode == null ? meta.receiptNo() : barcode, Optional.ofNullable(qr), training);
        }
    }
}
