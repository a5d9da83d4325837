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
 * often its total was computed and how often it saw a cancel.
 */
final class ScriptedMeasure implements ReportProvider {

    static final String BROKEN = "broken on purpose";

    private final String name;
    private final Set<EStructuralFeature> reads;
    private final boolean fails;
    private volatile boolean open = true;
    final AtomicInteger totals = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();
    /** How often it began to wait at its closed gate. */
    final AtomicInteger waits = new AtomicInteger();

    ScriptedMeasure(String name, Set<EStructuralFeature> reads, boolean fails) {
        this.name = name;
        this.reads = reads;
        this.fails = fails;
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
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        return compute(query, null, progress);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportRow total, ReportProgress progress) {
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
        if (total == null) {
            totals.incrementAndGet();
            total = new ReportRow(null, "Total", List.of(Figure.count(query.period().months().size())));
        }
        List<ReportRow> rows = !Dimensions.MONTH.equals(query.by()) ? List.of()
                : query.period().months().stream().map(m -> new ReportRow(m.toString(), m.toString(), List.of(Figure.count(1)))).toList();
        return new ReportResult(name, query, columns(), total, rows);
    }
}
