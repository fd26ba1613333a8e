package cn.suanpan.core.payment;

import cn.suanpan.core.catalog.scale.ScaleLabel;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.i18n.SuanpanException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which wallet a scanned payment code belongs to, from a table kept as data: the
 * bundled {@code payment-routing.json}, or the shop's own copy in the data directory, so
 * a wallet's new number range needs an edited file, not a release.
 *
 * <p>A table is refused whole when two wallets could claim the same code or a rule would
 * accept a code short enough to be a product barcode.
 */
public final class PaymentRouting {

    private static final Logger log = LoggerFactory.getLogger(PaymentRouting.class);

    /** The name of the shop's own table in the data directory. */
    public static final String FILE_NAME = "payment-routing.json";
    private static final String BUNDLED = "/cn/suanpan/core/payment/payment-routing.json";

    /** What the scale decoder says of a code that is no label of the shop's layouts. */
    private static final java.util.Set<String> NOT_A_LABEL = java.util.Set.of("scale.badCheckDigit", "scale.unknownPrefix");

    private final List<RoutingRule> rules;

    public PaymentRouting(List<RoutingRule> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            for (int j = i + 1; j < this.rules.size(); j++) {
                RoutingRule a = this.rules.get(i);
                RoutingRule b = this.rules.get(j);
                if (a.wallet() != b.wallet() && a.overlaps(b)) {
                    throw new IllegalArgumentException("the routing rules of " + a.wallet() + " and " + b.wallet()
                            + " can both match one code");
                }
            }
        }
    }

    /** The table shipped with the terminal. */
    public static PaymentRouting bundled() {
        try (InputStream in = PaymentRouting.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled routing table is missing");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shop's table from {@code dataDir} when there is a valid one; otherwise the
     * bundled table (a broken file is logged, and payments go on with the known rules).
     */
    public static PaymentRouting load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try {
                PaymentRouting own = parse(Files.readAllBytes(file));
                log.info("Payment routing from {}", file);
                return own;
            } catch (IOException | RuntimeException e) {
                log.warn("Ignoring the payment routing table {}: {}", file, e.getMessage());
            }
        }
        return bundled();
    }

    private record Table(int version, List<RoutingRule> rules) {
    }

    static PaymentRouting parse(byte[] json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Table table = mapper.readValue(json, Table.class);
        if (table.rules() == null || table.rules().isEmpty()) {
            throw new IllegalArgumentException("the routing table has no rules");
        }
        return new PaymentRouting(table.rules());
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    /** The wallet of a scanned code, if any rule takes it. Spaces and dashes a scanner or a cashier adds are ignored. */
    public Optional<Wallet> route(String code) {
        String c = normalize(code);
        if (c.isEmpty() || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> r.matches(c)).map(RoutingRule::wallet).findFirst();
    }

    /**
     * The wallet of a code the cashier means as a payment code.
     *
     * @throws SuanpanException {@code payment.code.unknown} when no wallet takes it
     */
    public Wallet walletOf(String code) {
        return route(code).orElseThrow(() -> new SuanpanException("payment.code.unknown", MaskedCode.of(normalize(code))));
    }

    /**
     * Whether a code scanned into the cart field is a payment code rather than a product:
     * some wallet takes it. Product barcodes (EAN-13, EAN-8) and 13-digit scale labels are
     * shorter than any rule allows. An 18-digit price-and-weight scale label can share its
     * shape with an Alipay code, so the cart tries such a code as a label first (see
     * {@code docs/PAYMENTS.md}).
     */
    public boolean looksLikePaymentCode(String code) {
        return route(code).isPresent();
    }

    /**
     * As {@link #looksLikePaymentCode(String)}, but a code that reads as a valid scale label
     * of the shop's layouts (right prefix, length and check digit) is a label, never a
     * payment: a weighed item must not start a payment.
     */
    public boolean looksLikePaymentCode(String code, ScaleLabelDecoder scale) {
        if (!looksLikePaymentCode(code)) {
            return false;
        }
        return scale.decode(normalize(code)).map(label -> label instanceof ScaleLabel.Invalid invalid
                && NOT_A_LABEL.contains(invalid.message().key())).orElse(true);
    }

    /** The rules' lowest and highest code lengths for a wallet, for the cashier's hint. */
    public Optional<RoutingRule> ruleOf(Wallet wallet) {
        return rules.stream().filter(r -> r.wallet() == wallet).findFirst();
    }

    public static String normalize(String code) {
        return code == null ? "" : code.strip().replace(" ", "").replace("-", "");
    }
}
