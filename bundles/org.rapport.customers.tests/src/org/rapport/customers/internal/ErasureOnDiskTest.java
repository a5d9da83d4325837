package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.CliCommand;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.PrivacyCommand;
import org.rapport.security.internal.PrivacyService;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.CliRun;
import org.rapport.testing.RawFiles;
import org.rapport.transfer.internal.TransferModel;

/**
 * Issue 14, defect 3, as it was found: customers imported from a file, one of them erased with
 * {@code rapport-ctl privacy erase}, then every raw file of the embedded database (data, index and
 * log files) and of a backup taken afterwards searched for the customer's name, e-mail and phone.
 * Before the fix they were in {@code log/log1.dat} and in the name, e-mail and phone indexes.
 */
class ErasureOnDiskTest {

    private static final String NAME = "Quentin Xylophagous";
    private static final String EMAIL = "quentin.xylo@erase-me.example";
    /** As the import stores it, normalised. */
    private static final String PHONE = "+8613912345678";

    @TempDir
    Path home;

    @Test
    void anErasedCustomerLeavesNoValueInTheDatabaseFilesNorInALaterBackup() throws Exception {
        StringBuilder csv = new StringBuilder("ref,name,email,phone,birthday,region,channel,tags\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("K-").append(i).append(",Kept Customer ").append(i).append(",kept").append(i).append("@example.com,+86 138 0000 ").append(String.format("%04d", i))
                    .append(",,East,WEB,\n");
        }
        csv.append("Q-1,").append(NAME).append(',').append(EMAIL).append(",+86 139 1234 5678,1980-05-17,West,STORE,\n");
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "customers.csv", csv.toString()), Options.defaults(), Progress.NONE);
            Path database = fixture.database.settings.embeddedLocation();
            for (String value : List.of(NAME, EMAIL, PHONE)) {
                assertFalse(RawFiles.holding(database, value).isEmpty(), value + " is in the files before the erasure, so the scan can see it");
            }

            PrivacyService privacy = new PrivacyService(fixture.store, fixture.users, fixture.auditLog, ImportFixture.CLOCK,
                    List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
            CliRun erase = fixture.cli(new PrivacyCommand(fixture.users, fixture.users, privacy), "mo", "erase", "Q-1", "--yes");
            assertEquals(CliCommand.OK, erase.code(), erase.err());

            Path backup = home.resolve("backup-after-erasure");
            try (Connection connection = DataSources.open(fixture.database.settings).getConnection();
                    PreparedStatement statement = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                statement.setString(1, backup.toString());
                statement.execute();
            }
            List<String> left = new ArrayList<>();
            // the phone as written in the file too, in case anything kept it so
            for (String value : List.of(NAME, EMAIL, PHONE, "+86 139 1234 5678")) {
                for (Path folder : List.of(database, backup)) {
                    RawFiles.holding(folder, value).forEach(file -> left.add(value + " in " + home.relativize(file)));
                }
            }
            assertEquals(List.of(), left, "the erased customer's values left in the raw files");
            assertFalse(RawFiles.holding(database, "kept300@example.com").isEmpty(), "the other customers are still there");
            assertEquals(301, fixture.customers().size(), "nothing but the values was lost");
        }
    }
}
