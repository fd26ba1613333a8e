package cn.suanpan.hardware.speech;

/** Where speech comes from: the microphone, or a recording (tests, benchmarks, files). */
public interface AudioSource extends AutoCloseable {

    /**
     * Reads up to {@code buffer.length} bytes of 16 kHz mono 16-bit little-endian PCM;
     * blocks until some audio is there. Returns -1 at the end of a recording or once closed.
     */
    int read(byte[] buffer);

    @Override
    void close();
}
