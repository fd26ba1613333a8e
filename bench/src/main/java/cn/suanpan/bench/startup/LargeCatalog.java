package cn.suanpan.bench.startup;

import cn.suanpan.core.catalog.Ean13;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a catalog CSV of N plausible products (Chinese names from common words, valid
 * EAN-13 codes) for start-up and import measurements: {@code LargeCatalog N FILE}.
 */
public final class LargeCatalog {

    private static final String[] BRANDS = {"康师傅", "统一", "农夫山泉", "伊利", "蒙牛", "旺旺", "达利园", "娃哈哈", "今麦郎", "白象", "卫龙", "良品铺子", "三只松鼠", "洽洽", "心相印", "清风", "海天", "李锦记", "老干妈", "光明"};
    private static final String[] ITEMS = {"牛肉面", "矿泉水", "纯牛奶", "酸奶", "饼干", "薯片", "瓜子", "辣条", "面包", "蛋糕", "果汁", "绿茶", "红茶", "可乐", "纸巾", "洗衣液", "酱油", "醋", "香肠", "火腿肠", "巧克力", "糖果", "坚果", "豆浆"};
    private static final String[] FLAVOURS = {"原味", "香辣", "麻辣", "草莓味", "巧克力味", "柠檬味", "红烧", "番茄", "酸菜", "海盐", "芝士", "抹茶"};
    private static final String[] SIZES = {"100g", "200g", "250ml", "330ml", "500ml", "1L", "5连包", "12包", "大包", "家庭装"};
    private static final String[] CATEGORIES = {"drinks", "snacks", "noodles", "daily", "dairy", "bakery", "frozen", "condiments"};

    private LargeCatalog() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        write(count, Path.of(args[1]), 42);
    }

    public static void write(int count, Path file, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("sku,barcodes,name,name_en,category,unit,price,cost,tax_rate\n");
            for (int i = 1; i <= count; i++) {
                String code = Ean13.withCheckDigit("69" + String.format("%010d", 1_000_000L + i * 7L));
                String name = BRANDS[random.nextInt(BRANDS.length)] + FLAVOURS[random.nextInt(FLAVOURS.length)]
                        + ITEMS[random.nextInt(ITEMS.length)] + " " + SIZES[random.nextInt(SIZES.length)];
                long priceFen = 100 + random.nextInt(5000);
                long costFen = priceFen * (60 + random.nextInt(20)) / 100;
                out.write("G" + i + "," + code + "," + name + ",Product " + i + "," + CATEGORIES[i % CATEGORIES.length]
                        + ",pc," + fen(priceFen) + "," + fen(costFen) + ",13\n");
            }
        }
    }

    private static String fen(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }
}
