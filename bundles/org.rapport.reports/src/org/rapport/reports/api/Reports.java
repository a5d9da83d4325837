package org.rapport.reports.api;

import java.util.List;
import java.util.Optional;

/** The measures offered to the signed-in user, and running them (a DS service). */
public interface Reports {

    /**
     * The measures the signed-in user may run, by title: those whose {@link ReportProvider#reads()
     * features} the user may read.
     */
    List<ReportProvider> available();

    /** The available measure of that name. */
    Optional<ReportProvider> find(String name);

    /**
     * Runs the measure for the query as the signed-in user.
     *
     * @throws ReportException if there is no such measure for the user, or it cannot answer the query
     * @throws ReportCancelledException if {@code progress} asked to stop
     */
    ReportResult run(String name, ReportQuery query, ReportProgress progress);

    /**
     * Runs the measure for the query as the signed-in user, taking the period's total from an
     * earlier result of the same measure, period and filters (another breakdown of it) rather
     * than computing it again ({@link ReportProvider#compute(ReportQuery, ReportRow, ReportProgress)});
     * an earlier result of another measure, period or filters is not used.
     *
     * @param earlier that result, or null
     * @throws ReportException as {@link #run(String, ReportQuery, ReportProgress)}
     * @throws ReportCancelledException if {@code progress} asked to stop
     */
    default ReportResult run(String name, ReportQuery query, ReportResult earlier, ReportProgress progress) {
        return run(name, query, progress);
    }

    /**
     * What is behind one row of the measure's result for the signed-in user ({@link ReportProvider#drillDown}),
     * or none when the measure is not available to them or has no drill-down.
     */
    default Optional<DrillDown> drillDown(String name, ReportQuery query, String rowKey) {
        return find(name).flatMap(provider -> provider.drillDown(query, rowKey));
    }
}
