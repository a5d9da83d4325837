package org.rapport.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.rapport.product.tests.ProductTestSupport.CLI_TIMEOUT;
import static org.rapport.product.tests.ProductTestSupport.EXIT_TIMEOUT;
import static org.rapport.product.tests.ProductTestSupport.WINDOW_TIMEOUT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.product.tests.ProductTestSupport.ColourStatistics;
import org.rapport.product.tests.ProductTestSupport.Result;
import org.rapport.product.tests.ProductTestSupport.RunningProcess;
import org.rapport.product.tests.ProductTestSupport.X11Window;

/**
 * Starts the materialized product the way a person does, with its start scripts: the headless 'rapport-ctl' and
 * the workbench 'rapport' (on the X display in DISPLAY, in English and in Chinese), and looks at what it shows.
 */
class ProductSmokeTest {

    @Test
    void rapportCtlVersionPrintsTheVersionOfTheInstalledBundles(@TempDir Path rapportHome) {
        Path product = ProductTestSupport.productDir();
        String version = ProductTestSupport.appVersion(product);

        Result result = ProductTestSupport.run("rapport-ctl-version",
                List.of(product.resolve("rapport-ctl").toString(), "version"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);

        assertEquals(0, result.exitCode(), result.describe());
        assertEquals(List.of("Rapport " + version), ProductTestSupport.lines(result.stdout()),
                "rapport-ctl version must print exactly one line 'Rapport <version of org.rapport.app>'\n"
                        + result.describe());
    }

    @Test
    void rapportCtlRejectsAnUnknownCommand(@TempDir Path rapportHome) {
        Path product = ProductTestSupport.productDir();

        Result result = ProductTestSupport.run("rapport-ctl-nosuchcommand",
                List.of(product.resolve("rapport-ctl").toString(), "nosuchcommand"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);

        assertEquals(2, result.exitCode(), result.describe());
        String stderr = result.stderr().toLowerCase(Locale.ROOT);
        assertTrue(stderr.contains("unknown command") && stderr.contains("nosuchcommand"),
                "stderr must say that the command 'nosuchcommand' is unknown\n" + result.describe());
    }

    /** An option the workbench does not know (here the checkout's --demo) stops the start and says which there are, instead of being ignored. */
    @Test
    void rapportRejectsAnUnknownOptionAndNamesTheValidOnes(@TempDir Path rapportHome) {
        Path product = ProductTestSupport.productDir();
        Result result = ProductTestSupport.run("rapport-unknown-option", List.of(product.resolve("rapport").toString(), "-nl", "zh_CN", "--demo"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);
        assertEquals(2, result.exitCode(), result.describe());
        assertTrue(result.stderr().contains("--demo") && result.stderr().contains("-nl LOCALE"), result.describe());
        assertFalse(Files.exists(rapportHome.resolve("db")), "nothing was set up");
    }

    /** The checkout's ./rapport reads its options in any order (-nl zh_CN --demo once ignored --demo) and refuses one it does not know, before building anything. */
    @Test
    void theCheckoutsRapportReadsOptionsInAnyOrder(@TempDir Path rapportHome) {
        String script = checkout().resolve("rapport").toString();
        Result unknown = ProductTestSupport.run("checkout-rapport-unknown", List.of(script, "--demo", "-nl", "zh_CN", "--no-such-option"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);
        assertEquals(2, unknown.exitCode(), unknown.describe());
        for (String option : List.of("'--no-such-option'", "--demo", "-nl LOCALE", "-clearPersistedState")) {
            assertTrue(unknown.stderr().contains(option), "the error names " + option + "\n" + unknown.describe());
        }
        Result help = ProductTestSupport.run("checkout-rapport-help", List.of(script, "-nl", "zh_CN", "--help"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);
        assertEquals(0, help.exitCode(), help.describe());
        assertTrue(help.stdout().contains("any order"), help.describe());
    }

    /**
     * ./rapport --demo makes the demo at its first start; a making that was ended (Ctrl+C during the minutes it takes)
     * left a database with part of the demo that every later start opened as it was. Now it is made again.
     */
    @Test
    void aDemoWhoseMakingWasEndedIsMadeAgain(@TempDir Path rapportHome) throws IOException {
        Path product = ProductTestSupport.productDir();
        String ctl = product.resolve("rapport-ctl").toString();
        Map<String, String> environment = ProductTestSupport.productEnvironment(rapportHome);
        environment.put("product", product.toString());
        environment.put("RAPPORT_DEMO_CUSTOMERS", "40");
        List<String> makeDemo = List.of("bash", "-c", ". \"$1/.ci/demo-home.sh\" && make_demo_home -nl en", "make-demo-home",
                checkout().toString());
        // what an ended making leaves: its mark, and a database without the demo in it
        assertEquals(0, ProductTestSupport.run("rapport-ctl-db-init", List.of(ctl, "db", "init"), environment, rapportHome, CLI_TIMEOUT).exitCode());
        Files.writeString(rapportHome.resolve("demo-being-made"), "");

        Result again = ProductTestSupport.run("make-demo-home-after-an-end", makeDemo, environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, again.exitCode(), again.describe());
        assertTrue(again.stderr().contains("was not finished") && again.stderr().contains("Made 40 customers and 200 purchases (seed 1)."),
                again.describe());
        assertFalse(Files.exists(rapportHome.resolve("demo-being-made")), "the mark outlived a finished making");

        Result kept = ProductTestSupport.run("make-demo-home-when-made", makeDemo, environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, kept.exitCode(), kept.describe());
        assertFalse(kept.stderr().contains("Making the demo"), "a finished demo was made again\n" + kept.describe());
        Result full = ProductTestSupport.run("rapport-ctl-demo-on-the-demo", List.of(ctl, "demo", "generate"), environment, rapportHome, CLI_TIMEOUT);
        assertEquals(1, full.exitCode(), "the demo database is not filled\n" + full.describe());
    }

    /** The folder of the checkout the tests run in (its scripts are tested against the built product). */
    private static Path checkout() {
        Path checkout = Path.of("").toAbsolutePath();
        while (checkout != null && !Files.isRegularFile(checkout.resolve("rapport-ctl"))) {
            checkout = checkout.getParent();
        }
        assertTrue(checkout != null, "the tests run inside the checkout");
        return checkout;
    }

    /** Liquibase runs in the product's own OSGi runtime (SPI Fly, the engine's changelog read from its bundle). */
    @Test
    void rapportCtlDbInitMigratesAndStatusShowsTheHistory(@TempDir Path rapportHome) {
        Path product = ProductTestSupport.productDir();
        String ctl = product.resolve("rapport-ctl").toString();

        Result init = ProductTestSupport.run("rapport-ctl-db-init", List.of(ctl, "db", "init"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);
        assertEquals(0, init.exitCode(), init.describe());
        assertTrue(init.stdout().contains("engine: applied 3 changesets: engine-1, engine-2, engine-3"), init.describe());

        Result status = ProductTestSupport.run("rapport-ctl-db-status", List.of(ctl, "db", "status"),
                ProductTestSupport.productEnvironment(rapportHome), rapportHome, CLI_TIMEOUT);
        assertEquals(0, status.exitCode(), status.describe());
        assertTrue(status.stdout().contains("Schema engine: 3 applied, 0 pending, 0 unknown (last applied engine-3; history RAPPORT_CL_ENGINE)"),
                status.describe());
        // the product's models: security's and customers'
        // security-3 is PostgreSQL's (append-only triggers); Derby gets security-4 instead
        assertTrue(status.stdout().contains("Schema security: 4 applied, 0 pending, 0 unknown (last applied security-5; history RAPPORT_CL_SECURITY)"),
                status.describe());
        // customers-2 holds PostgreSQL's indexes only; customers-3 adds the import runs, customers-4 the tags index, customers-5 the list order index, customers-6 the name key (customers-7: its PostgreSQL index), customers-8 the (name key, id) and birthday indexes (customers-9: PostgreSQL's drop), customers-10 the purchases' (owner, position) index, customers-11 the channels and the purchases' kind, order and import (customers-12: PostgreSQL's index), customers-13 the pinyin keys (customers-14: PostgreSQL's indexes), customers-15 the purchases' time index, customers-16 the sort key (customers-17: its PostgreSQL index)
        assertTrue(status.stdout().contains("Schema customers: 11 applied, 0 pending, 0 unknown (last applied customers-16; history RAPPORT_CL_CUSTOMERS)"),
                status.describe());
        // loyalty-1 the ledger's tables (loyalty-2: PostgreSQL's indexes); loyalty-4 Derby's append-only triggers (loyalty-3: PostgreSQL's);
        // loyalty-5 the reward catalogue, redemptions and spend numbers; loyalty-7 Derby's triggers for them (loyalty-6: PostgreSQL's);
        // loyalty-8 referrals, promotions and the referral and review points; loyalty-9 the tiers' benefits; loyalty-10 the tier histories' (owner, position) index
        assertTrue(status.stdout().contains("Schema loyalty: 7 applied, 0 pending, 0 unknown (last applied loyalty-10; history RAPPORT_CL_LOYALTY)"),
                status.describe());
        // complaints-1 the complaints' tables (complaints-2: PostgreSQL's indexes); complaints-3 the compensation catalogue, the knowledge base
        // and quality reviews (complaints-4: PostgreSQL's indexes); complaints-5 the follow-up's recommend answer (NPS);
        // complaints-6 the categories' Chinese names and retirement; complaints-7 the next escalation's time and its index;
        // complaints-8 the index of the opening time;
        // complaints-9 the events' (owner, position) index for appends
        assertTrue(status.stdout().contains("Schema complaints: 7 applied, 0 pending, 0 unknown (last applied complaints-9; history RAPPORT_CL_COMPLAINTS)"),
                status.describe());
        // transfer-1 the import runs; transfer-2 and transfer-3 copy the customers' old runs (marked ran when there are none);
        // transfer-4 the encoding and separator a run read its file with, for its resume
        assertTrue(status.stdout().contains("Schema transfer: 4 applied, 0 pending, 0 unknown (last applied transfer-4; history RAPPORT_CL_TRANSFER)"),
                status.describe());
        // a sequence row per root table: 6 of security, 9 of customers (ImportRun and Channel included), 1 of transfer (TransferRun), 11 of loyalty (Referral and Promotion among them),
        // 15 of complaints (7 of them the catalogue, knowledge base and review classes)
        assertTrue(status.stdout().contains("RAPPORT_SEQUENCE: 42 rows"), status.describe());
    }

    /** The demo data command is in the product, and fills an empty database (as ./rapport --demo does). */
    @Test
    void rapportCtlMakesDemoData(@TempDir Path rapportHome) {
        String ctl = ProductTestSupport.productDir().resolve("rapport-ctl").toString();
        Map<String, String> environment = ProductTestSupport.productEnvironment(rapportHome);
        assertEquals(0, ProductTestSupport.run("rapport-ctl-db-init", List.of(ctl, "db", "init"), environment, rapportHome, CLI_TIMEOUT).exitCode());
        Result demo = ProductTestSupport.run("rapport-ctl-demo", List.of(ctl, "demo", "generate", "--customers", "120", "--purchases", "400", "--seed", "3"),
                environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, demo.exitCode(), demo.describe());
        assertTrue(demo.stdout().contains("Made 120 customers and 400 purchases (seed 3)."), demo.describe());
        Result again = ProductTestSupport.run("rapport-ctl-demo-again", List.of(ctl, "demo", "generate"), environment, rapportHome, CLI_TIMEOUT);
        assertEquals(1, again.exitCode(), again.describe());
    }

    /** The security services and the user command are wired by DS in the product: first administrator, then sign-in only. */
    @Test
    void rapportCtlAddsTheFirstAdministratorThenWantsAnAdministratorsSignIn(@TempDir Path rapportHome) {
        String ctl = ProductTestSupport.productDir().resolve("rapport-ctl").toString();
        Map<String, String> environment = ProductTestSupport.productEnvironment(rapportHome);
        assertEquals(0, ProductTestSupport.run("rapport-ctl-db-init", List.of(ctl, "db", "init"), environment, rapportHome, CLI_TIMEOUT).exitCode());

        environment.put("RAPPORT_PASSWORD", "admin-pass");
        Result first = ProductTestSupport.run("rapport-ctl-user-add-first", List.of(ctl, "user", "add", "ada", "--role", "administrator"), environment,
                rapportHome, CLI_TIMEOUT);
        assertEquals(0, first.exitCode(), first.describe());
        Result second = ProductTestSupport.run("rapport-ctl-user-add-unsigned", List.of(ctl, "user", "add", "eve", "--role", "administrator"),
                environment, rapportHome, CLI_TIMEOUT);
        assertEquals(1, second.exitCode(), second.describe());

        environment.put("RAPPORT_USER", "ada");
        Result list = ProductTestSupport.run("rapport-ctl-user-list", List.of(ctl, "user", "list"), environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, list.exitCode(), list.describe());
        assertEquals(List.of("ada\tada\tadministrator\tenabled"), list.stdout().lines().toList(), list.describe());

        // the audit trail is wired as a change journal in the product: the first administrator was recorded, by the system
        List<String> byTheSystem = List.of(ctl, "audit", "--since", "2000-01-01", "--user", "system:" + System.getProperty("user.name"));
        Result audit = ProductTestSupport.run("rapport-ctl-audit", byTheSystem, environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, audit.exitCode(), audit.describe());
        // a creation is one entry holding all the new object's values
        assertTrue(audit.stdout().lines().anyMatch(line -> line.matches(".*\tsystem:[^\t]+\tCREATE\tUser#\\d+\t\t -> \\{\"login\":\"ada\",.*")), audit.describe());
        assertTrue(audit.stdout().contains("\"passwordHash\":\"***\""), audit.describe());

        // a signed-in administrator's change is hers: the trail finds the signed-in user through DS
        environment.put("RAPPORT_NEW_PASSWORD", "sales-pass");
        Result sam = ProductTestSupport.run("rapport-ctl-user-add-signed", List.of(ctl, "user", "add", "sam", "--role", "sales"), environment, rapportHome,
                CLI_TIMEOUT);
        assertEquals(0, sam.exitCode(), sam.describe());
        Result byAda = ProductTestSupport.run("rapport-ctl-audit-ada", List.of(ctl, "audit", "--since", "2000-01-01", "--user", "ada"), environment,
                rapportHome, CLI_TIMEOUT);
        assertEquals(0, byAda.exitCode(), byAda.describe());
        assertTrue(byAda.stdout().lines().anyMatch(line -> line.matches(".*\tada\tCREATE\tUser#\\d+\t\t -> \\{\"login\":\"sam\",.*")), byAda.describe());
    }

    @Test
    void workbenchStartsInEnglish(@TempDir Path rapportHome) {
        startWorkbenchTakeScreenshotAndExit(rapportHome, List.of("-nl", "en"), "Rapport", "workbench-en");
    }

    @Test
    void workbenchStartsInChinese(@TempDir Path rapportHome) {
        startWorkbenchTakeScreenshotAndExit(rapportHome, List.of("-nl", "zh_CN"), "Rapport 客户关怀",
                "workbench-zh_CN");
    }

    /**
     * The keys a user relies on work in the product itself (the bundle tests cannot show it: their harness
     * rewrites key bindings): Ctrl+Shift+3 opens Management, Ctrl+Q exits, and the next start finds Management
     * remembered as the active perspective.
     */
    @Test
    void keyboardSwitchesPerspectiveAndExitsAndTheLayoutIsRemembered(@TempDir Path rapportHome) {
        ProductTestSupport.requireDisplay("ProductSmokeTest");
        Path product = ProductTestSupport.productDir();
        Path workbenchXmi = ProductTestSupport.layoutOf(rapportHome);
        try (RunningProcess workbench = ProductTestSupport.start("workbench-keys",
                List.of(product.resolve("rapport").toString(), "-nl", "en"), ProductTestSupport.signedInEnvironment(rapportHome),
                rapportHome)) {
            X11Window window = ProductTestSupport.waitForWindow(workbench, "Rapport", WINDOW_TIMEOUT);
            ProductTestSupport.raise(window);
            ProductTestSupport.sleep(Duration.ofSeconds(3));
            ProductTestSupport.pressKeys(window, "ctrl+shift+3");
            ProductTestSupport.sleep(Duration.ofSeconds(1));
            ProductTestSupport.pressKeys(window, "ctrl+q");
            assertTrue(workbench.waitFor(EXIT_TIMEOUT), "Ctrl+Q did not close the workbench\n" + workbench.describe());
            assertEquals(0, workbench.exitCode(), workbench.describe());
        }
        String layout = ProductTestSupport.readQuietly(workbenchXmi);
        java.util.regex.Matcher stack = java.util.regex.Pattern
                .compile("elementId=\"org\\.rapport\\.app\\.perspectivestack\"[^>]*selectedElement=\"([^\"]+)\"|selectedElement=\"([^\"]+)\"[^>]*elementId=\"org\\.rapport\\.app\\.perspectivestack\"")
                .matcher(layout);
        assertTrue(stack.find(), "no perspective stack with a selected perspective in " + workbenchXmi);
        String selected = stack.group(1) != null ? stack.group(1) : stack.group(2);
        java.util.regex.Matcher perspective = java.util.regex.Pattern.compile("xmi:id=\"" + java.util.regex.Pattern.quote(selected)
                + "\"[^>]*elementId=\"([^\"]+)\"").matcher(layout);
        assertTrue(perspective.find(), "the selected perspective " + selected + " is not in " + workbenchXmi);
        assertEquals("org.rapport.app.perspective.management", perspective.group(1),
                "Ctrl+Shift+3 should have opened Management, and the layout should remember it");
    }

    /**
     * Starts 'rapport' with a fresh data folder, waits for its main window, saves a screenshot of it as
     * {@code target/screenshots/<name>.png} and checks that it is painted, then exits with File &gt; Exit and
     * checks that the workbench remembered its layout.
     */
    private static void startWorkbenchTakeScreenshotAndExit(Path rapportHome, List<String> arguments, String title,
            String name) {
        ProductTestSupport.requireDisplay("ProductSmokeTest");
        Path product = ProductTestSupport.productDir();
        Path workbenchXmi = ProductTestSupport.layoutOf(rapportHome);
        assertFalse(Files.exists(workbenchXmi), "the data folder is not fresh: " + workbenchXmi + " exists");

        List<String> command = new ArrayList<>();
        command.add(product.resolve("rapport").toString());
        command.addAll(arguments);
        try (RunningProcess workbench = ProductTestSupport.start(name, command,
                ProductTestSupport.signedInEnvironment(rapportHome), rapportHome)) {
            X11Window window = ProductTestSupport.waitForWindow(workbench, title, WINDOW_TIMEOUT);
            System.out.printf("%s: window %s '%s' at %s%n", name, window.id(), window.name(), window.bounds());
            ProductTestSupport.raise(window);
            ProductTestSupport.sleep(Duration.ofSeconds(4)); // let it finish painting

            BufferedImage image = ProductTestSupport.screenshot(window.bounds());
            Path png = ProductTestSupport.savePng(image, name + ".png");
            ColourStatistics windowColours = ProductTestSupport.assertNotBlank(image, "the screenshot " + png, 64);
            ColourStatistics screenColours = ProductTestSupport.assertNotBlank(
                    ProductTestSupport.screenshot(ProductTestSupport.screenBounds()), "the whole screen", 64);
            System.out.printf("%s: %s; window: %s; screen: %s%n", name, png, windowColours, screenColours);

            exitWithFileExit(workbench, window);
            assertEquals(0, workbench.exitCode(), "the workbench did not exit cleanly\n" + workbench.describe());
            assertTrue(Files.isRegularFile(workbenchXmi), "the workbench exited without saving its layout to "
                    + workbenchXmi + "\n" + workbench.describe());
            String layout = ProductTestSupport.readQuietly(workbenchXmi);
            assertTrue(layout.contains("elementId=\"org.rapport.app.window.main\""),
                    workbenchXmi + " does not hold Rapport's main window (org.rapport.app.window.main)");
        }
    }

    /** File &gt; Exit; tried twice, because a key press can get lost while the workbench is still busy. */
    private static void exitWithFileExit(RunningProcess workbench, X11Window window) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            ProductTestSupport.chooseFileExit(window);
            if (workbench.waitFor(EXIT_TIMEOUT)) {
                return;
            }
            System.out.printf("%s: still running %d s after File > Exit (attempt %d)%n", window.name(),
                    EXIT_TIMEOUT.toSeconds(), attempt);
            ProductTestSupport.pressEscape(window);
        }
        fail("the workbench did not exit after File > Exit (Alt+F, X), twice\n" + workbench.describe());
    }
}
