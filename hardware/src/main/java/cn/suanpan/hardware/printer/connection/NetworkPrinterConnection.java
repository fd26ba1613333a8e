package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network printer's raw port (TCP 9100, "JetDirect"): bytes in, DLE EOT answers out.
 *
 * <p>The socket is opened on first use and again after any failure, so a printer switched
 * off and on again is simply reached by the next job or status poll. A socket has no write
 * timeout, and a printer that stops reading would block a write for good once the buffers
 * are full; the bytes are therefore written by a separate virtual thread, and a write not
 * done by the deadline closes the socket, which ends it.
 */
public final class NetworkPrinterConnection extends StreamPrinterConnection {

    private static final Logger log = LoggerFactory.getLogger(NetworkPrinterConnection.class);

    /** The usual raw-printing port of network receipt printers. */
    public static final int DEFAULT_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    /** The open socket, or null. Set under the turn lock; cleared by the reader when the printer hangs up. */
    private volatile Socket socket;
    private volatile boolean closed;
    private boolean reportedDown;

    public NetworkPrinterConnection(String host, int port, Duration connectTimeout, DrawerSensor sensor) {
        super(sensor);
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TCP port must be 1..65535: " + port);
        }
        this.port = port;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** {@code host}, {@code host:port} or {@code [v6-address]:port}; the port defaults to 9100. */
    public static NetworkPrinterConnection of(String address, Duration connectTimeout, DrawerSensor sensor) {
        String a = address.strip();
        String host = a;
        int port = DEFAULT_PORT;
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("not a host:port: " + address);
            }
            host = a.substring(1, end);
            if (a.length() > end + 1) {
                port = parsePort(a.substring(end + 2), address);
            }
        } else if (a.indexOf(':') >= 0 && a.indexOf(':') == a.lastIndexOf(':')) {
            host = a.substring(0, a.indexOf(':'));
            port = parsePort(a.substring(a.indexOf(':') + 1), address);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + address);
        }
        return new NetworkPrinterConnection(host, port, connectTimeout, sensor);
    }

    private static int parsePort(String s, String address) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a host:port: " + address, e);
        }
    }

    @Override
    public String address() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }

    @Override
    protected void send(byte[] bytes, long deadlineNanos) {
        Socket s = open(deadlineNanos);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().name("printer-write " + address()).start(() -> {
            try {
                OutputStream out = s.getOutputStream();
                out.write(bytes);
                out.flush();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            drop(s, "not taking data");
            throw new PrinterException(PrinterException.Reason.TIMEOUT, new HardwareMessage("printer.error.timeout", address()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop(s, "interrupted");
            throw new PrinterException(PrinterException.Reason.TIMEOUT, new HardwareMessage("printer.error.timeout", address()), e);
        } catch (ExecutionException e) {
            drop(s, String.valueOf(e.getCause()));
            throw new PrinterException(PrinterException.Reason.NOT_CONNECTED,
                    new HardwareMessage("printer.error.notConnected", address()), e.getCause());
        }
    }

    private Socket open(long deadlineNanos) {
        if (closed) {
            throw new PrinterException(PrinterException.Reason.CLOSED, new HardwareMessage("printer.error.closed", address()));
        }
        Socket current = socket;
        if (current != null && !current.isClosed()) {
            return current;
        }
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        int timeout = (int) Math.max(1, Math.min(connectTimeout.toMillis(), leftMillis));
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), timeout);
        } catch (IOException e) {
            closeQuietly(s);
            if (!reportedDown) {
                reportedDown = true;
                log.warn("Network printer {} cannot be reached: {}; will try again with the next job or status poll",
                        address(), e.toString());
            }
            throw new PrinterException(PrinterException.Reason.NOT_CONNECTED,
                    new HardwareMessage("printer.error.notConnected", address()), e);
        }
        if (reportedDown) {
            log.info("Network printer {} reached again", address());
        }
        reportedDown = false;
        socket = s;
        Thread.ofVirtual().name("printer-read " + address()).start(() -> readLoop(s));
        return s;
    }

    private void readLoop(Socket s) {
        byte[] buffer = new byte[256];
        try {
            InputStream in = s.getInputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answers.offer(buffer, n);
            }
            drop(s, "printer closed the connection");
        } catch (IOException e) {
            drop(s, e.toString());
        }
    }

    private void drop(Socket s, String why) {
        if (socket == s) {
            socket = null;
            if (!closed) {
                log.info("Network printer {} connection dropped: {}", address(), why);
            }
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing a broken socket: nothing to do
        }
    }

    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        socket = null;
        if (s != null) {
            closeQuietly(s);
        }
    }

    @Override
    public String toString() {
        return "NetworkPrinterConnection[" + address() + "]";
    }
}
