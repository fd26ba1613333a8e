package cn.suanpan.hardware.printer.layout;

import cn.suanpan.hardware.printer.PaperWidth;

/**
 * Column widths of the item table, separated by one space. On 80 mm the name shares the
 * line with the numbers; on 58 mm there is no room for a useful name column, so the name
 * gets a line of its own and the numbers go on the line below it.
 */
record ItemColumns(boolean nameOnOwnLine, int name, int quantity, int price, int amount) {

    static ItemColumns forPaper(PaperWidth paper) {
        return switch (paper) {
            // 10 + 1 + 10 + 1 + 10 = 32
            case MM58 -> new ItemColumns(true, 32, 10, 10, 10);
            // 19 + 1 + 7 + 1 + 9 + 1 + 10 = 48; 7 holds "0.352kg", 9 holds "￥1234.50"
            case MM80 -> new ItemColumns(false, 19, 7, 9, 10);
        };
    }
}
