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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TransferImport;

/**
 * The import wizard in the real workbench, signed in as the test run's administrator: the
 * command in the model, each page driven as a person would (a CSV with good and bad rows, a file
 * with other headers), the real transfer runner and the customers area's kinds behind it, the
 * rejects file written, and an unfinished import resumed. {@link AnotherAreasKindWorkbenchTest}
 * shows that a kind registered by any bundle gets the same pages.
 */
class ImportWizardWorkbenchTest {

    private static final String COMMAND = "org.rapport.transfer.ui.command.import";
    private static final List<String> REFERENCES = List.of("WZ-", "WP-", "NEW-WZ-", "RS-", "CX-", "GBW-", "SW-", "SR-");

    @TempDir
    static Path folder;
    private static MWindow window;

    @BeforeAll
    static void workbench() {
        window = WorkbenchDriver.mainWindow();
    }

    private static MWindow window() {
        return window != null ? window : WorkbenchDriver.mainWindow();
    }

    /** A column's label as the kind gives it, in the workbench's language. */
    private static String label(String kind, String column) {
        return Services.await(TransferImport.class).kind(kind).map(k -> k.columnLabel(column)).orElseThrow();
    }

    @AfterAll
    static void cleanUp() {
        WorkbenchDriver.remove("SELECT c FROM Customer c WHERE c.reference LIKE ?1", REFERENCES.stream().map(p -> p + "%").toList());
    }

    /** The wizard as File > Import opens it, not blocking, so the test drives it. */
    static ImportWizardDialog openWizard() {
        Shell shell = (Shell) window().getWidget();
        ImportWizardDialog dialog = ImportWizard.dialog(shell, Services.await(TransferImport.class));
        dialog.setBlockOnOpen(false);
        dialog.open();
        spin();
        return dialog;
    }

    static void next(ImportWizardDialog dialog) {
        press(dialog.button(IDialogConstants.NEXT_ID));
    }

    static void choose(Combo combo, String column) {
        int at = combo.indexOf(column);
        assertTrue(at > 0, column + " is offered");
        combo.select(at);
        combo.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCommandIsInTheFileMenuTheToolbarAndOnCtrlShiftI() {
        MApplication application = window.getContext().get(MApplication.class);
        EModelService models = window.getContext().get(EModelService.class);
        assertEquals(1, models.findElements(window, "org.rapport.transfer.ui.menuitem.import", MMenuElement.class, null, EModelService.IN_MAIN_MENU).size(), "File > Import…");
        assertEquals(1, models.findElements(window, "org.rapport.transfer.ui.toolitem.import", MToolBarElement.class, null, EModelService.IN_TRIM).size(), "the toolbar button");
        List<MKeyBinding> bindings = application.getBindingTables().stream().flatMap(t -> t.getBindings().stream())
                .filter(b -> COMMAND.equals(b.getCommand().getElementId())).toList();
        assertEquals(List.of("M1+M2+I"), bindings.stream().map(MKeyBinding::getKeySequence).toList());
        // the File menu as it opens: the item is there for a role that may import
        Menu menu = ((Shell) window.getWidget()).getMenuBar().getItem(0).getMenu(); // File
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        MMenuElement item = models.findElements(window, "org.rapport.transfer.ui.menuitem.import", MMenuElement.class, null, EModelService.IN_MAIN_MENU).get(0);
        assertTrue(item.isVisible(), "shown to an administrator");
        String label = ((org.eclipse.e4.ui.model.application.ui.menu.MMenuItem) item).getLocalizedLabel();
        assertTrue(Arrays.stream(menu.getItems()).anyMatch(i -> i.getText().startsWith(label)),
                Arrays.stream(menu.getItems()).map(MenuItem::getText).toList().toString());
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(COMMAND, null);
        assertTrue(window.getContext().get(EHandlerService.class).canExecute(command), "an administrator may import");
        assertTrue(ImportHandler.mayImport(Services.await(CurrentUser.class), Services.await(TransferImport.class)));
    }

    @Test
    void importsGoodRowsAndRejectsBadOnes() throws IOException {
        Path file = write("wizard-customers.csv", List.of(
                "ref,name,email,phone,birthday,region,channel,tags",
                "WZ-001,Ada Wizard,ada@example.com,+44 20 7946 0001,1980-01-02,North,WEB,vip",
                "WZ-002,Bo Wizard,bo@example.com,,1990-13-40,South,STORE,",
                "WZ-003,,cy@example.com,,,,,",
                "WZ-004,Di Wizard,ADA@example.com,,,East,PHONE,",
                "WZ-005,Ed Wizard,ed@example.com,,,West,NOPE,"));
        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        assertSame(wizard.filePage, dialog.getCurrentPage());
        assertFalse(dialog.button(IDialogConstants.NEXT_ID).isEnabled(), "no file chosen yet");
        wizard.filePage.path().setText(folder.resolve("missing.csv").toString());
        spin();
        assertNotNull(wizard.filePage.getErrorMessage(), "a file that is not there is named");
        wizard.filePage.path().setText(file.toString());
        spin();
        assertNull(wizard.filePage.getErrorMessage());
        assertTrue(wizard.filePage.kind("customers").getSelection(), "a customers header means customers");
        assertFalse(wizard.filePage.kind("purchases").getSelection());
        assertFalse(wizard.filePage.resume().isVisible(), "nothing to resume");
        assertEquals(StandardCharsets.UTF_8, wizard.encoding(), "a UTF-8 file is read as UTF-8");
        screenshot(dialog.getShell(), "import-1-file");

        next(dialog);
        assertSame(wizard.previewPage, dialog.getCurrentPage());
        assertEquals(8, wizard.previewPage.table().getColumnCount());
        assertEquals(5, wizard.previewPage.table().getItemCount());
        assertEquals("Ada Wizard", wizard.previewPage.table().getItem(0).getText(1));
        screenshot(dialog.getShell(), "import-2-preview");

        next(dialog);
        assertSame(wizard.mappingPage, dialog.getCurrentPage());
        for (String field : CustomerImport.CUSTOMER_COLUMNS) {
            assertEquals(field, wizard.mappingPage.choice(field).getText(), "the header's own column is the default for " + field);
        }
        assertEquals(Messages.import_mapping_none, wizard.mappingPage.choice("account_manager").getText());
        assertNull(wizard.mappingPage.switchOf("create-customers"), "a switch of purchases only");
        assertTrue(wizard.mappingPage.fieldLabel("ref").getText().startsWith(label("customers", "ref")), "each field with the kind's label");
        assertEquals(file + ".rejects.csv", wizard.mappingPage.rejects().getText());
        assertNull(wizard.mappingPage.getErrorMessage());
        assertEquals(Messages.import_start, dialog.button(IDialogConstants.NEXT_ID).getText());
        screenshot(dialog.getShell(), "import-3-mapping");

        next(dialog); // Import
        assertSame(wizard.summaryPage, dialog.getCurrentPage());
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(3, outcome.result().imported(), "WZ-001, WZ-004 and WZ-005, whose unknown channel is kept as other");
        assertEquals(2, outcome.result().rejected());
        assertEquals(1, outcome.result().warnings(), "WZ-005's channel");
        assertEquals(1, outcome.result().duplicates(), "WZ-004 has the e-mail of WZ-001");
        assertFalse(outcome.result().cancelled());
        assertTrue(outcome.importId().startsWith("imp-"));
        // line, field and value exactly; the reason is in the user's language
        List<List<String>> rejects = ImportSummaryPage.firstReasons(file.resolveSibling(file.getFileName() + ".rejects.csv"));
        assertEquals(List.of(List.of("3", "birthday", "1990-13-40"), List.of("4", "name", "")), rejects.stream().map(r -> r.subList(0, 3)).toList());
        assertTrue(rejects.stream().noneMatch(r -> r.get(3).isBlank()), "each with its reason");
        assertEquals(2, wizard.summaryPage.reasons().getItemCount(), "the first reasons are shown");
        assertEquals("birthday", wizard.summaryPage.reasons().getItem(0).getText(1));
        assertFalse(wizard.summaryPage.resume().isVisible(), "a finished import has nothing to resume");
        assertNull(wizard.summaryPage.getPreviousPage(), "no way back to import the same rows twice");
        assertFalse(dialog.button(IDialogConstants.CANCEL_ID).isEnabled(), "what was imported stays: Cancel cannot promise otherwise");
        assertTrue(dialog.button(IDialogConstants.FINISH_ID).isEnabled());
        assertEquals(List.of(true, true, true), wizard.summaryPage.openButtons().stream().map(b -> b.isEnabled()).toList(),
                "rejects, duplicates and warnings were written, and each can be opened");
        screenshot(dialog.getShell(), "import-4-summary");

        press(dialog.button(IDialogConstants.FINISH_ID));
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<String> stored = work.query("SELECT c.reference FROM Customer c WHERE c.reference LIKE ?1 ORDER BY c.reference", "WZ-%");
            assertEquals(List.of("WZ-001", "WZ-004", "WZ-005"), stored);
        }
    }

    @Test
    void aFileFromAChineseExcelIsReadInTheEncodingChosenAndImported() throws IOException {
        Charset gb18030 = Charset.forName("GB18030");
        Path file = folder.resolve("wizard-gb18030.csv");
        Files.write(file, "ref,name,email\nGBW-1,王芳,wang.fang@example.cn\nGBW-2,欧阳娜娜,\n".getBytes(gb18030));
        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        assertEquals(ImportFilePage.legacyEncoding(Locale.getDefault()), wizard.encoding(),
                "not UTF-8: first read as what a spreadsheet program writes in the workbench's language");
        Combo encoding = wizard.filePage.encodingChoice();
        encoding.select(TextFileReader.OFFERED.indexOf(gb18030));
        encoding.notifyListeners(SWT.Selection, new Event());
        spin();
        assertEquals(gb18030, wizard.encoding());
        assertTrue(wizard.filePage.kind("customers").getSelection(), "the header read in the encoding chosen");
        screenshot(dialog.getShell(), "import-encoding-1-file");

        next(dialog);
        assertEquals(2, wizard.previewPage.table().getItemCount());
        assertEquals("王芳", wizard.previewPage.table().getItem(0).getText(1), "the preview shows the names as written");
        assertEquals("欧阳娜娜", wizard.previewPage.table().getItem(1).getText(1));
        screenshot(dialog.getShell(), "import-encoding-2-preview");

        next(dialog);
        next(dialog); // Import
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(2, outcome.result().imported());
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<String> stored = work.query("SELECT c.name FROM Customer c WHERE c.reference LIKE ?1 ORDER BY c.reference", "GBW-%");
            assertEquals(List.of("王芳", "欧阳娜娜"), stored);
        }
    }

    /** The file page and the preview of a wizard on this file, in the theme shown now, as screenshots. */
    private static void screenshotsOf(Path file, String theme) {
        ImportWizardDialog dialog = openWizard();
        try {
            dialog.wizard().filePage.path().setText(file.toString());
            spin();
            screenshot(dialog.getShell(), "import-separator-1-file-" + theme);
            next(dialog);
            screenshot(dialog.getShell(), "import-separator-2-preview-" + theme);
        } finally {
            dialog.close();
            spin();
        }
    }

    @Test
    void aSemicolonFileIsSplitAtTheSeparatorGuessedFromItsHeaderAndImported() throws IOException {
        // as Excel in German saves "CSV": ; between fields, a comma inside a value, an amount with a decimal comma elsewhere
        Path file = write("kunden-de.csv", List.of("ref;name;region", "SW-1;Jörg Müller;Bayern, Süd", "SW-2;Anna Weiß;"));
        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        assertEquals(Delimiter.SEMICOLON, wizard.delimiter(), "guessed from the header line");
        assertEquals(Delimiter.SEMICOLON.ordinal(), wizard.filePage.separatorChoice().getSelectionIndex(), "and shown as chosen");
        assertTrue(wizard.filePage.kind("customers").getSelection(), "the header split at ; names the customers' columns");

        next(dialog);
        assertEquals(3, wizard.previewPage.table().getColumnCount());
        assertEquals("Bayern, Süd", wizard.previewPage.table().getItem(0).getText(2), "a comma inside a value is text");
        assertEquals(NLS.bind(Messages.import_preview_summary, new Object[] { "kunden-de.csv", 3, 2, "UTF-8", ";" }), wizard.previewPage.summary().getText(),
                "the preview says how it reads the file");

        // chosen otherwise by hand, the preview reads one column, as the import would
        press(dialog.button(IDialogConstants.BACK_ID));
        Combo separator = wizard.filePage.separatorChoice();
        separator.select(Delimiter.COMMA.ordinal());
        separator.notifyListeners(SWT.Selection, new Event());
        spin();
        next(dialog);
        assertEquals(1, wizard.previewPage.table().getColumnCount());
        press(dialog.button(IDialogConstants.BACK_ID));
        separator.select(Delimiter.SEMICOLON.ordinal());
        separator.notifyListeners(SWT.Selection, new Event());
        spin();

        next(dialog);
        next(dialog);
        next(dialog); // Import
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(2, outcome.result().imported());
        assertEquals(0, outcome.result().rejected());
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<String> stored = work.query("SELECT c.region FROM Customer c WHERE c.reference LIKE ?1 ORDER BY c.reference", "SW-%");
            assertEquals("Bayern, Süd", stored.get(0));
        }

        // for people to look at: the pages of a ; file in both themes
        Path another = write("kunden-de-2.csv", List.of("ref;name;region;email", "SW-3;Jörg Müller;Bayern, Süd;jm@example.de", "SW-4;王芳;华东;"));
        screenshotsOf(another, "light");
        WorkbenchDriver.theme(window(), "org.rapport.app.theme.dark");
        try {
            screenshotsOf(another, "dark");
        } finally {
            WorkbenchDriver.theme(window(), "org.rapport.app.theme.light");
        }
    }

    @Test
    void aResumeOfAGb18030SemicolonFileReadsItAsItsFirstRunDid() throws IOException {
        Charset gb18030 = Charset.forName("GB18030");
        StringBuilder text = new StringBuilder("ref;name;region\n");
        IntStream.range(0, 300).forEach(i -> text.append(String.format("SR-%03d;王芳%03d;华东, 上海%n", i, i)));
        Path file = folder.resolve("resume-gb18030.csv");
        Files.write(file, text.toString().getBytes(gb18030));
        CustomerImport.Result first = Services.await(CustomerImport.class).importFile(ImportKind.CUSTOMERS, file,
                CustomerImport.Options.defaults().withEncoding(gb18030).withDelimiter(Delimiter.SEMICOLON).withBatchSize(100), new Progress() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });
        assertEquals(100, first.imported());

        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        assertTrue(wizard.filePage.resume().isVisible(), "the unfinished import is offered");
        assertEquals(gb18030, wizard.encoding(), "the encoding its first run read, whatever the workbench's language guesses");
        assertEquals(Delimiter.SEMICOLON, wizard.delimiter());
        next(dialog);
        assertEquals("王芳000", wizard.previewPage.table().getItem(0).getText(1));
        next(dialog);
        next(dialog);
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(first.importId(), outcome.importId());
        assertEquals(300, outcome.result().imported());
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<String> stored = work.query("SELECT c.name FROM Customer c WHERE c.reference = ?1", "SR-299");
            assertEquals(List.of("王芳299"), stored, "the rest decoded as GB18030 and split at ;");
        }
    }

    @Test
    void otherHeadersAreMappedAndPurchasesOfUnknownCustomersCreateThem() throws IOException {
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer known = CustomersFactory.eINSTANCE.createCustomer();
            known.setReference("WP-001");
            known.setName("Pia Purchase");
            work.add(known);
            work.commit();
        }
        Path file = write("kasse.csv", List.of(
                "Kunde,Datum,Betrag,Menge,Artikel",
                "WP-001,2026-02-01,12.50,2,Green tea",
                "WP-001,2026-02-03T10:15,7.00,,Teapot",
                "NEW-WZ-9,2026-02-04,30.00,1,Gift box"));
        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        assertFalse(wizard.filePage.kind("purchases").getSelection(), "nothing in this header says purchases");
        wizard.filePage.kind("customers").setSelection(false);
        wizard.filePage.kind("purchases").setSelection(true);
        wizard.filePage.kind("purchases").notifyListeners(SWT.Selection, new Event());
        spin();
        next(dialog);
        next(dialog);
        assertSame(wizard.mappingPage, dialog.getCurrentPage());
        assertEquals(Messages.import_mapping_none, wizard.mappingPage.choice("customer_ref").getText());
        String problem = wizard.mappingPage.getErrorMessage();
        assertNotNull(problem, "required fields without a column stop the import");
        assertTrue(problem.contains(label("purchases", "customer_ref")) && problem.contains(label("purchases", "date"))
                && problem.contains(label("purchases", "amount")), problem);
        assertFalse(dialog.button(IDialogConstants.NEXT_ID).isEnabled());
        assertTrue(wizard.mappingPage.switchOf("create-customers").isVisible());
        assertFalse(wizard.mappingPage.switchOf("create-customers").getSelection(), "a switch starts off");
        screenshot(dialog.getShell(), "import-3-mapping-renamed");

        choose(wizard.mappingPage.choice("customer_ref"), "Kunde");
        choose(wizard.mappingPage.choice("date"), "Datum");
        choose(wizard.mappingPage.choice("amount"), "Datum");
        assertTrue(wizard.mappingPage.getErrorMessage().contains("Datum"), "one column for two fields is named");
        choose(wizard.mappingPage.choice("amount"), "Betrag");
        choose(wizard.mappingPage.choice("quantity"), "Menge");
        assertNull(wizard.mappingPage.getErrorMessage(), "a column no field takes is no error");
        assertTrue(wizard.mappingPage.getMessage().contains("Artikel"), "it is named as skipped");
        assertTrue(dialog.button(IDialogConstants.NEXT_ID).isEnabled());
        choose(wizard.mappingPage.choice("product"), "Artikel");
        assertNull(wizard.mappingPage.getErrorMessage());
        assertFalse(wizard.mappingPage.getMessage() != null && wizard.mappingPage.getMessage().contains("Artikel"), "taken now");
        wizard.mappingPage.switchOf("create-customers").setSelection(true);
        screenshot(dialog.getShell(), "import-3-mapping-renamed-chosen");

        next(dialog);
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(3, outcome.result().imported());
        assertEquals(0, outcome.result().rejected());
        assertEquals(0, outcome.result().duplicates(), "no order is stored twice");
        assertEquals(0, outcome.result().warnings());
        assertEquals(0, wizard.summaryPage.reasons().getItemCount());
        screenshot(dialog.getShell(), "import-4-summary-purchases");
        press(dialog.button(IDialogConstants.FINISH_ID));

        try (UnitOfWork work = store.begin()) {
            Customer known = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "WP-001").get(0);
            assertEquals(List.of("Green tea", "Teapot"), known.getPurchases().stream().map(Purchase::getProduct).sorted().toList());
            assertEquals(new BigDecimal("19.50"), known.getPurchases().stream().map(Purchase::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertEquals(2, known.getPurchases().stream().filter(p -> p.getProduct().equals("Green tea")).findFirst().orElseThrow().getQuantity());
            Customer created = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "NEW-WZ-9").get(0);
            assertEquals(1, created.getPurchases().size(), "the unknown reference became a customer with its purchase");
        }
    }

    @Test
    void anUnfinishedImportIsOfferedAndResumed() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("ref,name");
        IntStream.range(0, 300).forEach(i -> lines.add(String.format("RS-%03d,Resumed %03d", i, i)));
        Path file = write("resume.csv", lines);
        // an import cancelled after its first batch, as the wizard's Cancel or a crash leaves it
        CustomerImport.Result first = Services.await(CustomerImport.class).importFile(ImportKind.CUSTOMERS, file,
                CustomerImport.Options.defaults().withBatchSize(100), new Progress() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });
        assertTrue(first.cancelled());
        assertEquals(100, first.imported());

        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        assertTrue(wizard.filePage.resume().isVisible(), "the unfinished import is offered");
        assertTrue(wizard.filePage.resume().getSelection(), "and chosen by default");
        assertTrue(wizard.filePage.resume().getText().contains(first.importId()), wizard.filePage.resume().getText());
        assertEquals(first.importId(), wizard.filePage.resumeId());
        screenshot(dialog.getShell(), "import-1-file-resume");
        next(dialog);
        next(dialog);
        next(dialog);
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertEquals(first.importId(), outcome.importId(), "the same import went on");
        assertEquals(300, outcome.result().imported(), "counted over the whole import");
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<Long> stored = work.query("SELECT COUNT(c) FROM Customer c WHERE c.reference LIKE ?1", "RS-%");
            assertEquals(300L, stored.get(0), "every row once");
        }
    }

    @Test
    void cancelStopsAfterTheBatchInProgressAndResumeGoesOn() throws IOException {
        int rows = 5_000;
        List<String> lines = new ArrayList<>();
        lines.add("ref,name");
        IntStream.range(0, rows).forEach(i -> lines.add(String.format("CX-%05d,Cancelled %05d", i, i)));
        Path file = write("cancel.csv", lines);
        ImportWizardDialog dialog = openWizard();
        ImportWizard wizard = dialog.wizard();
        wizard.filePage.path().setText(file.toString());
        spin();
        next(dialog);
        next(dialog);
        // the stop button next to the progress bar, as soon as the import has its id (five batches to go)
        Display display = WorkbenchDriver.display();
        boolean[] stopped = { false };
        Runnable[] cancel = new Runnable[1];
        cancel[0] = () -> {
            if (wizard.running() == null) {
                display.timerExec(10, cancel[0]);
                return;
            }
            screenshot(dialog.getShell(), "import-running");
            ToolItem stop = stopButton(dialog.getShell());
            if (stop != null && stop.isEnabled()) {
                stop.notifyListeners(SWT.Selection, new Event());
                stopped[0] = true;
            }
        };
        display.timerExec(10, cancel[0]);
        next(dialog);
        assertTrue(stopped[0], "the stop button was there while the import ran");
        ImportWizard.Outcome outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertTrue(outcome.result().cancelled(), "Cancel stopped the import");
        long first = outcome.result().imported();
        assertTrue(first < rows && first % CustomerImport.DEFAULT_BATCH == 0, "whole batches only: " + first);
        assertTrue(dialog.getShell() != null && !dialog.getShell().isDisposed(), "Cancel during the import stops the import, not the wizard");
        assertTrue(wizard.summaryPage.resume().isVisible(), "a cancelled import can be resumed");
        screenshot(dialog.getShell(), "import-4-summary-cancelled");

        press(wizard.summaryPage.resume());
        outcome = wizard.outcome();
        assertNull(outcome.failure(), outcome.failure());
        assertFalse(outcome.result().cancelled());
        assertEquals(rows, outcome.result().imported(), "counted over the whole import");
        assertFalse(wizard.summaryPage.resume().isVisible());
        press(dialog.button(IDialogConstants.FINISH_ID));
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<Long> stored = work.query("SELECT COUNT(c) FROM Customer c WHERE c.reference LIKE ?1", "CX-%");
            assertEquals((long) rows, stored.get(0), "every row once");
        }
    }

    /** The stop button of the wizard's progress bar. */
    private static ToolItem stopButton(Control control) {
        if (control instanceof ToolBar bar && bar.getItemCount() == 1) {
            return bar.getItem(0);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                ToolItem found = stopButton(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
