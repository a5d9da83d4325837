package org.rapport.reports.ui.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;

/**
 * A measure whose timing the scheduling tests decide: it answers only once its gate is open
 * (stopping when its caller cancels), or always fails; its figure is the number of months in
 * the period asked, so a tile's figure says which period it was computed for. It counts how
 * often it was computed, how often its total was, and how often it saw a cancel; it notes its
 * name in a log shared with other measures when it starts, and the thread it last ran on.
 */
final class ScriptedMeasure implements ReportProvider {

    static final String BROKEN = "broken on purpose";

    private final String name;
    private final Set<EStructuralFeature> reads;
    private final Cost cost;
    private final boolean fails;
    private final List<String> started;
    private volatile boolean open = true;
    final AtomicInteger computed = new AtomicInteger();
    final AtomicInteger totals = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();
    /** How often it began to wait at its closed gate. */
    final AtomicInteger waits = new AtomicInteger();

    volatile Thread ranOn;
    /** How long each computation takes once the gate is open, in milliseconds. */
    volatile long takes;

    ScriptedMeasure(String name, Set<EStructuralFeature> reads, Cost cost, boolean fails) {
        this(name, reads, cost, fails, new java.util.ArrayList<>());
    }

    /** A measure that notes its start in {@code started}, which other measures share. */
    ScriptedMeasure(String name, Set<EStructuralFeature> reads, Cost cost, boolean fails, List<String> started) {
        this.name = name;
        this.reads = reads;
        this.cost = cost;
        this.fails = fails;
        this.started = started;
    }

    void open(boolean open) {
        this.open = open;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return "Scripted " + name;
    }

    @Override
    public String definition() {
        return "The months of the period";
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(new FigureColumn("months", FigureColumn.Unit.COUNT));
    }

    @Override
    public String columnLabel(String column) {
        return "Months";
    }

    @Override
    public Set<String> dimensions() {
        return Set.of(Dimensions.MONTH);
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return reads;
    }

    @Override
    public Cost cost() {
        return cost;
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        return compute(query, null, progress);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportRow total, ReportProgress progress) {
        ranOn = Thread.currentThread();
        synchronized (started) {
            started.add(name);
        }
        computed.incrementAndGet();
        if (fails) {
            throw new ReportException(BROKEN);
        }
        long until = System.nanoTime() + 120_000_000_000L;
        if (!open) {
            waits.incrementAndGet();
        }
        while (!open && System.nanoTime() < until) {
            if (progress.isCancelled()) {
                cancels.incrementAndGet();
                throw new ReportCancelledException();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                cancels.incrementAndGet();
                Thread.currentThread().interrupt();
                throw new ReportCancelledException();
            }
        }
        if (takes > 0) {
            try {
                Thread.sleep(takes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReportCancelledException();
            }
        }
        if (total == null) {
            totals.incrementAndGet();
            total = new ReportRow(null, "Total", List.of(Figure.count(query.period().months().size())));
        }
        List<ReportRow> rows = !Dimensions.MONTH.equals(query.by()) ? List.of()
                : query.period().months().stream().map(m -> new ReportRow(m.toString(), m.toString(), List.of(Figure.count(1)))).toList();
        return new ReportResult(name, query, columns(), total, rows);
    }
}
