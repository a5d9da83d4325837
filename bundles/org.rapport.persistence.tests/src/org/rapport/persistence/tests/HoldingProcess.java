package org.rapport.persistence.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.EmbeddedServer;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * The first program of {@link ConcurrentUseTest}: a separate JVM that opens the embedded database
 * as the product's store does, says "BOOTED", adds customer H-1, serves the database after a
 * delay (or never), says "SERVING", and closes when its standard input says "quit": "CLOSED" when
 * the server stopped.
 */
public final class HoldingProcess {

    private HoldingProcess() {
    }

    public static void main(String[] args) throws Exception {
        // arguments: JDBC URL, user, password, RAPPORT_HOME, seconds before serving (-1: never)
        DatabaseSettings settings = new DatabaseSettings(DatabaseKind.DERBY_EMBEDDED, args[0], args[1], args[2], Optional.empty(), Optional.empty(),
                Path.of(args[3]));
        long delay = Long.parseLong(args[4]);
        EclipseLinkStore store = EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
        System.out.println("BOOTED");
        System.out.flush();
        try (UnitOfWork work = store.begin()) {
            Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
            customer.setReference("H-1");
            customer.setName("held");
            work.add(customer);
            work.commit();
        }
        EmbeddedServer server = null;
        if (delay >= 0) {
            Thread.sleep(delay * 1000);
            server = EmbeddedServer.start(settings);
            System.out.println("SERVING");
            System.out.flush();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            // waits for the test
        }
        if (server != null) {
            server.close();
        }
        System.out.println("CLOSED");
        System.out.flush();
        store.close();
        DataSources.shutdownEmbedded(settings);
    }
}
