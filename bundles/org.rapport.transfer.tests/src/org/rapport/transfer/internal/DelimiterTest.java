package org.rapport.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.Delimiter.DecimalProblem;

/** The separators of the CSV files people have, guessed from a header, and the amounts they hold. */
class DelimiterTest {

    @Test
    void theHeaderLineTellsTheSeparator() {
        assertEquals(Delimiter.COMMA, Delimiter.guess("ref,name,email"));
        assertEquals(Delimiter.SEMICOLON, Delimiter.guess("customer_ref;date;amount;quantity;product;channel"));
        assertEquals(Delimiter.TAB, Delimiter.guess("ref\tname\temail"));
        // quotes are the parser's: a comma inside a quoted header is no separator
        assertEquals(Delimiter.SEMICOLON, Delimiter.guess("\"Kunde, Nr.\";Name;Betrag"));
        assertEquals(Delimiter.COMMA, Delimiter.guess("\"a;b\",c,d"));
        assertEquals(Delimiter.COMMA, Delimiter.guess("ref"), "one column: the default");
    }

    @Test
    void theWordsOfDelimiterAreRead() {
        assertEquals(Delimiter.SEMICOLON, Delimiter.named(";").orElseThrow());
        assertEquals(Delimiter.TAB, Delimiter.named("TAB").orElseThrow());
        assertEquals(Delimiter.TAB, Delimiter.named("\t").orElseThrow());
        assertEquals(Delimiter.COMMA, Delimiter.named(",").orElseThrow());
        assertEquals(true, Delimiter.named("|").isEmpty());
        assertEquals(Delimiter.TAB, Delimiter.of('\t'));
        assertNull(Delimiter.of((Character) null));
    }

    @Test
    void withACommaSeparatorThePointIsTheDecimalMark() {
        assertEquals(new BigDecimal("12.50"), Delimiter.COMMA.decimal("12.50").value());
        assertEquals(new BigDecimal("1.234"), Delimiter.COMMA.decimal("1.234").value(), "as before: no decimal comma to confuse it with");
        assertEquals(DecimalProblem.NOT_A_NUMBER, Delimiter.COMMA.decimal("12,50").problem());
    }

    @Test
    void withASemicolonOrTabACommaMayBeTheDecimalMarkAndGroupingIsNeverGuessed() {
        for (Delimiter delimiter : new Delimiter[] { Delimiter.SEMICOLON, Delimiter.TAB }) {
            assertEquals(new BigDecimal("12.50"), delimiter.decimal("12,50").value());
            assertEquals(new BigDecimal("12.5"), delimiter.decimal(" 12,5 ").value());
            assertEquals(new BigDecimal("-3.20"), delimiter.decimal("-3,20").value());
            assertEquals(new BigDecimal("12.50"), delimiter.decimal("12.50").value());
            assertEquals(new BigDecimal("1234"), delimiter.decimal("1234").value());
            assertEquals(new BigDecimal("0.0001"), delimiter.decimal("0,0001").value());
            assertEquals(DecimalProblem.AMBIGUOUS, delimiter.decimal("1,234").problem(), "one thousand two hundred thirty-four, or 1.234?");
            assertEquals(DecimalProblem.AMBIGUOUS, delimiter.decimal("1.234").problem());
            assertEquals(DecimalProblem.AMBIGUOUS, delimiter.decimal("1.234,50").problem());
            assertEquals(DecimalProblem.AMBIGUOUS, delimiter.decimal("1,234,567").problem());
            assertEquals(DecimalProblem.NOT_A_NUMBER, delimiter.decimal("12,50 EUR").problem());
            assertEquals(DecimalProblem.NOT_A_NUMBER, delimiter.decimal(",5").problem());
            assertEquals(DecimalProblem.NOT_A_NUMBER, delimiter.decimal("").problem());
        }
    }
}
