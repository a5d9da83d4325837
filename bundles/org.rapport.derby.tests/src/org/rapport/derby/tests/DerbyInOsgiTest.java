package org.rapport.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.BasicClientDataSource40;
import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper bundle loads Derby's embedded engine, its client driver and its network server
 * inside OSGi, through data sources (DriverManager does not see bundle class loaders). The engine
 * boots with the bundle, so derby.system.home comes from the test JVM's arguments (see the pom).
 */
class DerbyInOsgiTest {

    private static BasicEmbeddedDataSource40 embedded(Path database, boolean create) {
        BasicEmbeddedDataSource40 source = new BasicEmbeddedDataSource40();
        source.setDatabaseName(database.toString());
        if (create) {
            source.setCreateDatabase("create");
        }
        return source;
    }

    private static void createAndFill(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            statement.executeUpdate("INSERT INTO customer VALUES (1, '王芳'), (2, 'Anna Schmidt')");
        }
    }

    private static String names(DataSource source) throws SQLException {
        StringBuilder names = new StringBuilder();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM customer ORDER BY id")) {
            while (rows.next()) {
                names.append(rows.getString(1)).append(';');
            }
        }
        return names.toString();
    }

    @Test
    void embeddedDatabaseKeepsCommittedRowsAcrossAShutdown(@TempDir Path folder) throws Exception {
        Path database = folder.resolve("db");
        createAndFill(embedded(database, true));

        BasicEmbeddedDataSource40 shutdown = embedded(database, false);
        shutdown.setShutdownDatabase("shutdown");
        SQLException closed = assertThrows(SQLException.class, shutdown::getConnection);
        assertEquals("08006", closed.getSQLState(), "Derby reports a clean database shutdown as 08006");

        assertEquals("王芳;Anna Schmidt;", names(embedded(database, false)));
    }

    @Test
    void embeddedDatabaseRefusesAMissingDatabaseClearly(@TempDir Path folder) {
        SQLException missing = assertThrows(SQLException.class, () -> embedded(folder.resolve("absent"), false).getConnection());
        assertEquals("XJ004", missing.getSQLState(), missing::getMessage);
    }

    @Test
    void networkServerServesTheClientDriverOnLoopback() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        NetworkServerControl server = new NetworkServerControl(loopback, port);
        StringWriter serverLog = new StringWriter();
        server.start(new PrintWriter(serverLog, true));
        try {
            waitUntilUp(server, serverLog);
            BasicClientDataSource40 client = new BasicClientDataSource40();
            client.setServerName(loopback.getHostAddress());
            client.setPortNumber(port);
            client.setDatabaseName("networked-" + System.nanoTime());
            client.setCreateDatabase("create");
            createAndFill(client);
            client.setCreateDatabase(null);
            assertEquals("王芳;Anna Schmidt;", names(client));
        } finally {
            server.shutdown();
        }
    }

    private static void waitUntilUp(NetworkServerControl server, StringWriter log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                assertTrue(Instant.now().isBefore(deadline), () -> "Derby network server did not start: " + log);
                Thread.sleep(100);
            }
        }
    }
}
