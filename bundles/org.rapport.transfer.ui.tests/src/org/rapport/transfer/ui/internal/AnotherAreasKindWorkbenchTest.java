package org.rapport.transfer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.ImportSwitch;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;
import org.rapport.transfer.api.TransferImport;

/**
 * An import kind that another bundle registers (here: sales channels, as an extension could import
 * them) gets the wizard's pages like the built-in kinds: offered on the file page and chosen for a
 * file whose header is its own, its columns with its labels and its switch on the mapping page,
 * its rows stored by its mapper through the runner.
 */
class AnotherAreasKindWorkbenchTest {

    private static final String KIND = "test-channels";
    private static final String UPPER = "upper-case";

    @TempDir
    static Path folder;
    private static ServiceRegistration<RowMapper> registration;

    /** Channels from a CSV: code and label required, the label in upper case when the switch is on. */
    static final class ChannelRows implements RowMapper {

        @Override
        public String id() {
            return KIND;
        }

        @Override
        public String label() {
            return "Sales channels (test)";
        }

        @Override
        public List<String> requiredColumns() {
            return List.of("code", "label");
        }

        @Override
        public List<String> optionalColumns() {
            return List.of("aliases");
        }

        @Override
        public String columnLabel(String column) {
            return "Channel " + column;
        }

        @Override
        public List<ImportSwitch> switches() {
            return List.of(new ImportSwitch(UPPER, "Labels in &upper case"));
        }

        @Override
        public String area() {
            return CustomersAreaId.ID;
        }

        @Override
        public MappedRun<Channel> start(ImportContext context) {
            boolean upper = context.options().flag(UPPER);
            return new MappedRun<>() {
                @Override
                public Channel validate(Row row, Findings findings) {
                    if (row.get("code").isBlank()) {
                        findings.reject(row.line(), "code", "", "no code");
                        return null;
                    }
                    Channel channel = CustomersFactory.eINSTANCE.createChannel();
                    channel.setCode(row.get("code"));
                    channel.setLabel(upper ? row.get("label").toUpperCase(Locale.ROOT) : row.get("label"));
                    return channel;
                }

                @Override
                public long store(UnitOfWork work, List<Validated<Channel>> values, Findings findings) {
                    values.forEach(value -> work.add(value.value()));
                    return values.size();
                }
            };
        }
    }

    @BeforeAll
    static void register() {
        registration = Services.contextOf(ImportWizard.class).registerService(RowMapper.class, new ChannelRows(), null);
        waitUntil(Duration.ofSeconds(10), () -> Services.await(TransferImport.class).kind(KIND).isPresent(), "the runner has the new kind");
    }

    @AfterAll
    static void unregister() {
        registration.unregister();
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            work.<Channel>query("SELECT c FROM Channel c WHERE c.code LIKE ?1", "test-kind-%").forEach(work::remove);
            work.commit();
        }
    }

    @Test
    void aKindOfAnotherBundleIsOfferedMappedAndImported() throws IOException {
        Path file = folder.resolve("channels.csv");
        Files.write(file, List.of("Code,Label", "test-kind-1,Pop-up store", ",Nameless", "test-kind-2,Trade fair"), StandardCharsets.UTF_8);
        ImportWizardDialog dialog = ImportWizardWorkbenchTest.openWizard();
        ImportWizard wizard = dialog.wizard();
        assertTrue(wizard.filePage.kind(KIND).getText().startsWith("Sales channels (test)"), wizard.filePage.kind(KIND).getText());
        assertTrue(wizard.filePage.kind(KIND).getText().contains("code, label"), "with its required columns");
        wizard.filePage.path().setText(file.toString());
        spin();
        assertTrue(wizard.filePage.kind(KIND).getSelection(), "its header names this kind's columns");
        assertFalse(wizard.filePage.kind("customers").getSelection());
        screenshot(dialog.getShell(), "import-other-kind-1-file");

        ImportWizardWorkbenchTest.next(dialog);
        ImportWizardWorkbenchTest.next(dialog);
        assertSame(wizard.mappingPage, dialog.getCurrentPage());
        assertEquals("Code", wizard.mappingPage.choice("code").getText(), "matched whatever the case");
        assertTrue(wizard.mappingPage.fieldLabel("label").getText().startsWith("Channel label"), "the kind's label");
        assertNull(wizard.mappingPage.switchOf("create-customers"), "no switch of another kind");
        assertNotNull(wizard.mappingPage.switchOf(UPPER));
        wizard.mappingPage.switchOf(UPPER).setSelection(true);
        screenshot(dialog.getShell(), "import-other-kind-3-mapping");

        ImportWizardWorkbenchTest.next(dialog);
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(2, outcome.result().imported());
        assertEquals(1, outcome.result().rejected(), "the row without a code");
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<String> labels = work.query("SELECT c.label FROM Channel c WHERE c.code LIKE ?1 ORDER BY c.code", "test-kind-%");
            assertEquals(List.of("POP-UP STORE", "TRADE FAIR"), labels, "stored by the kind's mapper, with its switch on");
        }
    }
}
