package org.rapport.customers.ui.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.rapport.ui.api.Background;

/**
 * The values a filter combo offers after its first item ("any"): those in use in the store, such
 * as the tags or the regions customers have. Reading them groups a large table (840,000 tag rows
 * at a million customers), so they are not read on every use: only when the combo is used and
 * they are stale (never read, customers {@link #changed} since, or read more than {@link #MAX_AGE}
 * ago, as the command line and other desktops change customers without telling this one), off the
 * UI thread, and never twice at once. What is typed or chosen in the combo stays.
 */
final class InUse {

    /** How long offers read are trusted when nothing here said customers changed. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Combo combo;
    private final Background reader;
    private final Supplier<List<String>> read;
    /** Bumped by {@link #changed}; the offers shown were read at {@link #shown}. */
    private int changes;
    private int shown = -1;
    private long readAt;
    private boolean reading;

    /**
     * Reads the offers now, and again whenever the combo gets the focus while they are stale.
     *
     * @param reader where the reads run, off the UI thread
     * @param read what reads the values in use, sorted; a failure (refused, the database gone)
     *        leaves the offers as they were and stale
     */
    InUse(Combo combo, Background reader, Supplier<List<String>> read) {
        this.combo = combo;
        this.reader = reader;
        this.read = read;
        combo.addListener(SWT.FocusIn, e -> offer());
        offer();
    }

    /** Customers changed: the offers are read again at the next use, at once if the combo is in use now. */
    void changed() {
        changes++;
        if (!combo.isDisposed() && combo.isFocusControl()) {
            offer();
        }
    }

    /** Whether the offers are read now, for the workbench tests. */
    boolean reading() {
        return reading;
    }

    /** Reads the values in use if the offers are stale and no read runs. */
    void offer() {
        if (reading || combo.isDisposed() || shown == changes && System.nanoTime() - readAt < MAX_AGE.toNanos()) {
            return;
        }
        reading = true;
        int asOf = changes;
        long started = System.nanoTime();
        reader.run(combo, read::get, found -> {
            reading = false;
            shown = asOf;
            readAt = started;
            show(found);
        }, refused -> reading = false); // the list says why where its count goes; the offers stay stale
    }

    private void show(List<String> values) {
        String typed = combo.getText();
        int chosen = combo.getSelectionIndex();
        if (combo.getItemCount() > 1) {
            combo.remove(1, combo.getItemCount() - 1);
        }
        values.forEach(combo::add);
        if (chosen == 0) {
            combo.select(0);
        } else {
            combo.setText(typed);
        }
    }
}
