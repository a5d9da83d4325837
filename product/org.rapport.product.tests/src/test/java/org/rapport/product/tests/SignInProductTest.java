package org.rapport.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.product.tests.ProductTestSupport.CLI_TIMEOUT;
import static org.rapport.product.tests.ProductTestSupport.EXIT_TIMEOUT;
import static org.rapport.product.tests.ProductTestSupport.WINDOW_TIMEOUT;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.product.tests.ProductTestSupport.Result;
import org.rapport.product.tests.ProductTestSupport.RunningProcess;
import org.rapport.product.tests.ProductTestSupport.X11Window;

/**
 * Signing in to the packaged product: the login dialog when the environment names nobody, and what the workbench
 * shows to two roles (screenshots in target/screenshots; the saved layout tells which perspectives and Window menu
 * items each role had).
 */
class SignInProductTest {

    private static final String LOGIN_TITLE = "Sign in to Rapport";
    private static final String SETUP_TITLE = "Set up Rapport";
    private static final String ADMIN = "ada";
    private static final String ADMIN_PASSWORD = "ada-password";
    private static final String SALES = "sam";
    private static final String SALES_PASSWORD = "sam-password";

    @Test
    void theLoginDialogRefusesAWrongPasswordAndOpensTheWorkbenchWithTheRightOne(@TempDir Path rapportHome) {
        try (RunningProcess rapport = startWithoutCredentials(rapportHome, "login")) {
            X11Window dialog = ProductTestSupport.waitForWindow(rapport, LOGIN_TITLE, WINDOW_TIMEOUT);
            ProductTestSupport.raise(dialog);
            ProductTestSupport.sleep(Duration.ofSeconds(2));
            BufferedImage empty = ProductTestSupport.screenshot(dialog.bounds());
            ProductTestSupport.savePng(empty, "login.png");
            ProductTestSupport.assertNotBlank(empty, "login.png", 32);
            int redBefore = reddish(empty);

            // the login field has the focus; Tab goes on to the password, Enter is Sign In
            ProductTestSupport.typeText(dialog, ADMIN);
            ProductTestSupport.pressKeys(dialog, "Tab");
            ProductTestSupport.typeText(dialog, "not-the-password");
            ProductTestSupport.pressKeys(dialog, "Return");
            // checking a password hash takes a moment; the dialog shows before the database is open, so
            // the check may first wait for it ("Opening the database...")
            BufferedImage refused = ProductTestSupport.screenshot(dialog.bounds());
            for (long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos(); reddish(refused) <= redBefore + 20 && System.nanoTime() < deadline;) {
                ProductTestSupport.sleep(Duration.ofSeconds(1));
                refused = ProductTestSupport.screenshot(dialog.bounds());
            }

            assertTrue(rapport.isAlive(), "a wrong password ended Rapport\n" + rapport.describe());
            assertTrue(ProductTestSupport.windowShown(rapport, LOGIN_TITLE), "the login dialog closed after a wrong password");
            assertFalse(ProductTestSupport.windowShown(rapport, "Rapport"), "the workbench opened after a wrong password");
            ProductTestSupport.savePng(refused, "login-refused.png");
            // the title area's error line has a red error icon the plain dialog does not have
            assertTrue(reddish(refused) > redBefore + 20,
                    "no error shown after a wrong password (reddish pixels before " + redBefore + ", after " + reddish(refused) + ")");

            // the refused password was cleared and its field has the focus
            ProductTestSupport.typeText(dialog, ADMIN_PASSWORD);
            ProductTestSupport.pressKeys(dialog, "Return");
            X11Window window = ProductTestSupport.waitForWindow(rapport, "Rapport", WINDOW_TIMEOUT);
            ProductTestSupport.raise(window);
            ProductTestSupport.sleep(Duration.ofSeconds(3));
            BufferedImage workbench = ProductTestSupport.screenshot(window.bounds());
            ProductTestSupport.savePng(workbench, "login-workbench.png");
            ProductTestSupport.assertNotBlank(workbench, "login-workbench.png", 64);
            quit(rapport, window);
        }
    }

    @Test
    void quittingTheLoginDialogEndsRapportWithoutAWorkbench(@TempDir Path rapportHome) {
        try (RunningProcess rapport = startWithoutCredentials(rapportHome, "login-quit")) {
            X11Window dialog = ProductTestSupport.waitForWindow(rapport, LOGIN_TITLE, WINDOW_TIMEOUT);
            ProductTestSupport.sleep(Duration.ofSeconds(1));
            ProductTestSupport.pressKeys(dialog, "Escape");
            assertTrue(rapport.waitFor(EXIT_TIMEOUT), "Rapport still runs after Quit in the login dialog\n" + rapport.describe());
            assertEquals(0, rapport.exitCode(), rapport.describe());
        }
    }

    /**
     * The login dialog shows before the database is open when the data folder's marker says users exist; the
     * database decides: a marker over a database without users (here a new data folder) gives way to the setup
     * dialog, and nobody gets in without it.
     */
    @Test
    void aMarkerOverADatabaseWithoutUsersEndsInTheSetupDialog(@TempDir Path rapportHome) throws Exception {
        ProductTestSupport.requireDisplay("SignInProductTest");
        Files.writeString(rapportHome.resolve("users.seen"), "left from another database\n");
        try (RunningProcess rapport = startRapport("stale-marker", ProductTestSupport.productEnvironment(rapportHome), rapportHome)) {
            X11Window setup = ProductTestSupport.waitForWindow(rapport, SETUP_TITLE, WINDOW_TIMEOUT);
            assertFalse(ProductTestSupport.windowShown(rapport, LOGIN_TITLE), "the login dialog stayed beside the setup dialog");
            ProductTestSupport.sleep(Duration.ofSeconds(1));
            ProductTestSupport.savePng(ProductTestSupport.screenshot(setup.bounds()), "stale-marker-setup.png");
            ProductTestSupport.pressKeys(setup, "Escape");
            assertTrue(rapport.waitFor(EXIT_TIMEOUT), "Rapport still runs after Quit in the setup dialog\n" + rapport.describe());
            assertEquals(0, rapport.exitCode(), rapport.describe());
        }
    }

    /**
     * A first start (a new data folder, no database yet) shows the setup dialog at once, while the database is made
     * behind it; Create typed faster than the making waits for it, then makes the first administrator, who is signed
     * in; the administrator can sign in on the command line afterwards.
     */
    @Test
    void aFirstStartShowsTheSetupDialogWhileTheDatabaseIsMade(@TempDir Path rapportHome) {
        ProductTestSupport.requireDisplay("SignInProductTest");
        try (RunningProcess rapport = startRapport("first-start", ProductTestSupport.productEnvironment(rapportHome), rapportHome)) {
            X11Window setup = ProductTestSupport.waitForWindow(rapport, SETUP_TITLE, WINDOW_TIMEOUT);
            ProductTestSupport.raise(setup);
            // login, display name, password, the password again; Enter is Create
            ProductTestSupport.typeText(setup, ADMIN);
            ProductTestSupport.pressKeys(setup, "Tab");
            ProductTestSupport.typeText(setup, "Ada Lovelace");
            ProductTestSupport.pressKeys(setup, "Tab");
            ProductTestSupport.typeText(setup, ADMIN_PASSWORD);
            ProductTestSupport.pressKeys(setup, "Tab");
            ProductTestSupport.typeText(setup, ADMIN_PASSWORD);
            ProductTestSupport.pressKeys(setup, "Return");
            ProductTestSupport.savePng(ProductTestSupport.screenshot(setup.bounds()), "first-start-create.png");
            X11Window window = ProductTestSupport.waitForWindow(rapport, "Rapport", WINDOW_TIMEOUT);
            quit(rapport, window);
        }
        Map<String, String> environment = ProductTestSupport.productEnvironment(rapportHome);
        environment.put("RAPPORT_USER", ADMIN);
        environment.put("RAPPORT_PASSWORD", ADMIN_PASSWORD);
        Result list = ProductTestSupport.run("rapport-ctl-user-list", List.of(ctl(), "user", "list"), environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, list.exitCode(), list.describe());
        assertTrue(list.stdout().contains(ADMIN), "the administrator made in the setup dialog is not listed\n" + list.describe());
    }

    /**
     * A first start ended (SIGTERM: a session logged out, the machine shut down) while its database is still being
     * made leaves a database that the next program to open it finishes: the killed migration's lock no longer makes
     * every later start wait a minute and fail.
     */
    @Test
    void aFirstStartEndedWhileTheDatabaseIsMadeLeavesADatabaseTheNextStartFinishes(@TempDir Path rapportHome) {
        ProductTestSupport.requireDisplay("SignInProductTest");
        try (RunningProcess rapport = startRapport("first-start-ended", ProductTestSupport.productEnvironment(rapportHome), rapportHome)) {
            ProductTestSupport.waitForWindow(rapport, SETUP_TITLE, WINDOW_TIMEOUT);
        } // ends it as soon as the setup dialog shows, the database being made behind it
        addFirstAdministrator(rapportHome);
    }

    /**
     * A sales user and an administrator on one data folder, one after the other: each start shows the signed-in
     * user's perspectives only, whatever the last user left in the saved layout. Ctrl+Shift+4 (Administration) does
     * nothing for sales and opens Administration for the administrator.
     */
    @Test
    void aSalesUserSeesSalesOnlyAndAnAdministratorEverything(@TempDir Path rapportHome) {
        ProductTestSupport.requireDisplay("SignInProductTest");
        addFirstAdministrator(rapportHome);
        Map<String, String> asAdmin = ProductTestSupport.signedInEnvironment(rapportHome, ADMIN, ADMIN_PASSWORD);
        asAdmin.put("RAPPORT_NEW_PASSWORD", SALES_PASSWORD);
        Result add = ProductTestSupport.run("rapport-ctl-user-add-sales", List.of(ctl(), "user", "add", SALES, "--role", "sales"), asAdmin,
                rapportHome, CLI_TIMEOUT);
        assertEquals(0, add.exitCode(), add.describe());

        String sales = showRole(rapportHome, "sales", SALES, SALES_PASSWORD);
        assertEquals("org.rapport.app.perspective.sales", selectedPerspective(sales), "Ctrl+Shift+4 must not leave Sales for a sales user");
        for (String hidden : List.of("servicedesk", "management", "administration")) {
            assertTrue(tag(sales, "org.rapport.app.perspective." + hidden).contains("toBeRendered=\"false\""), hidden + " shown to sales");
            assertTrue(tag(sales, "org.rapport.app.menuitem.perspective_" + hidden).contains("visible=\"false\""),
                    "Window > " + hidden + " shown to sales");
        }
        assertFalse(tag(sales, "org.rapport.app.perspective.sales").contains("toBeRendered=\"false\""));

        String admin = showRole(rapportHome, "administrator", ADMIN, ADMIN_PASSWORD);
        assertEquals("org.rapport.app.perspective.administration", selectedPerspective(admin), "Ctrl+Shift+4 must open Administration");
        for (String shown : List.of("servicedesk", "sales", "management", "administration")) {
            assertFalse(tag(admin, "org.rapport.app.perspective." + shown).contains("toBeRendered=\"false\""), shown + " hidden from the administrator");
            assertFalse(tag(admin, "org.rapport.app.menuitem.perspective_" + shown).contains("visible=\"false\""),
                    "Window > " + shown + " hidden from the administrator");
        }
        // each user has a layout of their own: the administrator's session left the sales user's untouched
        assertEquals(sales, ProductTestSupport.readQuietly(ProductTestSupport.layoutOf(rapportHome, SALES)), "the administrator's start changed the sales user's layout");
        assertFalse(Files.exists(rapportHome.resolve("workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi")), "a layout shared by all users was written");
    }

    /** Starts Rapport signed in as the user, saves workbench-ROLE.png and window-menu-ROLE.png, presses Ctrl+Shift+4, quits; returns the saved layout. */
    private static String showRole(Path rapportHome, String role, String login, String password) {
        try (RunningProcess rapport = startRapport("workbench-" + role, ProductTestSupport.signedInEnvironment(rapportHome, login, password),
                rapportHome)) {
            X11Window window = ProductTestSupport.waitForWindow(rapport, "Rapport", WINDOW_TIMEOUT);
            ProductTestSupport.raise(window);
            ProductTestSupport.sleep(Duration.ofSeconds(3));
            BufferedImage image = ProductTestSupport.screenshot(window.bounds());
            ProductTestSupport.savePng(image, "workbench-" + role + ".png");
            ProductTestSupport.assertNotBlank(image, "workbench-" + role + ".png", 64);

            ProductTestSupport.pressKeys(window, "alt+w");
            ProductTestSupport.sleep(Duration.ofSeconds(1));
            ProductTestSupport.savePng(ProductTestSupport.screenshot(window.bounds()), "window-menu-" + role + ".png");
            ProductTestSupport.pressEscape(window);
            ProductTestSupport.sleep(Duration.ofMillis(500));

            ProductTestSupport.pressKeys(window, "ctrl+shift+4");
            ProductTestSupport.sleep(Duration.ofSeconds(1));
            quit(rapport, window);
        }
        return ProductTestSupport.readQuietly(ProductTestSupport.layoutOf(rapportHome, login));
    }

    private static void quit(RunningProcess rapport, X11Window window) {
        ProductTestSupport.pressKeys(window, "ctrl+q");
        assertTrue(rapport.waitFor(EXIT_TIMEOUT), "Ctrl+Q did not close the workbench\n" + rapport.describe());
        assertEquals(0, rapport.exitCode(), rapport.describe());
    }

    /** The first administrator, made with rapport-ctl as an installer would (no user signs in for the first one). */
    private static void addFirstAdministrator(Path rapportHome) {
        Map<String, String> environment = ProductTestSupport.productEnvironment(rapportHome);
        environment.put("RAPPORT_PASSWORD", ADMIN_PASSWORD);
        Result add = ProductTestSupport.run("rapport-ctl-user-add-admin", List.of(ctl(), "user", "add", ADMIN, "--role", "administrator"),
                environment, rapportHome, CLI_TIMEOUT);
        assertEquals(0, add.exitCode(), add.describe());
    }

    /** Rapport on a data folder with an administrator, and no credentials in the environment: the login dialog's case. */
    private static RunningProcess startWithoutCredentials(Path rapportHome, String name) {
        ProductTestSupport.requireDisplay("SignInProductTest");
        addFirstAdministrator(rapportHome);
        return startRapport(name, ProductTestSupport.productEnvironment(rapportHome), rapportHome);
    }

    private static String ctl() {
        return ProductTestSupport.productDir().resolve("rapport-ctl").toString();
    }

    private static RunningProcess startRapport(String name, Map<String, String> environment, Path rapportHome) {
        return ProductTestSupport.start(name, List.of(ProductTestSupport.productDir().resolve("rapport").toString(), "-nl", "en"),
                environment, rapportHome);
    }

    /** The start tag of the saved model element with this element id. */
    private static String tag(String layout, String elementId) {
        Matcher tag = Pattern.compile("<[^>]*elementId=\"" + Pattern.quote(elementId) + "\"[^>]*>").matcher(layout);
        assertTrue(tag.find(), "no element " + elementId + " in the saved layout");
        return tag.group();
    }

    /** The element id of the perspective selected in the saved perspective stack. */
    private static String selectedPerspective(String layout) {
        Matcher selected = Pattern.compile("selectedElement=\"([^\"]+)\"").matcher(tag(layout, "org.rapport.app.perspectivestack"));
        assertTrue(selected.find(), "the saved perspective stack has no selected perspective");
        Matcher perspective = Pattern.compile("xmi:id=\"" + Pattern.quote(selected.group(1)) + "\"[^>]*elementId=\"([^\"]+)\"").matcher(layout);
        assertTrue(perspective.find(), "the selected perspective is not in the saved layout");
        return perspective.group(1);
    }

    /** How many pixels are clearly red (the error icon of a dialog's title area). */
    private static int reddish(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && g < 100 && b < 100) {
                    count++;
                }
            }
        }
        return count;
    }
}
