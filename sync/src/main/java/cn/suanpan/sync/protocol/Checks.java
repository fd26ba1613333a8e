package cn.suanpan.sync.protocol;

/** Field checks in the envelopes' constructors: a bad field makes the whole body malformed. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
