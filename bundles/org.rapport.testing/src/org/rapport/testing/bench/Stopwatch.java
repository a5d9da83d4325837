package org.rapport.testing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Wall-clock time and the CPU time of the measuring thread. On a shared, busy machine the wall
 * clock also counts time the thread waited for a core; the thread's CPU time does not (for
 * embedded Derby it includes the database's own work, which runs in the calling thread).
 */
public final class Stopwatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One measurement, in milliseconds. */
    public record Sample(double wallMs, double cpuMs) {
    }

    /** What is measured. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final long wall = System.nanoTime();
    private final long cpu = THREADS.getCurrentThreadCpuTime();

    private Stopwatch() {
    }

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public Sample stop() {
        return new Sample((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /** The work's wall-clock and CPU milliseconds, on the calling thread. */
    public static Sample time(Work work) throws Exception {
        Stopwatch watch = start();
        work.run();
        return watch.stop();
    }

    /** The work's wall-clock seconds. */
    public static double seconds(Work work) throws Exception {
        return time(work).wallMs() / 1000;
    }

    /** The 1-minute load average, or -1 where the system does not say. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception | Error unknown) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
