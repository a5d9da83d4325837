package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;

/**
 * A query may not name the database's tables and columns (COLUMN, TABLE, SQL text): the read rules
 * see the model only, so such a name would read past a hidden field or another user's rows. SQL
 * for what JPQL lacks stays possible when the data come in as arguments.
 */
class RawSqlTest {

    @TempDir
    Path home;

    @Test
    void aQueryNamingATableOrColumnIsRefusedAndSqlOverArgumentsRuns() throws Exception {
        try (StoreFixture fixture = StoreFixture.open(DatabaseKind.DERBY_EMBEDDED, home)) {
            try (UnitOfWork work = fixture.store.begin()) {
                Customer rich = TestmodelFactory.eINSTANCE.createCustomer();
                rich.setReference("C-1");
                rich.setName("Rich");
                rich.setIncome(new BigDecimal("900000"));
                work.add(rich);
                work.commit();
            }
            for (String jpql : List.of("SELECT c.name FROM Customer c WHERE COLUMN('INCOME', c) > 5",
                    "SELECT c.name FROM Customer c WHERE SQL('income > 5')",
                    "SELECT c.name FROM Customer c WHERE SQL('? > (SELECT MIN(p.INCOME) FROM PTEST_PARTY p)', c.persistentId)",
                    "SELECT c.name FROM Customer c WHERE FUNCTION('COALESCE', c.name, 'x') = SQL('''Rich'' || INCOME')")) {
                try (UnitOfWork work = fixture.store.begin()) {
                    StoreException refused = assertThrows(StoreException.class, () -> work.query(jpql), jpql);
                    assertTrue(refused.getMessage().startsWith("The query names the database's "), refused.getMessage());
                    assertTrue(refused.getMessage().toUpperCase().contains("INCOME") || refused.getMessage().contains("PTEST_PARTY"), refused.getMessage());
                }
            }
            try (UnitOfWork work = fixture.store.begin()) {
                // what JPQL lacks, over arguments the rules see; quoted text is a value, not a name
                assertEquals(List.of("Rich"), work.query("SELECT c.name FROM Customer c WHERE SQL('ABS(?)', c.income) > 5 AND c.name <> SQL('''INCOME''')"));
                assertEquals(List.of("Rich"), work.query("SELECT c.name FROM Customer c WHERE FUNCTION('ABS', c.income) > 5"));
            }
        }
    }
}
