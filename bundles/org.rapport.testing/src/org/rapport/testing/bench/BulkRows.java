package org.rapport.testing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Rows written to a file for Derby's bulk import into an empty table. A benchmark of millions of
 * rows fills its database this way: Derby builds the table's indexes once at the end instead of row
 * by row, minutes where batches of inserts take hours. Write the file once per size and import it
 * into each side's database.
 */
public final class BulkRows implements AutoCloseable {

    private final BufferedWriter out;

    private BulkRows(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** A new file of rows, replacing one there. */
    public static BulkRows create(Path file) throws IOException {
        return new BulkRows(file);
    }

    /** One row: numbers as they print, texts through {@link #text}, times through {@link #at}, null as an empty field (NULL). */
    public void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (values[i] != null) {
                    out.write(values[i].toString());
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text in the import's double quotes, a quote inside doubled; null stays NULL. */
    public static String text(String value) {
        return value == null ? null : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A time as the store keeps it: a TIMESTAMP in UTC; null stays NULL. */
    public static String at(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)).toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * Derby's {@code SYSCS_UTIL.SYSCS_IMPORT_DATA} of these columns of the file into the table (of
     * the connection's schema), then a commit. The table should be empty: Derby then loads it
     * without logging each row.
     */
    public static void importInto(Connection connection, String table, String columns, Path file) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, NULL, NULL, 'UTF-8', 0)")) {
            call.setString(1, table);
            call.setString(2, columns);
            call.setString(3, file.toAbsolutePath().toString());
            call.execute();
        }
        connection.commit();
    }
}
