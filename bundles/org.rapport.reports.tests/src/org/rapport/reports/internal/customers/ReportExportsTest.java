package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.model.Action;
import org.rapport.testing.TestUsers;

/**
 * PDF exports: the title, the exporting user and time, period, breakdown, filters, definition,
 * chart and table, Chinese text with an embedded font, the file readable by its owner only, and
 * the export audited; refused without the EXPORT permission, leaving no file and no entry. Copies
 * go to the fragment's {@code target/pdfs} to be rendered and looked at (pdftoppm).
 */
class ReportExportsTest {

    @TempDir
    Path home;

    @Test
    void aPdfHasEverythingItShouldAndIsAudited() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 60));
            ReportPeriod half = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
            Path byRegion = export(fixture, "revenue", new ReportQuery(half, "region", Map.of("channel", "store")), "revenue-by-region.pdf");
            Path byMonth = export(fixture, "retention-rate", new ReportQuery(half, "month", Map.of()), "retention-by-month.pdf");
            Path total = export(fixture, "repurchase-rate", ReportQuery.of(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))),
                    "repurchase-empty.pdf");

            String text = text(byRegion);
            for (String expected : new String[] { "Revenue", "Exported by MO (mo) at 2026-06-15 10:00 (Asia/Shanghai)", "Period: 2026-01-01 to 2026-06-30",
                    "Broken down by: Region", "Filters: Channel = store", "Definition: The sum of the amounts", "华东", "(no region)", "Total" }) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            String retention = text(byMonth);
            assertTrue(retention.contains("Target: at least 85.0 %"), retention);
            assertTrue(retention.contains("2026-06"), retention);
            assertTrue(text(total).contains("no data"), "an empty period says no data");
            try (PDDocument pdf = Loader.loadPDF(byRegion.toFile())) {
                PDPage first = pdf.getPage(0);
                for (org.apache.pdfbox.cos.COSName name : first.getResources().getFontNames()) {
                    PDFont font = first.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
                assertEquals("Revenue", pdf.getDocumentInformation().getTitle());
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(byRegion)));
            assertEquals(6, fixture.exportEntries().size(), "three exports, each over customers and purchases");
            assertEquals("PDF revenue-by-region.pdf: revenue 2026-01-01..2026-06-30 by region, channel=store", fixture.exportEntries().get(0).getNewValue());

            fixture.users.add(TestUsers.user("cleo", "clerk", CustomersAreaId.ID, Action.READ));
            fixture.users.as("cleo");
            ReportResult result = fixture.reports.run("revenue", ReportQuery.of(half), ReportProgress.NONE);
            Path refused = home.resolve("refused.pdf");
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> fixture.exports.pdf(measure(fixture, "revenue"), result, refused));
            assertEquals("cleo may not export revenue: exporting needs the export permission on customers", denied.getMessage());
            assertFalse(Files.exists(refused));
            assertEquals(6, fixture.exportEntries().size(), "nothing recorded for a refused export");
        }
    }

    private static Path export(ReportFixture fixture, String name, ReportQuery query, String file) throws Exception {
        fixture.users.as("mo");
        ReportResult result = fixture.reports.run(name, query, ReportProgress.NONE);
        Path pdf = fixture.database.settings.home().resolve(file);
        fixture.exports.pdf(measure(fixture, name), result, pdf);
        Path copies = Path.of("target", "pdfs").toAbsolutePath();
        Files.createDirectories(copies);
        Files.copy(pdf, copies.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    private static ReportProvider measure(ReportFixture fixture, String name) {
        return fixture.byName().get(name);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
