package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;

/**
 * Renminbi as it lies in the drawer. Notes and coins of the same value (1 yuan, 5 jiao,
 * 1 jiao) are counted together; fen coins are still legal tender and turn up now and then.
 */
public enum Denomination {
    YUAN_100(10_000),
    YUAN_50(5_000),
    YUAN_20(2_000),
    YUAN_10(1_000),
    YUAN_5(500),
    YUAN_1(100),
    JIAO_5(50),
    JIAO_1(10),
    FEN_5(5),
    FEN_2(2),
    FEN_1(1);

    private final long fen;

    Denomination(long fen) {
        this.fen = fen;
    }

    public Money value() {
        return Money.ofFen(fen);
    }
}
