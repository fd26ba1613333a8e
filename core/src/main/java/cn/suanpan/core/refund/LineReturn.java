package cn.suanpan.core.refund;

/**
 * Part of a line coming back.
 *
 * @param lineNo        the line's number on the original receipt, from 1
 * @param quantityMilli thousandths: 2 pieces are 2000, 350 g of a kg item are 350
 */
public record LineReturn(int lineNo, long quantityMilli) {
}
