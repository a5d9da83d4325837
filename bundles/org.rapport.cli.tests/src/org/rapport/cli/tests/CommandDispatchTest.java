package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.Verb;
import org.rapport.cli.internal.CommandDispatcher;
import org.rapport.cli.internal.Messages;
import org.rapport.core.api.ProductInfo;
import org.rapport.testing.Services;

/** Command-line dispatch through the real DS services, with commands contributed as a third party would. */
class CommandDispatchTest {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    /** What one command line printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private static BundleContext context() {
        return Services.contextOf(CommandDispatcher.class);
    }

    private static <T> T service(Class<T> type) {
        return Services.await(type);
    }

    private static Run run(String... commandLine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        int code = service(CommandDispatcher.class).dispatch(context, List.of(commandLine));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void register(CliCommand command) throws Exception {
        registrations.add(context().registerService(CliCommand.class, command, null));
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    void versionPrintsTheProductNameAndVersion() throws Exception {
        Run run = run("version");
        assertEquals(0, run.exitCode(), run::err);
        assertEquals(service(ProductInfo.class).nameAndVersion() + System.lineSeparator(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void versionRefusesArguments() throws Exception {
        Run run = run("version", "--verbose");
        assertEquals(CliCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("--verbose"), run::err);
        assertEquals("", run.out());
    }

    @Test
    void helpListsEveryCommandWithItsSummary() throws Exception {
        Run run = run("help");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("  help     " + Messages.help_summary), run::out);
        assertTrue(lines.contains("  version  " + Messages.version_summary), run::out);
    }

    @Test
    void helpForOneCommandShowsItsUsage() throws Exception {
        Run run = run("help", "version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("rapport-ctl version"), run::out);
    }

    @Test
    void noCommandPrintsUsageAndFails() throws Exception {
        Run run = run();
        assertEquals(CliCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("rapport-ctl"), run::err);
        assertTrue(run.err().contains("version"), "the command list goes with the error: " + run.err());
    }

    @Test
    void unknownCommandSaysWhichAndFails() throws Exception {
        Run run = run("frobnicate", "x");
        assertEquals(CliCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("'frobnicate'"), run::err);
        assertEquals("", run.out());
    }

    @Test
    void aContributedCommandIsListedAndRunsWithItsArguments() throws Exception {
        List<String> seen = new ArrayList<>();
        register(new TestCommand("echo-args", (context, args) -> {
            seen.addAll(args);
            context.out().println(String.join("|", args));
            return 7;
        }));
        Run run = run("echo-args", "a b", "c");
        assertEquals(7, run.exitCode());
        assertEquals(List.of("a b", "c"), seen);
        assertEquals("a b|c" + System.lineSeparator(), run.out());
        assertTrue(run("help").out().contains("echo-args"));
    }

    @Test
    void aCommandGoneWithItsBundleIsUnknownAgain() throws Exception {
        register(new TestCommand("transient", (context, args) -> CliCommand.OK));
        assertEquals(0, run("transient").exitCode());
        registrations.remove(0).unregister();
        assertEquals(CliCommand.USAGE, run("transient").exitCode());
    }

    @Test
    void aCliExceptionBecomesOneLineAndItsExitCode() throws Exception {
        register(new TestCommand("failing", (context, args) -> {
            throw new CliException("customers.csv line 3: bad date '2026-13-01'", 4);
        }));
        Run run = run("failing");
        assertEquals(4, run.exitCode());
        assertEquals(1, run.err().lines().count(), run::err);
        assertTrue(run.err().contains("failing") && run.err().contains("customers.csv line 3"), run::err);
    }

    @Test
    void anUnexpectedErrorFailsWithoutKillingTheDispatcher() throws Exception {
        register(new TestCommand("broken", (context, args) -> {
            throw new IllegalStateException("boom");
        }));
        Run run = run("broken");
        assertEquals(CliCommand.FAILED, run.exitCode());
        assertTrue(run.err().contains("boom"), run::err);
        assertEquals(0, run("version").exitCode());
    }

    @Test
    void theFirstCommandOfANameWins() throws Exception {
        register(new TestCommand("twice", (context, args) -> 11));
        register(new TestCommand("twice", (context, args) -> 12));
        assertEquals(11, run("twice").exitCode());
    }

    /** An area as a third party would contribute it: {@code rapport-ctl shop list [--limit N] [--format F] | shop greet NAME [--loud]}. */
    private static final class ShopArea extends AreaCommand {
        @Override
        public String name() {
            return "shop";
        }

        @Override
        public String summary() {
            return "test area shop";
        }

        @Override
        public String usage() {
            return "rapport-ctl shop list | greet NAME";
        }

        @Override
        public List<Verb> verbs() {
            return List.of(Verb.named("list").usage("rapport-ctl shop list [--limit N]").option("--limit").records(Format.TSV).action((context, arguments) -> {
                int limit = arguments.number("--limit", 1, 10);
                try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "id", "name")) {
                    for (int i = 1; i <= Math.min(limit, 2); i++) {
                        records.print(i, i == 1 ? "tea, green" : "coffee \"dark\"");
                    }
                }
                return CliCommand.OK;
            }).build(), Verb.named("greet").usage("rapport-ctl shop greet NAME [--loud]").parameter("NAME").flag("--loud").action((context, arguments) -> {
                String greeting = "hello " + arguments.parameter(0);
                context.out().println(arguments.has("--loud") ? greeting.toUpperCase(java.util.Locale.ROOT) : greeting);
                return CliCommand.OK;
            }).build());
        }
    }

    @Test
    void anAreaRunsItsVerbsWithParsedOptions() throws Exception {
        register(new ShopArea());
        assertEquals(new Run(0, "HELLO ADA" + System.lineSeparator(), ""), run("shop", "greet", "--loud", "ada"));
        assertEquals(new Run(0, "1\ttea, green" + System.lineSeparator(), ""), run("shop", "list", "--limit=1"));
        assertEquals(0, run("shop", "greet", "--", "--loud").exitCode(), "after -- every word is a parameter");
    }

    @Test
    void aNegativeNumberIsAValueNotAnOption() throws Exception {
        register(new ShopArea());
        assertEquals(new Run(0, "HELLO -50" + System.lineSeparator(), ""), run("shop", "greet", "-50", "--loud"));
        assertEquals(new Run(0, "hello -2.5" + System.lineSeparator(), ""), run("shop", "greet", "-2.5"));
        // still an option: a word that is no number
        assertTrue(run("shop", "greet", "-5x").err().contains("'-5x'"));
    }

    @Test
    void aWrongCallOfAVerbIsAUsageErrorNamingTheBadArgument() throws Exception {
        register(new ShopArea());
        Run unknown = run("shop", "greet", "ada", "--shout");
        assertEquals(CliCommand.USAGE, unknown.exitCode());
        assertTrue(unknown.err().startsWith("rapport-ctl shop greet: unknown option '--shout'"), unknown::err);
        assertTrue(unknown.err().contains("rapport-ctl shop greet NAME [--loud]"), "the usage follows: " + unknown.err());
        assertTrue(run("shop", "greet").err().contains("NAME is missing"));
        assertTrue(run("shop", "greet", "ada", "bob").err().contains("'bob'"));
        assertTrue(run("shop", "list", "--limit").err().contains("'--limit' needs a value"));
        assertTrue(run("shop", "list", "--limit", "1", "--limit", "2").err().contains("'--limit'"));
        Run number = run("shop", "list", "--limit", "none");
        assertEquals(CliCommand.USAGE, number.exitCode());
        assertTrue(number.err().contains("--limit: 'none'"), number::err);
        Run verb = run("shop", "sell");
        assertEquals(CliCommand.USAGE, verb.exitCode());
        assertTrue(verb.err().contains("'sell'") && verb.err().contains("list, greet"), verb::err);
        assertEquals(CliCommand.USAGE, run("shop").exitCode());
        assertTrue(run("shop", "list", "--format", "xml").err().contains("'xml'"));
    }

    @Test
    void everyVerbAnswersHelp() throws Exception {
        register(new ShopArea());
        assertEquals(new Run(0, "rapport-ctl shop greet NAME [--loud]" + System.lineSeparator(), ""), run("shop", "greet", "--help"));
        assertEquals(run("shop", "greet", "--help"), run("help", "shop", "greet"));
        assertTrue(run("shop", "list", "--help").out().contains("--format"), "a verb that prints records documents --format");
        assertTrue(run("shop", "--help").out().startsWith("rapport-ctl shop list | greet NAME"));
        assertEquals(CliCommand.USAGE, run("help", "shop", "sell").exitCode());
        assertEquals(0, run("--help").exitCode());
    }

    @Test
    void recordsPrintAsTableCsvOrJson() throws Exception {
        register(new ShopArea());
        String n = System.lineSeparator();
        assertEquals("id  name" + n + "1   tea, green" + n + "2   coffee \"dark\"" + n, run("shop", "list", "--format", "table").out());
        assertEquals("id,name\r\n1,\"tea, green\"\r\n2,\"coffee \"\"dark\"\"\"\r\n", run("shop", "list", "--format", "csv").out());
        String json = run("shop", "list", "--format", "json").out();
        com.google.gson.JsonArray array = com.google.gson.JsonParser.parseString(json).getAsJsonArray();
        assertEquals(2, array.size());
        assertEquals(1, array.get(0).getAsJsonObject().get("id").getAsInt());
        assertEquals("coffee \"dark\"", array.get(1).getAsJsonObject().get("name").getAsString());
    }

    /** A command as a third-party bundle would contribute it. */
    private record TestCommand(String name, Body body) implements CliCommand {
        interface Body {
            int run(CliContext context, List<String> arguments) throws CliException;
        }

        @Override
        public String summary() {
            return "test command " + name;
        }

        @Override
        public String usage() {
            return "rapport-ctl " + name;
        }

        @Override
        public int run(CliContext context, List<String> arguments) throws CliException {
            return body.run(context, arguments);
        }
    }
}
