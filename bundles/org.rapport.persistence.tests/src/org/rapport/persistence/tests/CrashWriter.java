package org.rapport.persistence.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.EmbeddedServer;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * The victim of {@link CrashSafetyTest}, and the busy program of the online-backup test: a
 * separate JVM that writes customers in batches for ever and says "COMMITTED n" after each
 * committed batch, until it is killed.
 */
public final class CrashWriter {

    public static final int BATCH = 500;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        // arguments: JDBC URL, user, password [, RAPPORT_HOME: serve the embedded database as the workbench does]
        Path home = Path.of(args.length > 3 ? args[3] : System.getProperty("java.io.tmpdir"));
        DatabaseSettings settings = new DatabaseSettings(DatabaseKind.ofUrl(args[0]).orElseThrow(), args[0], args[1], args[2], Optional.empty(),
                Optional.empty(), home);
        EclipseLinkStore store = EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
        if (args.length > 3) {
            EmbeddedServer.start(settings);
            System.out.println("SERVING");
        }
        BatchWriter writer = store.batchWriter(BATCH);
        for (long n = 0;; n++) {
            Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
            customer.setReference("K-" + n);
            customer.setName("crash test customer " + n);
            long before = writer.committed();
            writer.add(customer);
            if (writer.committed() != before) {
                System.out.println("COMMITTED " + writer.committed());
                System.out.flush();
            }
        }
    }
}
