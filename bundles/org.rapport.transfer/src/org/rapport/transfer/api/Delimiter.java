package org.rapport.transfer.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The separator between an import file's fields: {@code ,} (RFC 4180, the default), {@code ;}
 * (what Excel saves as "CSV" in languages with a decimal comma: German, French, Italian, Spanish,
 * Russian...) or a tab. With {@code ;} or a tab, an amount's decimal mark may be a comma
 * ({@link #decimal}).
 */
public enum Delimiter {
    COMMA(',', ","), SEMICOLON(';', ";"), TAB('\t', "tab");

    /** Any number of digits, one mark and digits after it: the mark's place decides ({@link #decimal}). */
    private static final Pattern ONE_MARK = Pattern.compile("(-?[0-9]+)(?:([.,])([0-9]+))?");
    private static final Pattern POINT_ONLY = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final char character;
    private final String word;
    private final CSVFormat input;

    Delimiter(char character, String word) {
        this.character = character;
        this.word = word;
        this.input = CsvFormats.INPUT.builder().setDelimiter(character).get();
    }

    /** The character between fields. */
    public char character() {
        return character;
    }

    /** The word that {@code --delimiter} takes and the import runs store: {@code ,}, {@code ;} or {@code tab}. */
    public String word() {
        return word;
    }

    /** How imports read a file with this separator ({@link CsvFormats#INPUT} otherwise). */
    public CSVFormat inputFormat() {
        return input;
    }

    /** The separator a word names ({@link #word()}, or the character itself); empty for anything else. */
    public static Optional<Delimiter> named(String word) {
        if (word == null) {
            return Optional.empty();
        }
        if (word.equals("\t")) {
            return Optional.of(TAB);
        }
        String given = word.strip().toLowerCase(Locale.ROOT);
        for (Delimiter delimiter : values()) {
            if (delimiter.word.equals(given)) {
                return Optional.of(delimiter);
            }
        }
        return Optional.empty();
    }

    /** The separator of this character (as {@code Arguments.separator} answers it); null for null. */
    public static Delimiter of(Character character) {
        if (character == null) {
            return null;
        }
        for (Delimiter delimiter : values()) {
            if (delimiter.character == character) {
                return delimiter;
            }
        }
        throw new IllegalArgumentException("no separator " + character);
    }

    /**
     * The separator a file's header line is most likely written with: the one that splits it, as
     * the CSV parser reads it (quotes respected), into the most columns; {@link #COMMA} when none
     * splits it or on a tie.
     */
    public static Delimiter guess(String headerLine) {
        Delimiter best = COMMA;
        int most = 1;
        for (Delimiter delimiter : values()) {
            int columns = columns(headerLine, delimiter);
            if (columns > most) {
                best = delimiter;
                most = columns;
            }
        }
        return best;
    }

    private static int columns(String line, Delimiter delimiter) {
        try (CSVParser parser = delimiter.input.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? 0 : records.get(0).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // broken quotes with this separator: not the one the file was written with
            return 0;
        }
    }

    /** Why {@link #decimal} refused a value. */
    public enum DecimalProblem {
        /** Not a plain decimal number at all. */
        NOT_A_NUMBER,
        /** A number whose mark could be a decimal mark or digit grouping: {@code 1,234}, {@code 1.234}, {@code 1.234,50}. */
        AMBIGUOUS
    }

    /** A decimal number an import read, or why it was refused. */
    public record Decimal(BigDecimal value, DecimalProblem problem) {
    }

    /**
     * A decimal number (an amount of money) as a file with this separator writes it. With
     * {@code ,} the point is the decimal mark ({@code 12.50}), as before. With {@code ;} or a tab,
     * where spreadsheets in languages with a decimal comma write {@code 12,50}, the one mark may be a
     * comma or a point; a mark followed by exactly three digits ({@code 1,234}, {@code 1.234}) could
     * be digit grouping, and a value with more than one mark ({@code 1.234,50}) is written with
     * grouping: both are refused as {@link DecimalProblem#AMBIGUOUS}, never guessed.
     */
    public Decimal decimal(String text) {
        String value = text.strip();
        if (this == COMMA) {
            return POINT_ONLY.matcher(value).matches() ? new Decimal(new BigDecimal(value), null) : new Decimal(null, DecimalProblem.NOT_A_NUMBER);
        }
        Matcher one = ONE_MARK.matcher(value);
        if (!one.matches()) {
            return new Decimal(null, groupedNumber(value) ? DecimalProblem.AMBIGUOUS : DecimalProblem.NOT_A_NUMBER);
        }
        if (one.group(2) == null) {
            return new Decimal(new BigDecimal(one.group(1)), null);
        }
        if (one.group(3).length() == 3) {
            return new Decimal(null, DecimalProblem.AMBIGUOUS);
        }
        return new Decimal(new BigDecimal(one.group(1) + "." + one.group(3)), null);
    }

    /** Digits with more than one mark, such as {@code 1.234,50} or {@code 1,234,567}. */
    private static boolean groupedNumber(String value) {
        return value.matches("-?[0-9]+([.,][0-9]+){2,}");
    }
}
