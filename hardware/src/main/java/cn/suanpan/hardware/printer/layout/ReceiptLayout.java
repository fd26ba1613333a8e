package cn.suanpan.hardware.printer.layout;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.receipt.Adjustment;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TenderLine;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a receipt out on a roll of 32 or 48 columns: labels on the left, numbers
 * right-aligned, long names wrapped, Chinese characters counted as two columns. Text is
 * made printable for the printer's character set first, so what is measured is exactly
 * what will be printed.
 */
public final class ReceiptLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PaperWidth paper;
    private final PrinterCharset charset;
    private final ItemColumns columns;

    public ReceiptLayout(PaperWidth paper, PrinterCharset charset) {
        this.paper = paper;
        this.charset = charset;
        this.columns = ItemColumns.forPaper(paper);
    }

    public LaidOutReceipt layout(Receipt receipt) {
        Job job = new Job(receipt.locale());
        if (receipt.training()) {
            job.trainingBanner();
        }
        job.header(receipt.header());
        job.rule('-');
        job.meta(receipt.meta());
        job.rule('-');
        job.columnHeader();
        job.rule('-');
        for (ItemLine item : receipt.items()) {
            job.item(item);
        }
        job.rule('-');
        for (TotalLine total : receipt.totals()) {
            job.total(total);
        }
        if (!receipt.tenders().isEmpty() || receipt.change().isPresent()) {
            job.rule('-');
            for (TenderLine tender : receipt.tenders()) {
                job.pair(tender.label(), tender.amount(), false);
            }
            receipt.change().ifPresent(change -> job.pair(job.label("receipt.change"), change, true));
        }
        job.rule('-');
        for (String line : receipt.footer()) {
            job.centered(line);
        }
        job.blocks.add(new PrintBlock.Feed(1));
        job.blocks.add(new PrintBlock.Barcode(receipt.barcode(), Align.CENTER));
        receipt.qr().ifPresent(qr -> {
            job.blocks.add(new PrintBlock.Feed(1));
            job.blocks.add(new PrintBlock.Qr(qr.payload(), Align.CENTER));
            job.blocks.add(new PrintBlock.Feed(1)); // part of the quiet zone a phone camera needs
            if (!qr.caption().isBlank()) {
                job.centered(qr.caption());
            }
        });
        if (receipt.training()) {
            job.blocks.add(new PrintBlock.Feed(1));
            job.trainingBanner();
        }
        job.blocks.add(new PrintBlock.Cut());
        return new LaidOutReceipt(job.blocks, job.printable.replacements());
    }

    /** The state of laying out one receipt. */
    private final class Job {
        final Locale locale;
        final List<PrintBlock> blocks = new ArrayList<>();
        final PrintableText printable = new PrintableText(charset);
        final int width = paper.columns();

        Job(Locale locale) {
            this.locale = locale;
        }

        String label(String key, Object... args) {
            return printable.clean(new HardwareMessage(key, args).format(locale));
        }

        void trainingBanner() {
            String banner = label("receipt.training.banner");
            for (String line : TextWrap.wrap(banner, width)) {
                blocks.add(new PrintBlock.Text(line, Align.CENTER, TextSize.DOUBLE_HEIGHT, true, true));
            }
            centered(label("receipt.training.notice"));
        }

        void header(ReceiptHeader header) {
            header.logo().ifPresent(logo -> blocks.add(new PrintBlock.Image(logo, Align.CENTER)));
            for (String line : TextWrap.wrap(printable.clean(header.storeName()), TextSize.DOUBLE.columns(width))) {
                blocks.add(new PrintBlock.Text(line, Align.CENTER, TextSize.DOUBLE, true, false));
            }
            if (!header.address().isBlank()) {
                centered(header.address());
            }
            if (!header.phone().isBlank()) {
                centered(label("receipt.header.phone", printable.clean(header.phone())));
            }
        }

        void meta(ReceiptMeta meta) {
            wrappedLeft(label("receipt.meta.receiptNo", printable.clean(meta.receiptNo())));
            wrappedLeft(label("receipt.meta.time", TIME.format(meta.time())));
            String cashier = label("receipt.meta.cashier", printable.clean(meta.cashier()));
            String terminal = label("receipt.meta.terminal", printable.clean(meta.terminal()));
            String both = leftRight(cashier, terminal, width, 2);
            if (both != null) {
                left(both);
            } else {
                wrappedLeft(cashier);
                wrappedLeft(terminal);
            }
        }

        void columnHeader() {
            String item = label("receipt.column.item");
            String qty = label("receipt.column.qty");
            String price = label("receipt.column.price");
            String amount = label("receipt.column.amount");
            String numbers = numbers(qty, price, amount);
            if (numbers == null) {
                left(item + " " + qty + " " + price + " " + amount);
            } else if (columns.nameOnOwnLine()) {
                int qtyStart = columns.quantity() - TextWidth.of(qty);
                if (TextWidth.of(item) + 1 <= qtyStart) {
                    left(TextWidth.padRight(item, qtyStart) + numbers.substring(qtyStart));
                } else {
                    left(item);
                    left(numbers);
                }
            } else {
                left(TextWidth.padRight(item, columns.name()) + " " + numbers);
            }
        }

        void item(ItemLine item) {
            List<String> names = TextWrap.wrap(printable.clean(item.name()), columns.name());
            String numbers = numbers(printable.clean(item.quantity()), printable.clean(item.unitPrice()),
                    printable.clean(item.amount()));
            if (columns.nameOnOwnLine() || numbers == null) {
                names.forEach(this::left);
                if (numbers != null) {
                    left(numbers);
                } else {
                    numbersOnTheirOwn(item);
                }
            } else {
                left(TextWidth.padRight(names.getFirst(), columns.name()) + " " + numbers);
                names.subList(1, names.size()).forEach(this::left);
            }
            for (Adjustment adjustment : item.adjustments()) {
                adjustment(adjustment);
            }
        }

        /** Numbers too wide for their columns: right-aligned, two spaces apart, wrapped if need be. */
        private void numbersOnTheirOwn(ItemLine item) {
            String joined = printable.clean(item.quantity()) + "  " + printable.clean(item.unitPrice()) + "  "
                    + printable.clean(item.amount());
            for (String line : TextWrap.wrap(joined, width)) {
                left(TextWidth.padLeft(line, width));
            }
        }

        /** A promotion under its item: indented label, amount in the amount column. */
        void adjustment(Adjustment adjustment) {
            String amount = printable.clean(adjustment.amount());
            String indent = "  ";
            int labelColumns = width - indent.length() - 1 - TextWidth.of(amount);
            if (labelColumns < 4) {
                wrappedLeft(indent + printable.clean(adjustment.label()));
                left(TextWidth.padLeft(amount, width));
                return;
            }
            List<String> labels = TextWrap.wrap(printable.clean(adjustment.label()), labelColumns);
            left(leftRight(indent + labels.getFirst(), amount, width, 1));
            for (String rest : labels.subList(1, labels.size())) {
                left(indent + rest);
            }
        }

        void total(TotalLine total) {
            String label = printable.clean(total.label());
            String value = printable.clean(total.value());
            if (!total.emphasised()) {
                pair(label, value, false);
                return;
            }
            String large = leftRight(label, value, TextSize.DOUBLE.columns(width), 1);
            if (large != null) {
                blocks.add(new PrintBlock.Text(large, Align.LEFT, TextSize.DOUBLE, true, false));
                return;
            }
            String tall = leftRight(label, value, width, 1);
            if (tall != null) {
                blocks.add(new PrintBlock.Text(tall, Align.LEFT, TextSize.DOUBLE_HEIGHT, true, false));
                return;
            }
            for (String line : TextWrap.wrap(label, width)) {
                blocks.add(new PrintBlock.Text(line, Align.LEFT, TextSize.DOUBLE_HEIGHT, true, false));
            }
            blocks.add(new PrintBlock.Text(TextWidth.padLeft(value, width), Align.LEFT, TextSize.DOUBLE_HEIGHT, true, false));
        }

        /** Label on the left, value right-aligned; on two lines when they do not fit on one. */
        void pair(String rawLabel, String rawValue, boolean bold) {
            String label = printable.clean(rawLabel);
            String value = printable.clean(rawValue);
            String line = leftRight(label, value, width, 1);
            if (line != null) {
                blocks.add(new PrintBlock.Text(line, Align.LEFT, TextSize.NORMAL, bold, false));
                return;
            }
            for (String part : TextWrap.wrap(label, width)) {
                blocks.add(new PrintBlock.Text(part, Align.LEFT, TextSize.NORMAL, bold, false));
            }
            for (String part : TextWrap.wrap(value, width)) {
                blocks.add(new PrintBlock.Text(TextWidth.padLeft(part, width), Align.LEFT, TextSize.NORMAL, bold, false));
            }
        }

        void centered(String text) {
            for (String line : TextWrap.wrap(printable.clean(text), width)) {
                blocks.add(PrintBlock.Text.centered(line.strip()));
            }
        }

        void wrappedLeft(String text) {
            TextWrap.wrap(text, width).forEach(this::left);
        }

        void left(String line) {
            blocks.add(PrintBlock.Text.left(line.stripTrailing()));
        }

        void rule(char c) {
            blocks.add(PrintBlock.Text.left(String.valueOf(c).repeat(width)));
        }

        /** The quantity, price and amount columns, or null when one of them overflows. */
        String numbers(String quantity, String price, String amount) {
            if (TextWidth.of(quantity) > columns.quantity() || TextWidth.of(price) > columns.price()
                    || TextWidth.of(amount) > columns.amount()) {
                return null;
            }
            return TextWidth.padLeft(quantity, columns.quantity()) + " " + TextWidth.padLeft(price, columns.price())
                    + " " + TextWidth.padLeft(amount, columns.amount());
        }
    }

    /** {@code left} and {@code right} on one line of {@code width} columns, or null if they do not fit. */
    static String leftRight(String left, String right, int width, int minGap) {
        int gap = width - TextWidth.of(left) - TextWidth.of(right);
        if (gap < minGap) {
            return null;
        }
        return left + " ".repeat(gap) + right;
    }
}
