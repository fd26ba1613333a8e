package cn.suanpan.core.payment;

import java.util.List;

/**
 * One line of the routing table: codes of {@code minLength} to {@code maxLength} digits that
 * start with one of {@code prefixes} belong to {@code wallet}.
 */
public record RoutingRule(Wallet wallet, List<String> prefixes, int minLength, int maxLength) {

    /**
     * The shortest payment code a rule may accept. EAN-13 and EAN-8 barcodes and 13-digit
     * scale labels are shorter, so a product barcode can never be taken for a payment code.
     */
    public static final int SHORTEST_CODE = 16;

    /** The longest code the terminal sends (the protocol's limit on an auth code). */
    public static final int LONGEST_CODE = 64;

    public RoutingRule {
        if (wallet == null || prefixes == null || prefixes.isEmpty()) {
            throw new IllegalArgumentException("a routing rule names a wallet and at least one prefix");
        }
        prefixes = List.copyOf(prefixes);
        for (String p : prefixes) {
            if (p == null || p.isEmpty() || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("a prefix is one or more digits, not \"" + p + "\"");
            }
            if (p.length() > minLength) {
                throw new IllegalArgumentException("the prefix " + p + " is longer than the shortest code of " + wallet);
            }
        }
        if (minLength < SHORTEST_CODE || maxLength < minLength || maxLength > LONGEST_CODE) {
            throw new IllegalArgumentException(wallet + ": code lengths must lie within " + SHORTEST_CODE + ".." + LONGEST_CODE
                    + " with min ≤ max, not " + minLength + ".." + maxLength);
        }
    }

    public boolean matches(String code) {
        int n = code.length();
        if (n < minLength || n > maxLength) {
            return false;
        }
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some code matches both rules: one prefix starts the other and the length
     * ranges meet. Exact, since a rule looks at nothing but a code's start and length.
     */
    public boolean overlaps(RoutingRule other) {
        int lo = Math.max(minLength, other.minLength);
        int hi = Math.min(maxLength, other.maxLength);
        if (lo > hi) {
            return false;
        }
        for (String a : prefixes) {
            for (String b : other.prefixes) {
                if (a.startsWith(b) || b.startsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }
}
