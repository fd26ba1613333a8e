package cn.suanpan.bench.catalog;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.Pinyin;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A large catalog that looks like a Chinese supermarket's: names such as
 * "康师傅 红烧牛肉面 香辣味 105g 袋装" from brand, product, flavour, size and pack lists,
 * with the matching English name and pinyin, unique EAN-13 barcodes (one product in six has
 * a second one), some weighed items with scale codes and some inactive products.
 *
 * <p>Product {@code i} is the same on every call, so a benchmark can build a million
 * products without keeping them and still know which barcodes exist. Pinyin is computed
 * once per word and concatenated, which is what {@link Pinyin#of} would give for the
 * whole name (it drops spaces and keeps ASCII letters and digits) at a fraction of the cost.
 */
public final class CatalogGenerator {

    /** A word of a name in Chinese and English with its pinyin spelling. */
    record Word(String zh, String en, String pinyin, String initials) {
        static Word of(String zh, String en) {
            Pinyin.Spelling s = Pinyin.of(zh);
            return new Word(zh, en, s.full(), s.initials());
        }
    }

    private static final String[][] BRANDS = {
        {"康师傅", "Master Kong"}, {"统一", "Uni-President"}, {"农夫山泉", "Nongfu Spring"}, {"娃哈哈", "Wahaha"},
        {"伊利", "Yili"}, {"蒙牛", "Mengniu"}, {"光明", "Bright Dairy"}, {"旺旺", "Want Want"}, {"达利园", "Daliyuan"},
        {"盼盼", "Panpan"}, {"好丽友", "Orion"}, {"乐事", "Lay's"}, {"三只松鼠", "Three Squirrels"}, {"良品铺子", "Bestore"},
        {"百草味", "Be and Cheery"}, {"洽洽", "Chacha"}, {"卫龙", "Weilong"}, {"海天", "Haday"}, {"李锦记", "Lee Kum Kee"},
        {"老干妈", "Lao Gan Ma"}, {"金龙鱼", "Arawana"}, {"福临门", "Fortune"}, {"鲁花", "Luhua"}, {"今麦郎", "Jinmailang"},
        {"白象", "Baixiang"}, {"双汇", "Shuanghui"}, {"雨润", "Yurun"}, {"思念", "Synear"}, {"三全", "Sanquan"},
        {"湾仔码头", "Wanchai Ferry"}, {"安井", "Anjoy"}, {"元气森林", "Genki Forest"}, {"东鹏", "Eastroc"},
        {"红牛", "Red Bull"}, {"可口可乐", "Coca-Cola"}, {"百事", "Pepsi"}, {"雀巢", "Nestle"}, {"徐福记", "Hsu Fu Chi"},
        {"喜之郎", "Strong"}, {"桃李", "Taoli"}, {"维达", "Vinda"}, {"清风", "Breeze"}, {"心相印", "Hearttex"},
        {"立白", "Liby"}, {"蓝月亮", "Blue Moon"}, {"舒肤佳", "Safeguard"}, {"高露洁", "Colgate"},
        {"云南白药", "Yunnan Baiyao"}, {"南孚", "Nanfu"}, {"晨光", "M&G"}, {"青岛", "Tsingtao"}, {"雪花", "Snow"},
        {"燕京", "Yanjing"}, {"汇源", "Huiyuan"}, {"椰树", "Coconut Palm"}, {"加多宝", "JDB"}, {"王老吉", "Wong Lo Kat"},
        {"银鹭", "Yinlu"}, {"露露", "Lulu"}, {"六个核桃", "Yangyuan"}, {"君乐宝", "Junlebao"}, {"味全", "Weichuan"},
        {"太太乐", "Totole"}, {"恒顺", "Hengshun"}, {"家乐", "Knorr"}, {"德芙", "Dove"}, {"奥利奥", "Oreo"},
        {"上好佳", "Oishi"}, {"亲亲", "Qinqin"}, {"溜溜梅", "Liuliumei"}, {"波力", "Bolin"}, {"大白兔", "White Rabbit"},
        {"金锣", "Jinluo"}, {"农心", "Nongshim"}, {"日清", "Nissin"}, {"盒马", "Freshippo"}, {"永辉", "Yonghui"},
    };

    private static final String[][] PRODUCTS = {
        {"可乐", "Cola"}, {"矿泉水", "Mineral Water"}, {"纯净水", "Purified Water"}, {"冰红茶", "Iced Black Tea"},
        {"绿茶", "Green Tea"}, {"乌龙茶", "Oolong Tea"}, {"奶茶", "Milk Tea"}, {"果汁", "Juice"}, {"橙汁", "Orange Juice"},
        {"苹果汁", "Apple Juice"}, {"椰汁", "Coconut Milk"}, {"核桃乳", "Walnut Milk"}, {"豆奶", "Soy Milk"},
        {"纯牛奶", "Pure Milk"}, {"酸奶", "Yogurt"}, {"乳酸菌饮料", "Probiotic Drink"}, {"咖啡", "Coffee"},
        {"功能饮料", "Energy Drink"}, {"苏打水", "Soda Water"}, {"气泡水", "Sparkling Water"}, {"啤酒", "Beer"},
        {"白酒", "Baijiu"}, {"黄酒", "Rice Wine"}, {"方便面", "Instant Noodles"}, {"红烧牛肉面", "Braised Beef Noodles"},
        {"酸菜牛肉面", "Pickled Cabbage Beef Noodles"}, {"拉面", "Ramen"}, {"米粉", "Rice Noodles"}, {"挂面", "Dried Noodles"},
        {"薯片", "Potato Chips"}, {"饼干", "Biscuits"}, {"苏打饼干", "Soda Crackers"}, {"夹心饼干", "Sandwich Cookies"},
        {"曲奇", "Cookies"}, {"威化", "Wafers"}, {"蛋糕", "Cake"}, {"面包", "Bread"}, {"吐司", "Toast"},
        {"蛋黄派", "Custard Pie"}, {"巧克力", "Chocolate"}, {"糖果", "Candy"}, {"奶糖", "Milk Candy"},
        {"口香糖", "Chewing Gum"}, {"果冻", "Jelly"}, {"瓜子", "Sunflower Seeds"}, {"花生", "Peanuts"},
        {"每日坚果", "Daily Nuts"}, {"核桃", "Walnuts"}, {"杏仁", "Almonds"}, {"开心果", "Pistachios"},
        {"牛肉干", "Beef Jerky"}, {"猪肉脯", "Pork Jerky"}, {"鸭脖", "Duck Neck"}, {"凤爪", "Chicken Feet"},
        {"火腿肠", "Ham Sausage"}, {"辣条", "Spicy Strips"}, {"海苔", "Seaweed"}, {"话梅", "Dried Plums"},
        {"水饺", "Dumplings"}, {"汤圆", "Glutinous Rice Balls"}, {"馄饨", "Wontons"}, {"包子", "Steamed Buns"},
        {"鱼丸", "Fish Balls"}, {"肉丸", "Meatballs"}, {"冰淇淋", "Ice Cream"}, {"雪糕", "Ice Bar"},
        {"酱油", "Soy Sauce"}, {"老抽", "Dark Soy Sauce"}, {"香醋", "Vinegar"}, {"蚝油", "Oyster Sauce"},
        {"料酒", "Cooking Wine"}, {"调和油", "Blended Oil"}, {"花生油", "Peanut Oil"}, {"大米", "Rice"},
        {"面粉", "Flour"}, {"精制盐", "Refined Salt"}, {"白砂糖", "White Sugar"}, {"鸡精", "Chicken Bouillon"},
        {"辣椒酱", "Chili Sauce"}, {"豆瓣酱", "Bean Paste"}, {"番茄酱", "Ketchup"}, {"榨菜", "Pickled Mustard"},
        {"腐乳", "Fermented Tofu"}, {"抽纸", "Facial Tissue"}, {"卷纸", "Toilet Paper"}, {"湿巾", "Wet Wipes"},
        {"洗发水", "Shampoo"}, {"沐浴露", "Body Wash"}, {"香皂", "Soap"}, {"牙膏", "Toothpaste"},
        {"牙刷", "Toothbrush"}, {"洗衣液", "Laundry Liquid"}, {"洗洁精", "Dish Soap"}, {"洗手液", "Hand Wash"},
        {"碱性电池", "Alkaline Batteries"}, {"垃圾袋", "Garbage Bags"}, {"中性笔", "Gel Pen"}, {"雨伞", "Umbrella"},
        {"口罩", "Face Masks"}, {"创可贴", "Bandages"}, {"卫生巾", "Sanitary Pads"}, {"牛奶", "Milk"},
    };

    private static final String[][] FLAVOURS = {
        {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""},
        {"原味", "Original"}, {"香辣味", "Spicy"}, {"麻辣味", "Hot and Numbing"}, {"番茄味", "Tomato"},
        {"黄瓜味", "Cucumber"}, {"烧烤味", "BBQ"}, {"草莓味", "Strawberry"}, {"巧克力味", "Chocolate"},
        {"香草味", "Vanilla"}, {"抹茶味", "Matcha"}, {"柠檬味", "Lemon"}, {"蜜桃味", "Peach"}, {"芒果味", "Mango"},
        {"葡萄味", "Grape"}, {"蓝莓味", "Blueberry"}, {"椰子味", "Coconut"}, {"海盐味", "Sea Salt"},
        {"奶油味", "Cream"}, {"五香", "Five Spice"}, {"酸辣", "Hot and Sour"}, {"无糖", "Sugar-free"},
        {"低脂", "Low Fat"}, {"经典", "Classic"}, {"清爽", "Light"}, {"浓香", "Rich"}, {"藤椒", "Green Pepper"},
        {"黑糖", "Brown Sugar"}, {"榛果", "Hazelnut"}, {"薄荷", "Mint"},
    };

    private static final String[] SIZES = {
        "250ml", "330ml", "500ml", "550ml", "600ml", "1L", "1.5L", "2L", "45g", "75g", "100g", "105g", "150g",
        "200g", "250g", "300g", "400g", "500g", "1kg", "2.5kg", "5kg", "10片", "3包", "6枚", "12卷", "2粒", "40粒",
    };

    private static final String[][] PACKS = {
        {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"罐装", "can"}, {"瓶装", "bottle"}, {"袋装", "bag"},
        {"盒装", "box"}, {"桶装", "bowl"}, {"整箱", "case"}, {"家庭装", "family pack"}, {"量贩装", "value pack"},
    };

    private static final String[] CATEGORIES = {
        "drinks", "dairy", "snacks", "noodles", "bakery", "frozen", "condiments", "grain-oil", "household", "personal-care",
    };

    private static final String[] UNITS = {"pc", "bottle", "can", "bag", "box"};

    private static final long TEN_DIGITS = 10_000_000_000L;
    /** Coprime with 10^10, so that multiplying by it permutes the ten-digit numbers. */
    private static final long SCRAMBLE = 7_919_310_017L;

    private final long seed;
    private final Word[] brands = words(BRANDS);
    private final Word[] products = words(PRODUCTS);
    private final Word[] flavours = words(FLAVOURS);
    private final Word[] sizes;
    private final Word[] packs = words(PACKS);

    public CatalogGenerator(long seed) {
        this.seed = seed;
        sizes = new Word[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            String en = SIZES[i].replace("片", " pcs").replace("包", " packs").replace("枚", " pcs").replace("卷", " rolls")
                    .replace("粒", " pcs");
            sizes[i] = Word.of(SIZES[i], en);
        }
    }

    private static Word[] words(String[][] table) {
        Word[] words = new Word[table.length];
        for (int i = 0; i < table.length; i++) {
            words[i] = Word.of(table[i][0], table[i][1]);
        }
        return words;
    }

    public void forEach(int count, Consumer<Product> sink) {
        for (int i = 0; i < count; i++) {
            sink.accept(product(i));
        }
    }

    public Product product(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Word brand = brands[r.nextInt(brands.length)];
        Word item = products[r.nextInt(products.length)];
        Word flavour = flavours[r.nextInt(flavours.length)];
        Word size = sizes[r.nextInt(sizes.length)];
        Word pack = packs[r.nextInt(packs.length)];

        StringBuilder name = new StringBuilder(32).append(brand.zh()).append(' ').append(item.zh());
        StringBuilder en = new StringBuilder(48).append(brand.en()).append(' ');
        if (!flavour.zh().isEmpty()) {
            name.append(' ').append(flavour.zh());
            en.append(flavour.en()).append(' ');
        }
        en.append(item.en()).append(' ').append(size.en());
        name.append(' ').append(size.zh());
        if (!pack.zh().isEmpty()) {
            name.append(' ').append(pack.zh());
            en.append(' ').append(pack.en());
        }
        String pinyin = brand.pinyin() + item.pinyin() + flavour.pinyin() + size.pinyin() + pack.pinyin();
        String initials = brand.initials() + item.initials() + flavour.initials() + size.initials() + pack.initials();

        boolean weighed = i % 100 == 42;
        List<String> barcodes = new ArrayList<>(2);
        if (!weighed) {
            barcodes.add(barcode(i));
            if (i % 6 == 1) {
                barcodes.add(secondBarcode(i));
            }
        }
        long price = 100 + r.nextLong(9_900);
        return new Product(
                new UUID(seed, i),
                sku(i),
                name.toString(),
                en.toString(),
                pinyin,
                initials,
                i % 5 == 0 ? item.en().toLowerCase() : null,
                CATEGORIES[r.nextInt(CATEGORIES.length)],
                weighed ? "kg" : UNITS[r.nextInt(UNITS.length)],
                Money.ofFen(price),
                r.nextInt(10) < 7 ? Money.ofFen(price * 7 / 10) : null,
                r.nextInt(10) == 0 ? Money.ofFen(price * 9 / 10) : null,
                weighed ? 900 : 1300,
                weighed,
                weighed ? scaleCode(i) : null,
                true,
                i % 50 != 7,
                barcodes);
    }

    public static String sku(int i) {
        return "SP" + padded(i, 7);
    }

    /** The first barcode of product {@code i}; {@code null} for weighed products, which have none. */
    public static String barcode(int i) {
        return i % 100 == 42 ? null : ean13(i);
    }

    public static String secondBarcode(int i) {
        return ean13(5_000_000_000L + i);
    }

    public static String scaleCode(int i) {
        return padded(i / 100, 5);
    }

    private static String ean13(long n) {
        long body = Math.floorMod(n * SCRAMBLE + 1_234_567L, TEN_DIGITS);
        return Ean13.withCheckDigit("69" + padded(body, 10));
    }

    /** Zero-padded decimal; String.format would dominate the time to make a million products. */
    private static String padded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Chinese product words, as a cashier would type them to search by name. */
    public List<String> nameQueries() {
        List<String> queries = new ArrayList<>();
        for (Word w : products) {
            queries.add(w.zh());
        }
        return queries;
    }

    /** The pinyin initials of the product words ("kl" for 可乐). */
    public List<String> initialsQueries() {
        List<String> queries = new ArrayList<>();
        for (Word w : products) {
            queries.add(w.initials());
        }
        return queries;
    }

    /** The full pinyin of the product words ("niunai"). */
    public List<String> pinyinQueries() {
        List<String> queries = new ArrayList<>();
        for (Word w : products) {
            queries.add(w.pinyin());
        }
        return queries;
    }

    /** The first English word of each product word ("noodles" and "milk" style queries). */
    public List<String> englishQueries() {
        List<String> queries = new ArrayList<>();
        for (Word w : products) {
            queries.add(w.en().split(" ")[w.en().split(" ").length - 1].toLowerCase());
        }
        return queries;
    }
}
