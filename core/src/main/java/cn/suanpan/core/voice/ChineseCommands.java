package cn.suanpan.core.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese commands: 加两瓶可乐, 删除可乐, 可乐改成三, 现金付款. Chinese is written without
 * spaces and a recognizer may split words differently from us, so the text is first joined
 * and then cut again by longest match against the grammar's own words.
 */
final class ChineseCommands extends CommandLanguage {

    static final ChineseCommands INSTANCE = new ChineseCommands();

    private static final String DIGITS = "一二三四五六七八九";
    private static final String NUMERALS = DIGITS + "十两零";
    private static final List<String> NUMBERS = List.of("一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十");
    private static final List<String> UNITS = List.of("个", "瓶", "包", "罐", "盒", "袋", "支", "件", "听", "杯", "碗", "桶", "块", "根");
    /** The units the grammar teaches in front of every product; the rest are still understood. */
    private static final List<String> COMMON_UNITS = List.of("个", "瓶", "包", "罐", "盒", "袋");
    private static final Set<String> FILLERS = Set.of("请", "一下", "的", "吧", "把", "呢", "啊");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_CHINESE_NAME = Pattern.compile(".*[0-9A-Za-z%.].*");

    private final List<CommandPattern> patterns = List.of(
            new CommandPattern("加|添加|来|要|再来 #N? #U? #P", c -> new Intent.AddItem(c.sku(), c.quantity())),
            new CommandPattern("#N #U? #P", c -> new Intent.AddItem(c.sku(), c.quantity())),
            new CommandPattern("删除|删掉|去掉|不要 #P", c -> new Intent.RemoveItem(c.sku())),
            new CommandPattern("#P 改成|改为 #N #U?", c -> new Intent.SetQuantity(c.sku(), c.quantity())),
            new CommandPattern("撤销|撤回", c -> new Intent.Undo()),
            new CommandPattern("合计|小计|总计", c -> new Intent.Total()),
            new CommandPattern("付款|支付|付|用 现金", c -> new Intent.Pay(PayMethod.CASH)),
            new CommandPattern("现金 付款|支付", c -> new Intent.Pay(PayMethod.CASH)),
            new CommandPattern("用|扫? 付款码 付款|支付?", c -> new Intent.Pay(PayMethod.CODE)),
            new CommandPattern("扫码 付款|支付?", c -> new Intent.Pay(PayMethod.CODE)),
            new CommandPattern("用? 会员|会员卡 付款|支付", c -> new Intent.Pay(PayMethod.MEMBER)),
            new CommandPattern("取消 交易|订单|这单", c -> new Intent.CancelSale()),
            new CommandPattern("挂单", c -> new Intent.Hold()),
            new CommandPattern("取单", c -> new Intent.Recall()),
            new CommandPattern("重打|补打|重新打印 小票?", c -> new Intent.Reprint()),
            new CommandPattern("打开|开 钱箱", c -> new Intent.OpenDrawer()),
            new CommandPattern("帮助", c -> new Intent.Help()),
            new CommandPattern("#P", c -> new Intent.AddItem(c.sku(), 1), true));

    private static final List<List<String>> PLAIN_SENTENCES = List.of(
            List.of("撤销"), List.of("合计", "小计"),
            List.of("现金 付款", "现金 支付", "付 现金"),
            List.of("付款码 支付", "扫码 支付", "付款码"),
            List.of("会员 支付", "会员卡 支付"),
            List.of("取消 交易"), List.of("挂单"), List.of("取单"),
            List.of("重打 小票", "补打 小票"),
            List.of("打开 钱箱"), List.of("帮助"));

    private ChineseCommands() {
    }

    @Override
    List<String> split(String text, Set<String> lexicon) {
        String s = SPACE.matcher(text.replace("[unk]", " ")).replaceAll("");
        int longest = 1;
        for (String w : lexicon) {
            longest = Math.max(longest, w.length());
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int taken = 0;
            for (int n = Math.min(longest, s.length() - i); n > 1 && taken == 0; n--) {
                if (lexicon.contains(s.substring(i, i + n))) {
                    taken = n;
                }
            }
            if (taken == 0 && NUMERALS.indexOf(s.charAt(i)) >= 0) {
                taken = 1;
                while (i + taken < s.length() && NUMERALS.indexOf(s.charAt(i + taken)) >= 0) {
                    taken++;
                }
            }
            if (taken == 0) {
                taken = 1;
            }
            words.add(s.substring(i, i + taken));
            i += taken;
        }
        return words;
    }

    @Override
    String join(List<String> words) {
        return String.join("", words);
    }

    /** 一 to 九十九 (两 is two, 十一 is eleven, 二十 is twenty), and Arabic digits. */
    @Override
    OptionalInt number(String word) {
        if (word.matches("\\d{1,2}")) {
            int n = Integer.parseInt(word);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        if (word.isEmpty() || word.length() > 3) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < word.length(); i++) {
            if (NUMERALS.indexOf(word.charAt(i)) < 0) {
                return OptionalInt.empty();
            }
        }
        if (word.equals("两")) {
            return OptionalInt.of(2);
        }
        int ten = word.indexOf('十');
        if (ten < 0) {
            return word.length() == 1 && DIGITS.indexOf(word.charAt(0)) >= 0
                    ? OptionalInt.of(DIGITS.indexOf(word.charAt(0)) + 1) : OptionalInt.empty();
        }
        String tensPart = word.substring(0, ten);
        String onesPart = word.substring(ten + 1);
        if (tensPart.length() > 1 || onesPart.length() > 1) {
            return OptionalInt.empty();
        }
        int tens = tensPart.isEmpty() ? 1 : DIGITS.indexOf(tensPart.charAt(0)) + 1;
        int ones = onesPart.isEmpty() ? 0 : DIGITS.indexOf(onesPart.charAt(0)) + 1;
        boolean valid = tens >= 1 && (onesPart.isEmpty() || ones >= 1);
        return valid ? OptionalInt.of(tens * 10 + ones) : OptionalInt.empty();
    }

    @Override
    List<String> numberWords() {
        return NUMBERS;
    }

    @Override
    Set<String> units() {
        return Set.copyOf(UNITS);
    }

    @Override
    Set<String> fillers() {
        return FILLERS;
    }

    @Override
    List<CommandPattern> patterns() {
        return patterns;
    }

    /** A Chinese voice alias if the product has one, else its name without sizes (可口可乐罐装 for 可口可乐 330ml 罐装). */
    @Override
    List<String> primaryPhrases(VoiceProduct product) {
        List<String> phrases = new ArrayList<>();
        if (product.voiceAlias() != null) {
            for (String alias : product.voiceAlias().split("[|;]")) {
                String phrase = SPACE.matcher(alias).replaceAll("");
                if (!phrase.isEmpty() && phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    phrases.add(phrase);
                }
            }
        }
        if (phrases.isEmpty()) {
            List<String> kept = keptWords(product.name());
            if (!kept.isEmpty()) {
                phrases.add(join(kept));
            }
        }
        return phrases;
    }

    /** The first word of the name alone (可口可乐 for 可口可乐 500ml 罐装) when it names one product only. */
    @Override
    List<String> secondaryPhrases(VoiceProduct product) {
        List<String> kept = keptWords(product.name());
        return kept.size() > 1 ? List.of(kept.getFirst()) : List.of();
    }

    /** The words of a Chinese name without sizes and Latin letters (500ml, 2L, AD). */
    private static List<String> keptWords(String name) {
        List<String> kept = new ArrayList<>();
        if (name != null) {
            for (String w : SPACE.split(name.trim())) {
                if (!w.isEmpty() && !NOT_CHINESE_NAME.matcher(w).matches()) {
                    kept.add(w);
                }
            }
        }
        return kept;
    }

    @Override
    List<List<String>> sentences(List<List<String>> products, int weight) {
        List<List<String>> out = new ArrayList<>();
        for (String n : NUMBERS) {
            for (List<String> p : products) {
                out.add(concat(List.of(n), p));
            }
            out.add(List.of("加", n));
            for (String u : COMMON_UNITS) {
                out.add(List.of(n, u));
            }
        }
        for (List<String> p : products) {
            for (String u : COMMON_UNITS) {
                out.add(concat(List.of(u), p));
            }
            out.add(concat(List.of("加"), p));
            out.add(concat(List.of("删除"), p));
        }
        for (int i = 0; i < products.size(); i++) {
            out.add(concat(products.get(i), List.of("改成", NUMBERS.get(i % NUMBERS.size()))));
        }
        for (List<String> variants : PLAIN_SENTENCES) {
            // the first, shortest wording gets half the weight, the others share the rest
            for (int i = 0; i < weight; i++) {
                String sentence = i % 2 == 0 || variants.size() == 1 ? variants.getFirst() : variants.get(1 + (i / 2) % (variants.size() - 1));
                out.add(Arrays.asList(sentence.split(" ")));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    @Override
    List<String> plainExamples() {
        return List.of("撤销", "合计", "现金付款", "付款码支付", "会员支付", "取消交易", "挂单", "取单", "重打小票", "打开钱箱", "帮助");
    }

    @Override
    List<String> productExamples(String productPhrase) {
        return List.of("加两个" + productPhrase, "删除" + productPhrase, productPhrase + "改成三");
    }

    @Override
    List<String> phraseWords(String phrase) {
        return List.of(phrase);
    }
}
