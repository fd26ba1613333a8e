package cn.suanpan.hardware.printer.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SimulatedPrinter} on a raw TCP port, as a network receipt printer (port 9100):
 * what a client sends is printed, DLE EOT requests are answered from the printer's state.
 * Binds to the loopback address unless told otherwise.
 *
 * <p>{@link #close()} is switching the printer off (connections dropped, nothing listening);
 * starting a new server on the same port is switching it back on. {@link #setReading(false)}
 * makes it hang: connected, but neither reading nor answering.
 */
public final class SimulatedPrinterServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinterServer.class);

    private final SimulatedPrinter printer;
    private final ServerSocket server;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean reading = true;
    private volatile boolean closed;

    private SimulatedPrinterServer(SimulatedPrinter printer, ServerSocket server) {
        this.printer = printer;
        this.server = server;
    }

    /** Listens on the loopback address; port 0 picks a free one. */
    public static SimulatedPrinterServer start(SimulatedPrinter printer, int port) throws IOException {
        return start(printer, InetAddress.getLoopbackAddress(), port);
    }

    public static SimulatedPrinterServer start(SimulatedPrinter printer, InetAddress bind, int port) throws IOException {
        Objects.requireNonNull(printer, "printer");
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bind, port));
        SimulatedPrinterServer s = new SimulatedPrinterServer(printer, server);
        Thread.ofVirtual().name("simulated-printer-accept " + server.getLocalPort()).start(s::acceptLoop);
        return s;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code host:port} for a network printer connection. */
    public String address() {
        return server.getInetAddress().getHostAddress() + ":" + port();
    }

    public SimulatedPrinter printer() {
        return printer;
    }

    /** {@code false}: stops taking data and answering, like a jammed printer whose buffer is full. */
    public void setReading(boolean on) {
        reading = on;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread.ofVirtual().name("simulated-printer-client " + client.getPort()).start(() -> serve(client));
            } catch (IOException e) {
                if (!closed) {
                    log.warn("Simulated network printer on port {} stopped accepting: {}", port(), e.toString());
                }
                return;
            }
        }
    }

    private void serve(Socket client) {
        DleEotResponder responder = new DleEotResponder(printer::answer);
        byte[] buffer = new byte[4096];
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (!closed) {
                if (!reading) {
                    Thread.sleep(20);
                    continue;
                }
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                if (printer.state().off()) {
                    continue;
                }
                byte[] answers = responder.scan(buffer, 0, n);
                if (answers.length > 0) {
                    out.write(answers);
                    out.flush();
                }
                if (!DleEotResponder.onlyRequests(buffer, 0, n)) {
                    printer.feed(buffer, 0, n);
                }
            }
        } catch (SocketException e) {
            // dropped by close(), or the terminal went away
        } catch (IOException e) {
            log.info("Simulated network printer client gone: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            printer.endStreamPage();
        }
    }

    /** Switches the printer off: stops listening and drops every connection. The printer itself stays usable. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
        for (Socket c : clients) {
            try {
                c.close();
            } catch (IOException e) {
                // closing: nothing to do
            }
        }
    }
}
