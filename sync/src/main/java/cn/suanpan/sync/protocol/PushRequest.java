package cn.suanpan.sync.protocol;

import java.util.List;

/** A batch of the terminal's outbox, in strictly increasing sequence order. */
public record PushRequest(int protocol, List<PushedEvent> events) implements Versioned {

    public PushRequest {
        Checks.require(events != null, "events are required");
        events = List.copyOf(events);
        Checks.require(events.size() <= Protocol.MAX_PUSH_EVENTS, "at most " + Protocol.MAX_PUSH_EVENTS + " events per push");
        for (int i = 1; i < events.size(); i++) {
            Checks.require(events.get(i).seq() > events.get(i - 1).seq(), "events must be in increasing seq order");
        }
    }
}
