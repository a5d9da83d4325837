package org.rapport.persistence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Wall-clock time and the CPU time of the measuring thread. On a shared, busy machine the wall
 * clock also counts time the thread waited for a core; the thread's CPU time does not (for
 * embedded Derby it includes the database's own work, which runs in the calling thread).
 */
final class Stopwatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One measurement, in milliseconds. */
    record Sample(double wallMs, double cpuMs) {
    }

    private final long wall = System.nanoTime();
    private final long cpu = THREADS.getCurrentThreadCpuTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    Sample stop() {
        return new Sample((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /** The 1-minute load average, or -1 where the system does not say. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception | Error unknown) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
