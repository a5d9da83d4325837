package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.Target;
import org.rapport.ui.api.Formats;

/** The line under a tile's figure: the other columns' totals, the period before, the target and the base, in words. */
final class TileDetails {

    private static final String BETWEEN = "   \u00b7   ";

    private TileDetails() {
    }

    /** The details of the result, with the period before's (else null) and the filters chosen that the measure does not have. */
    static String of(ReportProvider provider, ReportResult current, ReportResult previous, List<String> notFilteredBy) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < current.columns().size(); i++) {
            FigureColumn column = current.columns().get(i);
            parts.add(provider.columnLabel(column.key()) + ": " + FigureText.of(current.total().figures().get(i), column.unit()));
        }
        FigureColumn main = current.columns().get(0);
        Figure total = current.total().figures().get(0);
        if (previous != null) {
            parts.add(NLS.bind(Messages.before, FigureText.of(previous.total().figures().get(0), main.unit()),
                    Formats.date(previous.query().period().from()) + " \u2013 " + Formats.date(previous.query().period().to())));
        }
        target(provider, main).ifPresent(t -> parts.add(FigureText.target(t, main.unit()) + " \u2013 "
                + (!total.hasData() ? Messages.target_no_data : t.metBy(total.value()) ? Messages.target_met : Messages.target_missed)));
        if (total.base() != null) {
            parts.add(NLS.bind(Messages.base, Formats.count(total.base())));
        }
        String details = String.join(BETWEEN, parts);
        if (!notFilteredBy.isEmpty()) {
            details += BETWEEN + NLS.bind(Messages.not_filtered_by, String.join(", ", notFilteredBy));
        }
        return details;
    }

    /** The measure's target for that column, if it has one. */
    static Optional<Target> target(ReportProvider provider, FigureColumn column) {
        return provider.targets().stream().filter(t -> t.column().equals(column.key())).findFirst();
    }
}
