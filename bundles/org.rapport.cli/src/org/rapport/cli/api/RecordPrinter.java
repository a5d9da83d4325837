package org.rapport.cli.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.rapport.cli.internal.TerminalWidth;

import com.google.gson.stream.JsonWriter;

/**
 * Prints records in the {@link Format} the user asked for, so that every command that prints
 * records offers the same formats: CSV through Apache Commons CSV, JSON through Gson, both
 * streamed; the table is aligned, so it waits for the last record. Column names are stable
 * English words (they are keys for scripts, like the {@code label: value} lines), not translated.
 * <pre>
 * try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "name")) {
 *     records.print(hit.reference(), hit.name());
 * }
 * </pre>
 * Values are printed as text, numbers as JSON numbers, null as empty (JSON null).
 */
public final class RecordPrinter implements AutoCloseable {

    private final PrintStream out;
    private final Format format;
    private final List<String> columns;
    private final List<String[]> table = new ArrayList<>();
    private CSVPrinter csv;
    private JsonWriter json;

    public RecordPrinter(PrintStream out, Format format, String... columns) {
        this.out = out;
        this.format = format;
        this.columns = List.of(columns);
        try {
            if (format == Format.CSV) {
                csv = new CSVPrinter(writer(), CSVFormat.RFC4180.builder().setHeader(columns).get());
            } else if (format == Format.JSON) {
                json = new JsonWriter(writer());
                json.setIndent("  ");
                json.beginArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one record: one value per column, in the order of the columns. */
    public void print(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        try {
            switch (format) {
            case TSV -> out.println(String.join("\t", Arrays.stream(values).map(RecordPrinter::cell).toList()));
            case TABLE -> table.add(Arrays.stream(values).map(RecordPrinter::text).toArray(String[]::new));
            case CSV -> csv.printRecord(Arrays.stream(values).map(RecordPrinter::text).toList());
            case JSON -> {
                json.beginObject();
                for (int i = 0; i < values.length; i++) {
                    json.name(columns.get(i));
                    if (values[i] == null) {
                        json.nullValue();
                    } else if (values[i] instanceof Number number) {
                        json.value(number);
                    } else {
                        json.value(String.valueOf(values[i]));
                    }
                }
                json.endObject();
            }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the output: the table is printed now, the JSON array closed; the stream stays open. */
    @Override
    public void close() {
        try {
            switch (format) {
            case TSV -> out.flush();
            case TABLE -> printTable();
            case CSV -> csv.flush();
            case JSON -> {
                json.endArray();
                json.flush();
                out.println();
            }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable() {
        // in terminal columns, not characters: a Chinese character takes two
        int[] widths = columns.stream().mapToInt(TerminalWidth::of).toArray();
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], TerminalWidth.of(row[i]));
            }
        }
        printRow(columns.toArray(String[]::new), widths);
        for (String[] row : table) {
            printRow(row, widths);
        }
        out.flush();
    }

    private void printRow(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(i == row.length - 1 ? row[i] : row[i] + " ".repeat(widths[i] - TerminalWidth.of(row[i]) + 2));
        }
        out.println(line.toString().stripTrailing());
    }

    /** The stream as a writer that never closes it: the command's standard output stays open. */
    private Writer writer() {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** A value for a tab-separated line: empty for none, tabs and line breaks as spaces. */
    private static String cell(Object value) {
        return text(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
