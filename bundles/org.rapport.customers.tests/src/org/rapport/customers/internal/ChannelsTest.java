package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.Channels.ChannelInfo;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.testing.CliRun;
import org.rapport.testing.TestUsers;

/** The channels: the domain's in the spellings people write, and those an administrator adds. */
class ChannelsTest {

    @TempDir
    Path home;

    @Test
    void theUsualSpellingsReadAsTheDomainsChannels() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            Map<String, String> resolver = new ChannelsService(fixture.store, fixture.users, ImportFixture.CLOCK).resolver();
            Map<String, String> expected = Map.ofEntries(Map.entry("STORE", Channels.STORE), Map.entry("Web", Channels.WEB_SHOP),
                    Map.entry("online", Channels.WEB_SHOP), Map.entry("Web shop", Channels.WEB_SHOP), Map.entry("web_shop", Channels.WEB_SHOP),
                    Map.entry("PHONE", Channels.HOTLINE), Map.entry(" hotline ", Channels.HOTLINE), Map.entry("WeChat", Channels.SOCIAL_MEDIA),
                    Map.entry("微信", Channels.SOCIAL_MEDIA), Map.entry("Social media", Channels.SOCIAL_MEDIA), Map.entry("Field sales", Channels.FIELD_SALES),
                    Map.entry("APP", Channels.APP), Map.entry("Other", Channels.OTHER));
            expected.forEach((spelling, code) -> assertEquals(code, resolver.get(Channels.spelling(spelling)), spelling));
            assertEquals(null, resolver.get(Channels.spelling("FAX")));
        }
    }

    @Test
    void anAdministratorAddsAChannelThatImportsThenRead() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.users.add(TestUsers.administrator("root"));
            Channels channels = new ChannelsService(fixture.store, fixture.users, ImportFixture.CLOCK);
            // mo manages all data, but channels are the administrators' to add
            assertThrows(AccessDeniedException.class, () -> channels.add("live-stream", "Live stream", List.of()));
            fixture.users.as("root");
            assertEquals("A channel code is 1 to 32 lower-case letters, digits and hyphens, starting with a letter or digit: Live Stream",
                    assertThrows(IllegalArgumentException.class, () -> channels.add("Live Stream", "Live stream", List.of())).getMessage());
            assertEquals("wechat is already a spelling of the channel Social media",
                    assertThrows(IllegalArgumentException.class, () -> channels.add("live-stream", "Live stream", List.of("WeChat"))).getMessage());
            assertEquals("A channel label is 1 to 64 characters: ", assertThrows(IllegalArgumentException.class, () -> channels.add("x", " ", List.of())).getMessage());
            ChannelInfo added = channels.add("live-stream", "Live stream", List.of("Douyin Live", "livestream"));
            assertEquals(new ChannelInfo("live-stream", "Live stream", false, List.of("douyin-live", "livestream")), added);
            assertEquals("Live stream", channels.label("live-stream"));
            assertEquals("no-such-code", channels.label("no-such-code"), "a stored code no channel has still shows");

            fixture.users.as("mo");
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS,
                    ImportFixture.write(home, "c.csv", "ref,name,channel\nS-1,Streamer,Douyin Live\nS-2,Viewer,LIVE STREAM\n"), Options.defaults(), Progress.NONE);
            assertEquals(0, result.warnings());
            assertEquals(List.of("live-stream", "live-stream"), fixture.customers().values().stream().map(c -> c.getChannel()).toList());
        }
    }

    @Test
    void theCommandLineListsAndAddsChannels() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.users.add(TestUsers.administrator("root"));
            CustomersCommand command = new CustomersCommand(fixture.search, fixture.importer, fixture.exporter,
                    new ChannelsService(fixture.store, fixture.users, ImportFixture.CLOCK), fixture.users, fixture.users);
            CliRun refused = fixture.cli(command, "mo", "add-channel", "live-stream", "Live stream");
            assertEquals(1, refused.code());
            assertEquals("Only administrators add channels.", refused.err().strip().lines().findFirst().orElseThrow());
            CliRun added = fixture.cli(command, "root", "add-channel", "live-stream", "Live stream", "--alias", "Douyin Live", "--alias=livestream");
            assertEquals(0, added.code(), added.err());
            assertEquals("added: live-stream\n", added.out());
            CliRun wrong = fixture.cli(command, "root", "add-channel", "only-a-code");
            assertEquals(2, wrong.code(), "a missing label is a wrong call");
            CliRun listed = fixture.cli(command, "mo", "channels", "--format", "csv");
            assertEquals(0, listed.code(), listed.err());
            List<String> lines = listed.out().lines().toList();
            assertEquals("code,label,built_in,aliases", lines.get(0));
            assertEquals(9, lines.size(), "the header, seven built-in channels and the added one");
            assertEquals("live-stream,Live stream,false,douyin-live;livestream", lines.get(8));
            assertEquals("hotline,Hotline,true,phone;telephone;call;call-center;call-centre;callcenter;电话;热线", lines.get(5));
        }
    }
}
