package cn.suanpan.cloud.events;

import cn.suanpan.sync.protocol.EventStatus;

/** What applying one event came to: applied (perhaps with a note), or parked with the reason. */
public record Outcome(EventStatus status, String reason) {

    public static Outcome applied() {
        return new Outcome(EventStatus.APPLIED, null);
    }

    public static Outcome applied(String note) {
        return new Outcome(EventStatus.APPLIED, note);
    }

    public static Outcome parked(String reason) {
        return new Outcome(EventStatus.PARKED, reason);
    }
}
