package cn.suanpan.sync.protocol;

/** An envelope: every body on the wire says which protocol version wrote it. */
public interface Versioned {

    int protocol();
}
