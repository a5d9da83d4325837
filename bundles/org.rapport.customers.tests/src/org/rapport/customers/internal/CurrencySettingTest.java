package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's currency: CNY unless rapport.properties names another, a wrong code reported with its line. */
class CurrencySettingTest {

    @TempDir
    Path home;

    @Test
    void theDefaultIsYuanAndTheSettingNamesAnother() throws Exception {
        assertEquals(Currency.getInstance("CNY"), new CurrencySetting(() -> home).currency(), "no file");
        Files.writeString(home.resolve("rapport.properties"), "db.user = rapport\ncustomers.currency = eur\n");
        assertEquals(Currency.getInstance("EUR"), new CurrencySetting(() -> home).currency(), "any case");
    }

    @Test
    void aCodeThatIsNoCurrencyIsReportedWithItsLine() throws Exception {
        Files.writeString(home.resolve("rapport.properties"), "# money\ncustomers.currency = Yuan\n");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new CurrencySetting(() -> home).currency());
        assertEquals(home.resolve("rapport.properties") + ":2: customers.currency: 'Yuan' is not a currency: use an ISO 4217 code such as CNY, EUR or USD.",
                wrong.getMessage());
        Files.writeString(home.resolve("rapport.properties"), "customers.curency = EUR\n");
        assertThrows(IllegalStateException.class, () -> new CurrencySetting(() -> home).currency(), "a misspelt key is refused, not ignored");
        Files.writeString(home.resolve("rapport.properties"), "customers.currency = XYZ\n");
        assertThrows(IllegalStateException.class, () -> new CurrencySetting(() -> home).currency(), "three letters that are no currency");
    }
}
