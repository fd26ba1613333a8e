package cn.suanpan.hardware.serial;

import java.util.Objects;

/**
 * Line settings of a serial port. Most shop devices run at 9600 baud, 8 data bits, no parity,
 * one stop bit and no flow control, which is {@link #DEFAULT}.
 */
public record SerialSettings(int baudRate, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    public static final SerialSettings DEFAULT = new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    public enum FlowControl { NONE, RTS_CTS, XON_XOFF }

    public SerialSettings {
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8: " + dataBits);
        }
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
    }

    /** 8N1 without flow control at the given speed. */
    public static SerialSettings ofBaudRate(int baudRate) {
        return DEFAULT.withBaudRate(baudRate);
    }

    public SerialSettings withBaudRate(int baud) {
        return new SerialSettings(baud, dataBits, parity, stopBits, flowControl);
    }

    public SerialSettings withParity(Parity p) {
        return new SerialSettings(baudRate, dataBits, p, stopBits, flowControl);
    }

    public SerialSettings withDataBits(int bits) {
        return new SerialSettings(baudRate, bits, parity, stopBits, flowControl);
    }

    public SerialSettings withStopBits(StopBits s) {
        return new SerialSettings(baudRate, dataBits, parity, s, flowControl);
    }

    public SerialSettings withFlowControl(FlowControl f) {
        return new SerialSettings(baudRate, dataBits, parity, stopBits, f);
    }

    @Override
    public String toString() {
        return baudRate + " " + dataBits + parity.name().charAt(0) + switch (stopBits) {
            case ONE -> "1";
            case ONE_POINT_FIVE -> "1.5";
            case TWO -> "2";
        } + (flowControl == FlowControl.NONE ? "" : " " + flowControl);
    }
}
