package cn.suanpan.paysim;

/** What the simulator sends back, and whether the network lets it arrive. */
public record Answer(String body, String contentType, Delivery delivery) {

    public enum Delivery {
        /** Arrives. */
        NOW,
        /** Processed, but the merchant sees only an HTTP 502 with no body. */
        LOST,
        /** Arrives after the merchant's read timeout. */
        LATE
    }

    public Answer lost() {
        return new Answer(body, contentType, Delivery.LOST);
    }

    public Answer late() {
        return new Answer(body, contentType, Delivery.LATE);
    }
}
