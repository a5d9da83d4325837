package org.rapport.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * What the product tests share: where the build put the product and the repository, running the product's
 * processes with a time limit (and never leaving one behind), finding the product's windows on the X display,
 * taking screenshots and telling a blank one from a painted one.
 */
final class ProductTestSupport {

    /** A command of rapport-ctl, which starts an OSGi framework but no UI. */
    static final Duration CLI_TIMEOUT = Duration.ofMinutes(2);
    /** The p2 director installing the whole product from the repository. */
    static final Duration DIRECTOR_TIMEOUT = Duration.ofMinutes(5);
    /** From starting 'rapport' until its main window is shown. */
    static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(90);
    /** From File > Exit until the workbench process has ended. */
    static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern APP_JAR = Pattern.compile("org\\.rapport\\.app_(.+)\\.jar");
    private static final Pattern LAUNCHER_JAR = Pattern.compile("org\\.eclipse\\.equinox\\.launcher_.+\\.jar");
    private static final int OUTPUT_TAIL = 6000;

    /** Processes started here and not yet stopped: a shutdown hook ends them if the test JVM is ended early. */
    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProductTestSupport::killTree),
                "kill-leftover-product-processes"));
    }

    private ProductTestSupport() {
    }

    // ---------------------------------------------------------------- where things are

    /** The materialized product: {@code .../target/products/org.rapport.product/linux/gtk/x86_64/rapport}. */
    static Path productDir() {
        Path dir = directoryProperty("rapport.product.dir", "the materialized product");
        assertTrue(Files.isRegularFile(dir.resolve("rapport")),
                "the product folder " + dir + " has no 'rapport' start script");
        return dir;
    }

    /** The p2 repository (update site) that org.rapport.product built. */
    /** The update site of the example extension (examples/org.rapport.example.site). */
    static Path exampleRepositoryDir() {
        return directoryProperty("rapport.example.repository.dir", "the example extension's update site");
    }

    static Path repositoryDir() {
        Path dir = directoryProperty("rapport.repository.dir", "the p2 repository (update site)");
        assertTrue(Files.isRegularFile(dir.resolve("content.jar")) || Files.isRegularFile(dir.resolve("content.xml"))
                || Files.isRegularFile(dir.resolve("content.xml.xz")),
                "the repository folder " + dir + " has no content.jar / content.xml(.xz): not a p2 repository");
        return dir;
    }

    /** This module's {@code target} folder. */
    static Path buildDir() {
        String value = System.getProperty("rapport.build.dir");
        assertTrue(value != null && !value.isBlank(),
                "system property rapport.build.dir is not set (the pom passes ${project.build.directory})");
        return createDirectories(Path.of(value).toAbsolutePath().normalize());
    }

    static Path screenshotDir() {
        return createDirectories(buildDir().resolve("screenshots"));
    }

    /** Where the output of every process started here is kept, for reading after a failure. */
    static Path logDir() {
        return createDirectories(buildDir().resolve("product-tests"));
    }

    private static Path directoryProperty(String name, String what) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(),
                "system property " + name + " (" + what + ") is not set: run these tests through Maven");
        Path dir = Path.of(value).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir), what + " is missing: " + dir
                + " does not exist. Build product/org.rapport.product first (it materializes the product and the repository).");
        return dir;
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the installation

    /** The version in the name of {@code plugins/org.rapport.app_<version>.jar} of an installation. */
    static String appVersion(Path installation) {
        List<String> versions = pluginNames(installation).stream()
                .map(APP_JAR::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        assertEquals(1, versions.size(),
                "expected exactly one plugins/org.rapport.app_<version>.jar in " + installation + ", found " + versions);
        return versions.get(0);
    }

    /** The Equinox launcher jar of an installation ({@code plugins/org.eclipse.equinox.launcher_*.jar}). */
    static Path launcherJar(Path installation) {
        List<String> jars = pluginNames(installation).stream()
                .filter(n -> LAUNCHER_JAR.matcher(n).matches()).sorted().toList();
        assertEquals(1, jars.size(), "expected exactly one org.eclipse.equinox.launcher_*.jar in "
                + installation.resolve("plugins") + ", found " + jars);
        return installation.resolve("plugins").resolve(jars.get(0));
    }

    private static List<String> pluginNames(Path installation) {
        Path plugins = installation.resolve("plugins");
        assertTrue(Files.isDirectory(plugins), installation + " has no plugins folder");
        try (Stream<Path> files = Files.list(plugins)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java binary of the JVM running the tests (a Java 21 or later: the product needs it too). */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The environment for the product's start scripts: this JVM's Java as JAVA_HOME, the given data folder as
     * RAPPORT_HOME, its sibling {@code cache} as XDG_CACHE_HOME (the workbench's class cache stays out of the user's
     * ~/.cache), and no other RAPPORT_* variable of the caller's shell.
     */
    static Map<String, String> productEnvironment(Path rapportHome) {
        Map<String, String> env = new HashMap<>();
        env.put("RAPPORT_HOME", rapportHome.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_CACHE_HOME", rapportHome.resolveSibling("cache").toString());
        return env;
    }

    /** The login and password of the workbench starts that are not about signing in. */
    static final String TEST_USER = "product-tester";
    static final String TEST_PASSWORD = "product-tester-password";

    /**
     * {@link #productEnvironment} plus the unattended sign-in (RAPPORT_USER, RAPPORT_PASSWORD) of {@link #TEST_USER}:
     * the workbench opens without the login dialog, and on a data folder without users that user becomes its first
     * administrator.
     */
    /** Where the workbench remembers one user's layout: each user has their own (see UserLayouts in org.rapport.app). */
    static Path layoutOf(Path rapportHome, String login) {
        return rapportHome.resolve("workspace/users/user-" + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8)
                + "/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
    }

    /** The layout of the user that {@link #signedInEnvironment(Path)} signs in. */
    static Path layoutOf(Path rapportHome) {
        return layoutOf(rapportHome, TEST_USER);
    }

    static Map<String, String> signedInEnvironment(Path rapportHome) {
        return signedInEnvironment(rapportHome, TEST_USER, TEST_PASSWORD);
    }

    static Map<String, String> signedInEnvironment(Path rapportHome, String login, String password) {
        Map<String, String> env = productEnvironment(rapportHome);
        env.put("RAPPORT_USER", login);
        env.put("RAPPORT_PASSWORD", password);
        return env;
    }

    // ---------------------------------------------------------------- processes

    /** The end of a process that ran to completion. */
    record Result(String name, List<String> command, int exitCode, String stdout, String stderr) {

        /** Everything needed to understand a failure: the command, the exit code and both outputs. */
        String describe() {
            return describeProcess(name, command, "exit code " + exitCode, stdout, stderr);
        }
    }

    /**
     * Runs a command to its end, its output kept in {@link #logDir()}/{@code name}.out and .err. A command still
     * running after {@code timeout} is ended (with its child processes) and the test fails.
     *
     * @param environment variables added to (or, when the value is null, removed from) this JVM's environment
     */
    static Result run(String name, List<String> command, Map<String, String> environment, Path workDir,
            Duration timeout) {
        try (RunningProcess process = start(name, command, environment, workDir)) {
            if (!process.waitFor(timeout)) {
                process.close();
                fail(name + " did not finish within " + timeout.toSeconds() + " s and was ended:\n"
                        + process.describe());
            }
            return new Result(name, command, process.exitCode(), process.stdout(), process.stderr());
        }
    }

    /** Starts a command in the background; close the result to end it (and its child processes). */
    static RunningProcess start(String name, List<String> command, Map<String, String> environment,
            Path workDir) {
        Path logs = logDir();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("RAPPORT_"));
        environment.forEach((key, value) -> {
            if (value == null) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
        });
        try {
            Process process = builder.start();
            LIVE.add(process.toHandle());
            return new RunningProcess(name, command, process, logs.resolve(name + ".out"), logs.resolve(name + ".err"));
        } catch (IOException e) {
            throw new AssertionError("could not start " + name + ": " + command, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    /** A process started by {@link #start}; {@link #close()} ends it and everything it started. */
    static final class RunningProcess implements AutoCloseable {
        private final String name;
        private final List<String> command;
        private final Process process;
        private final Path stdoutFile;
        private final Path stderrFile;

        private RunningProcess(String name, List<String> command, Process process, Path stdoutFile,
                Path stderrFile) {
            this.name = name;
            this.command = List.copyOf(command);
            this.process = process;
            this.stdoutFile = stdoutFile;
            this.stderrFile = stderrFile;
        }

        long pid() {
            return process.pid();
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** This process and all its living descendants (a start script may exec or fork java). */
        Set<Long> pids() {
            Set<Long> pids = new LinkedHashSet<>();
            pids.add(process.pid());
            process.descendants().forEach(p -> pids.add(p.pid()));
            return pids;
        }

        /** Waits for the process to end; false when it still runs after {@code timeout}. */
        boolean waitFor(Duration timeout) {
            try {
                return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + name, e);
            }
        }

        int exitCode() {
            return process.exitValue();
        }

        String stdout() {
            return readQuietly(stdoutFile);
        }

        String stderr() {
            return readQuietly(stderrFile);
        }

        /** The command, whether it still runs, and the ends of its outputs. */
        String describe() {
            String status = process.isAlive() ? "still running (pid " + process.pid() + ")"
                    : "exit code " + process.exitValue();
            return describeProcess(name, command, status, stdout(), stderr());
        }

        /**
         * Ends the process and its descendants: first politely (SIGTERM), after 10 s forcibly (SIGKILL). Does
         * nothing when all of them have ended already.
         */
        @Override
        public void close() {
            List<ProcessHandle> all = new ArrayList<>();
            process.descendants().forEach(all::add);
            all.add(process.toHandle());
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (ProcessHandle handle : all) {
                awaitEnd(handle, deadline);
            }
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (ProcessHandle handle : all) {
                awaitEnd(handle, deadline);
            }
            List<Long> survivors = all.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
            if (survivors.isEmpty()) {
                LIVE.remove(process.toHandle());
            } else {
                throw new AssertionError(name + ": processes " + survivors + " survived SIGKILL");
            }
        }

        private static void awaitEnd(ProcessHandle handle, long deadlineNanos) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0 || !handle.isAlive()) {
                return;
            }
            try {
                handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // still alive after the deadline: the caller escalates
            }
        }
    }

    private static void killTree(ProcessHandle handle) {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
    }

    private static String describeProcess(String name, List<String> command, String status, String stdout,
            String stderr) {
        return "---- " + name + ": " + String.join(" ", command) + "\n---- " + status
                + "\n---- stdout:\n" + tail(stdout) + "\n---- stderr:\n" + tail(stderr) + "\n---- end of " + name;
    }

    static String tail(String text) {
        return text.length() <= OUTPUT_TAIL ? text : "[...]" + text.substring(text.length() - OUTPUT_TAIL);
    }

    static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "<could not read " + file + ": " + e + ">";
        }
    }

    /** The content of the Equinox *.log files in a folder (configuration or workspace metadata), for failures. */
    static String eclipseLogs(Path... dirs) {
        StringBuilder logs = new StringBuilder();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.log")) {
                for (Path file : files) {
                    logs.append("---- ").append(file).append(":\n").append(tail(readQuietly(file))).append('\n');
                }
            } catch (IOException e) {
                logs.append("<could not list ").append(dir).append(": ").append(e).append(">\n");
            }
        }
        return logs.toString();
    }

    // ---------------------------------------------------------------- the X display

    /** Fails (never skips) when there is no X display to show the workbench on. */
    static void requireDisplay(String testName) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            fail(testName + " needs an X display: DISPLAY is not set. Start an X server, for example "
                    + "'Xvfb :99 -screen 0 1400x900x24 &' and 'export DISPLAY=:99', then run the tests again.");
        }
        assertFalse(GraphicsEnvironment.isHeadless(), testName
                + " takes screenshots with java.awt.Robot, but this JVM is headless: run it with -Djava.awt.headless=false");
        Result probe = xdotool("getdisplaygeometry");
        assertEquals(0, probe.exitCode(), testName + " needs xdotool and a working X display DISPLAY=" + display
                + "; 'xdotool getdisplaygeometry' failed:\n" + probe.describe());
    }

    /** A mapped top-level window: its X id, its name (title) and its place on the screen. */
    record X11Window(String id, String name, Rectangle bounds) {
    }

    /**
     * Waits until {@code process} (or a process it started) shows a visible window whose title is {@code title}.
     * GTK shows the titles of SWT's shells with a space at the end ("Rapport "): trailing white space is ignored.
     * Fails when the process ends first or the window does not appear within {@code timeout}.
     */
    static X11Window waitForWindow(RunningProcess process, String title, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> seen = new LinkedHashSet<>();
        while (true) {
            if (!process.isAlive()) {
                fail("the process ended before a window '" + title + "' appeared. Visible windows seen: " + seen
                        + "\n" + process.describe());
            }
            Set<Long> pids = process.pids();
            for (String id : visibleWindowIds()) {
                Result name = xdotool("getwindowname", id);
                if (name.exitCode() != 0) {
                    continue; // gone in the meantime
                }
                String windowName = stripNewline(name.stdout());
                seen.add(windowName);
                if (!windowName.stripTrailing().equals(title)) {
                    continue;
                }
                Result pid = xdotool("getwindowpid", id);
                if (pid.exitCode() != 0 || !pids.contains(parseLong(pid.stdout()))) {
                    continue; // someone else's window with the same title
                }
                Rectangle bounds = windowBounds(id);
                if (bounds != null && bounds.width > 0 && bounds.height > 0) {
                    return new X11Window(id, windowName, bounds);
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no visible window '" + title + "' of process " + pids + " within " + timeout.toSeconds()
                        + " s. Visible windows seen: " + seen + "\n" + process.describe());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static List<String> visibleWindowIds() {
        // any window with a non-empty name; exit code 1 just means none
        Result search = xdotool("search", "--onlyvisible", "--name", ".");
        return search.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Rectangle windowBounds(String id) {
        Result geometry = xdotool("getwindowgeometry", "--shell", id);
        if (geometry.exitCode() != 0) {
            return null;
        }
        Map<String, Integer> values = new HashMap<>();
        geometry.stdout().lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> {
                    try {
                        values.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
                    } catch (NumberFormatException e) {
                        // not a number: not needed
                    }
                });
        if (!values.keySet().containsAll(List.of("X", "Y", "WIDTH", "HEIGHT"))) {
            return null;
        }
        return new Rectangle(values.get("X"), values.get("Y"), values.get("WIDTH"), values.get("HEIGHT"));
    }

    /**
     * Chooses File &gt; Exit with the keyboard: Alt+F, then X (the mnemonics are F and X in English and in
     * Chinese). The workbench's own shortcut Ctrl+Q does not reach the exit command under Xvfb.
     */
    static void chooseFileExit(X11Window window) {
        pressKeys(window, "alt+f");
        sleep(Duration.ofSeconds(1));
        Result exit = xdotool("key", "--clearmodifiers", "x");
        assertEquals(0, exit.exitCode(), exit.describe());
    }

    /**
     * Puts the window on top of the others. The display may be shared (another Rapport or a workbench test of the
     * bundles may show its windows there too), and a screenshot shows whatever is on top.
     */
    static void raise(X11Window window) {
        Result raise = xdotool("windowraise", window.id());
        assertEquals(0, raise.exitCode(), "could not raise the window:\n" + raise.describe());
    }

    /**
     * Starts the installation's workbench in English with this data folder, waits for its window, saves a
     * screenshot {@code <name>.png}, then quits with Ctrl+Q and checks it ended cleanly. Returns the screenshot.
     */
    static Path startShowAndQuit(Path installation, Path rapportHome, String name) {
        requireDisplay(name);
        createDirectories(rapportHome);
        try (RunningProcess workbench = start(name, List.of(installation.resolve("rapport").toString(), "-nl", "en"),
                signedInEnvironment(rapportHome), rapportHome)) {
            X11Window window = waitForWindow(workbench, "Rapport", WINDOW_TIMEOUT);
            raise(window);
            sleep(Duration.ofSeconds(3)); // let it finish painting
            Path png = savePng(screenshot(window.bounds()), name + ".png");
            pressKeys(window, "ctrl+q");
            assertTrue(workbench.waitFor(EXIT_TIMEOUT), "Ctrl+Q did not close the workbench\n" + workbench.describe());
            assertEquals(0, workbench.exitCode(), workbench.describe());
            return png;
        }
    }

    /** Focuses the window and types a key combination such as {@code ctrl+shift+3}. */
    static void pressKeys(X11Window window, String keys) {
        Result focus = xdotool("windowfocus", "--sync", window.id());
        assertEquals(0, focus.exitCode(), "could not focus the window:\n" + focus.describe());
        sleep(Duration.ofMillis(300));
        Result press = xdotool("key", "--clearmodifiers", keys);
        assertEquals(0, press.exitCode(), press.describe());
    }

    /** Focuses the window and types text as keystrokes (into its focused field). */
    static void typeText(X11Window window, String text) {
        Result focus = xdotool("windowfocus", "--sync", window.id());
        assertEquals(0, focus.exitCode(), "could not focus the window:\n" + focus.describe());
        sleep(Duration.ofMillis(300));
        Result type = xdotool("type", "--clearmodifiers", "--delay", "40", text);
        assertEquals(0, type.exitCode(), type.describe());
    }

    /** Whether a window with this title (trailing white space ignored) of this process is visible now. */
    static boolean windowShown(RunningProcess process, String title) {
        Set<Long> pids = process.pids();
        for (String id : visibleWindowIds()) {
            Result name = xdotool("getwindowname", id);
            Result pid = xdotool("getwindowpid", id);
            if (name.exitCode() == 0 && stripNewline(name.stdout()).stripTrailing().equals(title) && pid.exitCode() == 0
                    && pids.contains(parseLong(pid.stdout()))) {
                return true;
            }
        }
        return false;
    }

    /** Presses Escape in the window, to close a menu left open. */
    static void pressEscape(X11Window window) {
        xdotool("windowfocus", "--sync", window.id());
        xdotool("key", "Escape");
    }

    /** Runs xdotool with a short time limit; its output is small, so it is read in memory. */
    static Result xdotool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("could not run xdotool (apt-get install xdotool): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                killTree(process.toHandle());
                fail("xdotool did not finish within 20 s: " + command);
            }
            return new Result("xdotool", command, process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------- screenshots

    /** Takes a screenshot of {@code area} (clipped to the screen) with java.awt.Robot. */
    static BufferedImage screenshot(Rectangle area) {
        Rectangle screen = screenBounds();
        Rectangle clipped = area.intersection(screen);
        assertFalse(clipped.isEmpty(), "the area " + area + " is outside of the screen " + screen);
        try {
            return new Robot().createScreenCapture(clipped);
        } catch (AWTException e) {
            throw new AssertionError("java.awt.Robot cannot take screenshots here: " + e.getMessage(), e);
        }
    }

    static Rectangle screenBounds() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration()
                .getBounds();
    }

    static Path savePng(BufferedImage image, String fileName) {
        Path file = screenshotDir().resolve(fileName);
        try {
            assertTrue(ImageIO.write(image, "png", file.toFile()), "no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** How many colours an image has, and the share of its most frequent one. */
    record ColourStatistics(int distinctColours, int dominantColour, double dominantShare) {
        @Override
        public String toString() {
            return String.format("%d distinct colours, the most frequent one #%06X covers %.1f %%", distinctColours,
                    dominantColour & 0xFFFFFF, dominantShare * 100);
        }
    }

    static ColourStatistics colourStatistics(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        Map.Entry<Integer, Integer> dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        return new ColourStatistics(counts.size(), dominant.getKey(),
                dominant.getValue() / (double) (image.getWidth() * image.getHeight()));
    }

    /**
     * Fails when the image looks blank: fewer than {@code minColours} distinct colours, or one colour covering
     * more than 97 % of it. A painted workbench has text, icons and borders: hundreds of colours.
     */
    static ColourStatistics assertNotBlank(BufferedImage image, String what, int minColours) {
        ColourStatistics statistics = colourStatistics(image);
        assertTrue(statistics.distinctColours() >= minColours,
                what + " looks blank: only " + statistics + " (expected at least " + minColours + " colours)");
        assertTrue(statistics.dominantShare() <= 0.97, what + " looks blank: " + statistics
                + " (expected no colour above 97 %)");
        return statistics;
    }

    // ---------------------------------------------------------------- small things

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String stripNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The non-empty lines of a text. */
    static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
    }
}
