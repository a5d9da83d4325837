package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * When a filter combo reads the values in use: once at first, again only after a change (or when
 * old), never twice at once; what is typed stays. The reads run where the test says, so each one
 * is seen.
 */
class InUseTest {

    /** Reads waiting to run, as the part's background thread would run them. */
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Supplier<List<String>> values = () -> List.of("eco-minded", "vip");
    private Shell shell;
    private Combo combo;

    @BeforeEach
    void open() {
        shell = new Shell(WorkbenchDriver.display());
        combo = new Combo(shell, SWT.DROP_DOWN);
        combo.add("Any tag");
        combo.select(0);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private InUse inUse() {
        return new InUse(combo, new org.rapport.ui.api.Background(waiting::add), () -> {
            reads.incrementAndGet();
            return values.get();
        });
    }

    /** Runs the reads waiting, then what they hand to the UI thread. */
    private void runReads() {
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
        WorkbenchDriver.spin();
    }

    private List<String> items() {
        return Arrays.asList(combo.getItems());
    }

    private void focus() {
        combo.notifyListeners(SWT.FocusIn, new Event());
    }

    @Test
    void readsAtFirstThenOnlyAfterAChangeAndNeverTwiceAtOnce() {
        InUse inUse = inUse();
        assertEquals(1, waiting.size(), "the first read is asked for at once");
        assertTrue(inUse.reading());
        focus();
        focus();
        assertEquals(1, waiting.size(), "no second read while one runs");
        runReads();
        assertEquals(1, reads.get());
        assertFalse(inUse.reading());
        assertEquals(List.of("Any tag", "eco-minded", "vip"), items());
        assertEquals(0, combo.getSelectionIndex(), "'any' stays chosen");

        focus();
        assertTrue(waiting.isEmpty(), "nothing changed: using the filter again reads nothing");

        values = () -> List.of("eco-minded", "newsletter", "vip");
        inUse.changed();
        assertTrue(waiting.isEmpty(), "a change while the filter is not in use is read at its next use");
        focus();
        assertEquals(1, waiting.size());
        combo.setText("news");
        runReads();
        assertEquals(2, reads.get());
        assertEquals(List.of("Any tag", "eco-minded", "newsletter", "vip"), items());
        assertEquals("news", combo.getText(), "what is typed stays");
    }

    @Test
    void aChangeDuringAReadIsReadAgainAndAFailedReadIsTriedAgain() {
        InUse inUse = inUse();
        inUse.changed(); // the read asked for may have started before the change was stored
        runReads();
        focus();
        assertEquals(1, waiting.size(), "read again: the offers shown predate the change");
        values = () -> {
            throw new IllegalStateException("the database is gone");
        };
        runReads();
        assertFalse(inUse.reading());
        assertEquals(List.of("Any tag", "eco-minded", "vip"), items(), "a failed read leaves the offers as they were");
        values = () -> List.of("vip");
        focus();
        assertEquals(1, waiting.size(), "and they are read again at the next use");
        runReads();
        assertEquals(List.of("Any tag", "vip"), items());
        assertEquals(3, reads.get(), "the first, the one after the change, the failed one, the one after it");
    }
}
