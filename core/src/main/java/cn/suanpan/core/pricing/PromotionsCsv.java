package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Promotions from a CSV file such as {@code assets/demo/promotions.csv}: the demo store's,
 * which the terminal seeds itself with and the cloud's demo shop starts with. Columns: id,
 * name, name_en, kind, target, value, priority, where kind is {@code second_item} (value:
 * percent off the second piece), {@code percent_off} (percent), {@code amount_off} (yuan per
 * piece), {@code bundle} ({@code count@price}) or {@code buy_get} ({@code buy+get@percent});
 * target is {@code sku:A|B}, {@code category:code} or {@code all}. They run at all times.
 */
public final class PromotionsCsv {

    private PromotionsCsv() {
    }

    public static List<Promotion> read(Reader in) {
        List<Promotion> promotions = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String header = r.readLine();
            if (header == null) {
                return List.of();
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // plain comma-separated: the file has no quoted fields
                List<String> f = List.of(line.split(",", -1));
                promotions.add(parse(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(promotions);
    }

    private static Promotion parse(List<String> f) {
        PromotionInfo info = new PromotionInfo(f.get(0), new LocalizedName(f.get(1), f.get(2)), TimeWindow.ALWAYS,
                Integer.parseInt(f.get(6).strip()));
        Target target = target(f.get(4).strip());
        String value = f.get(5).strip();
        return switch (f.get(3).strip()) {
            case "second_item" -> new Promotion.SecondItemDiscount(info, target, percent(value));
            case "percent_off" -> new Promotion.PercentOff(info, target, percent(value));
            case "amount_off" -> new Promotion.AmountOff(info, target, Money.parse(value));
            case "bundle" -> {
                String[] p = value.split("@");
                yield new Promotion.BundlePrice(info, target, Integer.parseInt(p[0]), Money.parse(p[1]));
            }
            case "buy_get" -> {
                String[] p = value.split("@");
                String[] bg = p[0].split("\\+");
                yield new Promotion.BuyXGetY(info, target, Integer.parseInt(bg[0]), Integer.parseInt(bg[1]), percent(p[1]));
            }
            default -> throw new IllegalArgumentException("unknown promotion kind " + f.get(3));
        };
    }

    private static int percent(String value) {
        return new BigDecimal(value).movePointRight(2).intValueExact();
    }

    private static Target target(String spec) {
        if (spec.equals("all")) {
            return Target.all();
        }
        if (spec.startsWith("sku:")) {
            return new Target(Set.of(spec.substring(4).split("\\|")), Set.of(), false);
        }
        if (spec.startsWith("category:")) {
            return new Target(Set.of(), Set.of(spec.substring(9).split("\\|")), false);
        }
        throw new IllegalArgumentException("unknown promotion target " + spec);
    }
}
