package org.rapport.customers.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.testing.ChildStore;
import org.rapport.transfer.model.TransferPackage;

/**
 * The victim of {@link ImportKillTest}: a separate JVM that imports a customers file with the real
 * import service and says "ID id" at the start and "COMMITTED line" after each committed batch,
 * until it is killed.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        // arguments: JDBC URL, user, password, file, batch size
        ChildStore child = ChildStore.open(args, List.of(CustomersPackage.eINSTANCE, TransferPackage.eINSTANCE));
        Store store = child.store;
        CurrentUser user = child.user;
        CustomerImportService importer = ImportFixture.importer(store, user, () -> Clock.fixed(ImportFixture.NOW, ZoneId.of("Asia/Shanghai")));
        int batch = Integer.parseInt(args[4]);
        long[] line = { 1 };
        importer.importFile(ImportKind.CUSTOMERS, Path.of(args[3]), Options.defaults().withBatchSize(batch), new Progress() {
            @Override
            public void started(String id) {
                System.out.println("ID " + id);
                System.out.flush();
            }

            @Override
            public boolean isCancelled() {
                line[0] += batch;
                System.out.println("COMMITTED " + line[0]);
                System.out.flush();
                return false;
            }
        });
        System.out.println("DONE");
    }
}
