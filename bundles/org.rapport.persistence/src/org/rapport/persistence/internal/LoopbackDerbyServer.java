package org.rapport.persistence.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server on a free port of the loopback interface, ready when {@link #start()}
 * returns: for the process that serves its embedded database to rapport-ctl, and for tests that
 * need a Derby network server.
 */
public final class LoopbackDerbyServer implements AutoCloseable {

    private final NetworkServerControl control;
    private final int port;

    private LoopbackDerbyServer(NetworkServerControl control, int port) {
        this.control = control;
        this.port = port;
    }

    /** Starts a server and waits until it answers; its log is in the message if it does not. */
    public static LoopbackDerbyServer start() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        NetworkServerControl control = new NetworkServerControl(loopback, port);
        StringWriter log = new StringWriter();
        control.start(new PrintWriter(log, true));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                control.ping();
                return new LoopbackDerbyServer(control, port);
            } catch (Exception notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Derby network server did not start: " + log, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database of this server: a name below its system home, or an absolute path. */
    public String url(String database) {
        return url(port, database);
    }

    /** The JDBC URL of a database served on this loopback port. */
    public static String url(int port, String database) {
        return "jdbc:derby://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + "/" + database;
    }

    @Override
    public void close() throws Exception {
        control.shutdown();
    }
}
