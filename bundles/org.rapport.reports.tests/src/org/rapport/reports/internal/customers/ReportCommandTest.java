package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.CliCommand;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.ReportCommand;
import org.rapport.reports.internal.ReportsService;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;
import org.rapport.testing.CliRun;
import org.rapport.testing.TestUsers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code rapport-ctl report}: the list of what the user may run, a report in each format (a share
 * a percentage in the table, a fraction in CSV and JSON, no data empty or null, the total last),
 * CSV to a file through the audited export, and wrong calls refused before signing in.
 */
class ReportCommandTest {

    @TempDir
    Path home;

    @Test
    void listsAndRunsReportsInEveryFormat() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 40));

            CliRun list = fixture.cli("mo", "list", "--format", "csv");
            assertEquals(CliCommand.OK, list.code(), list.err());
            assertTrue(list.out().startsWith("name,title,dimensions,definition"), list.out());
            assertTrue(list.out().contains("repurchase-rate,Repurchase rate,\"channel,month,region,tag\",\"Customers with 2 or more purchases"), list.out());
            fixture.users.add(new SessionUser("noamount", "No Amount", Set.of("clerk"), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                    Map.of(SessionUser.featureKey(CustomersPackage.Literals.PURCHASE__AMOUNT), FieldAccess.HIDDEN)));
            CliRun hidden = fixture.cli("noamount", "list", "--format", "json");
            assertFalse(hidden.out().contains("\"revenue\""), hidden.out());
            assertTrue(hidden.out().contains("\"retention-rate\""), hidden.out());

            String[] quarter = { "--from", "2026-01-01", "--to", "2026-03-31", "--by", "month" };
            ReportResult expected = fixture.reports.run("retention-rate",
                    new ReportQuery(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), "month", Map.of()), ReportProgress.NONE);
            CliRun json = fixture.cli("mo", cat(new String[] { "retention-rate", "--format", "json" }, quarter));
            assertEquals(CliCommand.OK, json.code(), json.err());
            JsonArray rows = JsonParser.parseString(json.out()).getAsJsonArray();
            assertEquals(4, rows.size(), "three months and the total");
            for (int i = 0; i < 3; i++) {
                same(expected.rows().get(i), rows.get(i).getAsJsonObject());
            }
            JsonObject total = rows.get(3).getAsJsonObject();
            assertTrue(total.get("key").isJsonNull(), "the total has no key");
            assertEquals("Total", total.get("label").getAsString());
            same(expected.total(), total);

            CliRun table = fixture.cli("mo", cat(new String[] { "run", "retention-rate" }, quarter));
            assertEquals(CliCommand.OK, table.code(), table.err());
            String percent = expected.total().figures().get(0).value().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
            assertTrue(table.out().contains(percent), "a share is a percentage in the table: " + percent + "\n" + table.out());
            assertTrue(table.out().startsWith("Retention rate, 2026-01-01..2026-03-31"), table.out());

            CliRun empty = fixture.cli("mo", "repurchase-rate", "--from", "2027-01-01", "--to", "2027-01-31", "--format", "csv");
            assertEquals("key,label,rate,rate_base\r\n\"\",Total,,0\r\n", empty.out(), "no data is empty, not 0 (an empty first cell is quoted)");

            Path file = home.resolve("retention.csv");
            CliRun out = fixture.cli("mo", cat(new String[] { "retention-rate", "--format", "csv", "--out", file.toString() }, quarter));
            assertEquals(CliCommand.OK, out.code(), out.err());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("# Rapport report retention-rate exported by mo (MO) at 2026-06-15T02:00:00Z: 2026-01-01..2026-03-31 by month"),
                    lines.get(0));
            assertEquals("key,label,rate,rate_base", lines.get(1));
            assertEquals(6, lines.size(), "the watermark, the header, three months and the total");
            List<AuditEntry> audited = fixture.exportEntries();
            assertEquals(List.of("http://rapport.org/customers/1.0#Customer", "http://rapport.org/customers/1.0#Purchase"),
                    audited.stream().map(AuditEntry::getObjectClass).toList(), "the figures are over customers and their purchases");
            assertEquals("CSV retention.csv: retention-rate 2026-01-01..2026-03-31 by month", audited.get(0).getNewValue());
            assertEquals("mo", audited.get(0).getLogin());
        }
    }

    @Test
    void wrongCallsAreRefusedAndSayWhat() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            assertUsage(fixture.cli("mo", "repurchase-rate", "--to", "2026-03-31"), "--from is missing");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-02-30", "--to", "2026-03-31"), "--from: 2026-02-30 is not a date");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-03-31", "--to", "2026-03-01"), "ends (2026-03-01) before it starts");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-03-01", "--to", "2026-03-31", "--filter", "region"), "DIMENSION=VALUE");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "pdf"), "--format pdf needs --out");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xml"), "xml");
            assertUsage(fixture.cli("mo", "repurchase-rate", "--from", "2026-03-01", "--to", "2026-03-31", "--out", "x.json", "--format", "json"),
                    "--out writes csv or pdf");
            CliRun dimension = fixture.cli("mo", "repurchase-rate", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "tier");
            assertEquals(CliCommand.FAILED, dimension.code());
            assertTrue(dimension.err().contains("cannot be broken down by tier; its dimensions: channel, month, region, tag"), dimension.err());
            CliRun unknown = fixture.cli("mo", "nps", "--from", "2026-03-01", "--to", "2026-03-31");
            assertEquals(CliCommand.FAILED, unknown.code());
            assertTrue(unknown.err().contains("There is no measure nps for you"), unknown.err());
            CliRun wrongPassword = CliRun.run(fixture.command, Map.of("RAPPORT_USER", "mo", "RAPPORT_PASSWORD", "nope"), "list");
            assertEquals(CliCommand.FAILED, wrongPassword.code());
        }
    }

    @Test
    void aChannelFilterTakesTheChannelsLabelOrAUsualSpellingAsImportsDo() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 40));
            ReportCommand command = new ReportCommand(
                    new ReportsService(fixture.users, fixture.measures, fixture.channels, List.of(new ChannelValues(fixture.channels))), fixture.exports,
                    fixture.users, fixture.users);
            Map<String, String> signIn = Map.of("RAPPORT_USER", "mo", "RAPPORT_PASSWORD", TestUsers.PASSWORD);
            String[] quarter = { "revenue", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "csv", "--filter" };
            CliRun byCode = CliRun.run(command, signIn, cat(quarter, new String[] { "channel=web-shop" }));
            assertEquals(CliCommand.OK, byCode.code(), byCode.err());
            assertTrue(byCode.out().matches("(?s)key,label,revenue,revenue_base\r\n\"\",Total,[1-9][0-9.]*,[0-9]*\r\n"), "the web shop sold: " + byCode.out());
            for (String name : List.of("Web shop", "WEB", "online", "网店", "  web_shop ")) {
                CliRun byName = CliRun.run(command, signIn, cat(quarter, new String[] { "channel=" + name }));
                assertEquals(byCode.out(), byName.out(), "the channel called " + name);
            }
            CliRun none = CliRun.run(command, signIn, cat(quarter, new String[] { "channel=" }));
            assertEquals(CliCommand.OK, none.code(), "an empty value is the records without a channel: " + none.err());
            assertTrue(none.out().matches("(?s).*Total,[1-9][0-9.]*,[0-9]*\\r\\n"), "the generated records without a channel sold: " + none.out());
            // complaints keep a contact's channel as written (chat), so a name no customer channel has is filtered as given
            CliRun other = CliRun.run(command, signIn, cat(quarter, new String[] { "channel=chat" }));
            assertEquals(CliCommand.OK, other.code(), other.err());
            assertTrue(other.out().contains("Total,0"), other.out());
        }
    }

    private static void assertUsage(CliRun run, String says) {
        assertEquals(CliCommand.USAGE, run.code(), run.err());
        assertTrue(run.err().contains(says), run.err());
    }

    /** A JSON record against the service's row: the share as the fraction computed, the base. */
    private static void same(ReportRow row, JsonObject json) {
        assertEquals(row.key(), json.get("key").isJsonNull() ? null : json.get("key").getAsString());
        JsonElement rate = json.get("rate");
        if (row.figures().get(0).hasData()) {
            assertEquals(0, row.figures().get(0).value().compareTo(new BigDecimal(rate.getAsString())), row + " " + json);
            assertTrue(new BigDecimal(rate.getAsString()).compareTo(BigDecimal.ONE) <= 0, "a fraction, not a percentage: " + json);
        } else {
            assertTrue(rate.isJsonNull(), json.toString());
        }
        assertEquals(row.figures().get(0).base().longValue(), json.get("rate_base").getAsLong());
    }

    private static String[] cat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
