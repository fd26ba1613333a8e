package cn.suanpan.core.stock;

/** Why stock moved. Each kind has a direction, checked on every movement. */
public enum MovementKind {
    /** Sold at this counter: goods leave. */
    SALE(Direction.OUT),
    /** Brought back by a customer. */
    RETURN(Direction.IN),
    /** Delivered by a supplier. */
    RECEIPT(Direction.IN),
    /** Damaged, expired, found: either way, never zero. */
    ADJUSTMENT(Direction.EITHER),
    /** The difference a shelf count found; zero too, which records that the count matched. */
    COUNT(Direction.ANY),
    /** Picked for an order from the mini-program. */
    ONLINE_ORDER(Direction.OUT);

    enum Direction { IN, OUT, EITHER, ANY }

    private final Direction direction;

    MovementKind(Direction direction) {
        this.direction = direction;
    }

    /** Whether a movement of this kind may change stock by {@code milli} thousandths. */
    public boolean allows(long milli) {
        return switch (direction) {
            case IN -> milli > 0;
            case OUT -> milli < 0;
            case EITHER -> milli != 0;
            case ANY -> true;
        };
    }
}
