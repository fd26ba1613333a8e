package cn.suanpan.core.sale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt (or refund) number: {@code 0001-01-20250314-0042} is the 42nd sale of terminal 01
 * of store 0001 on 14 March 2025, the store's business date. The sequence restarts every
 * day, which keeps numbers short enough to read out at the counter; it is gapless within a
 * day (see docs/adr/0006-receipt-numbers.md).
 *
 * <p>The printed barcode carries the same number without hyphens
 * ({@code 00010120250314 0042} run together), which a hand scanner reads back as digits.
 */
public record ReceiptNumber(ReceiptKind kind, String storeCode, String terminalCode, LocalDate businessDate, long seq) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TEXT = Pattern.compile("(.+)-(\\d{8})-(\\d{4,})");
    private static final int DAY_DIGITS = 8;
    private static final int MIN_SEQ_DIGITS = 4;

    public ReceiptNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(storeCode, "storeCode");
        Objects.requireNonNull(terminalCode, "terminalCode");
        Objects.requireNonNull(businessDate, "businessDate");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + seq);
        }
    }

    /** The number as printed and stored: {@code TR-0001-01-20250314-0007}. */
    public String text() {
        return kind.prefix() + storeCode + "-" + terminalCode + "-" + DAY.format(businessDate) + "-" + seqText();
    }

    /** The CODE128 content of the receipt's barcode: the text without hyphens. */
    public String barcode() {
        return text().replace("-", "");
    }

    /** The sequence zero-padded to four digits (String.format showed in the sale commit's profile). */
    private String seqText() {
        String digits = Long.toString(seq);
        return digits.length() >= MIN_SEQ_DIGITS ? digits : "0".repeat(MIN_SEQ_DIGITS - digits.length()) + digits;
    }

    /**
     * Reads a number typed or scanned at this terminal, in its printed or its barcode form.
     * Only numbers of this store and terminal are recognised: others were never stored here.
     */
    public static Optional<ReceiptNumber> parse(String input, String storeCode, String terminalCode) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip().toUpperCase(Locale.ROOT);
        // longest prefix first: "TR-RF-" before "TR-", and the empty prefix last
        List<ReceiptKind> kinds = new ArrayList<>(List.of(ReceiptKind.values()));
        kinds.sort(Comparator.comparingInt((ReceiptKind k) -> k.prefix().length()).reversed());
        for (ReceiptKind kind : kinds) {
            Optional<ReceiptNumber> found = s.contains("-")
                    ? parseText(s, kind, storeCode, terminalCode)
                    : parseBarcode(s, kind, storeCode, terminalCode);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<ReceiptNumber> parseText(String s, ReceiptKind kind, String storeCode, String terminalCode) {
        String head = kind.prefix() + storeCode + "-" + terminalCode;
        Matcher m = TEXT.matcher(s);
        if (!m.matches() || !m.group(1).equals(head.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return build(kind, storeCode, terminalCode, m.group(2), m.group(3));
    }

    private static Optional<ReceiptNumber> parseBarcode(String s, ReceiptKind kind, String storeCode, String terminalCode) {
        String head = (kind.prefix() + storeCode + terminalCode).replace("-", "").toUpperCase(Locale.ROOT);
        if (!s.startsWith(head) || s.length() < head.length() + DAY_DIGITS + MIN_SEQ_DIGITS) {
            return Optional.empty();
        }
        String rest = s.substring(head.length());
        if (!rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return build(kind, storeCode, terminalCode, rest.substring(0, DAY_DIGITS), rest.substring(DAY_DIGITS));
    }

    private static Optional<ReceiptNumber> build(ReceiptKind kind, String storeCode, String terminalCode, String day, String seq) {
        try {
            long n = Long.parseLong(seq);
            // "0042" and "42" are the same sale, but "00042" is not how it was printed
            if (n < 1 || (seq.length() > MIN_SEQ_DIGITS && seq.startsWith("0"))) {
                return Optional.empty();
            }
            return Optional.of(new ReceiptNumber(kind, storeCode, terminalCode, LocalDate.parse(day, DAY), n));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
