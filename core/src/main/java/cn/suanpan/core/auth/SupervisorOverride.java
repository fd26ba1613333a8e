package cn.suanpan.core.auth;

/** A supervisor approving at the counter by typing their user name and PIN. */
public record SupervisorOverride(String username, String pin) {

    @Override
    public String toString() {
        // never let a PIN reach a log line
        return "SupervisorOverride[" + username + ", pin=****]";
    }
}
