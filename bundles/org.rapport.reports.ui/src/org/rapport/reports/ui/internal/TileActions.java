package org.rapport.reports.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.rapport.customers.ui.api.CustomerLists;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Reports;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Formats;

/**
 * What a click on a tile does: the customers or complaints behind a bar, opened in their list
 * filtered to them; and the exports of a tile or of every tile that has its figures. The status
 * line says what happened.
 */
final class TileActions implements TileView.Actions {

    private final Reports reports;
    private final CustomerLists lists;
    private final ComplaintsQueue complaintsQueue;
    private final TileExports exports;
    /** Drill-downs must not wait behind the charts. */
    private final Background asking;
    private final StatusLine status;

    TileActions(Reports reports, CustomerLists lists, ComplaintsQueue complaintsQueue, TileExports exports, Background asking, StatusLine status) {
        this.reports = reports;
        this.lists = lists;
        this.complaintsQueue = complaintsQueue;
        this.exports = exports;
        this.asking = asking;
        this.status = status;
    }

    @Override
    public void drill(TileView tile, ReportRow row) {
        ReportResult result = tile.result();
        if (result == null) {
            return;
        }
        String name = tile.provider().name();
        String what = tile.provider().title() + ", " + (row == null ? periodLabel(result.query().period()) : row.label());
        status.say(NLS.bind(Messages.drill_finding, what));
        asking.run(status.label(), () -> reports.drillDown(name, result.query(), row == null ? null : row.key()), found -> opened(found.map(drill -> labelled(drill, row)), what),
                failure -> status.problem(NLS.bind(Messages.drill_failed, failure.getMessage())));
    }

    private void opened(Optional<DrillDown> found, String what) {
        if (found.isEmpty()) {
            status.say(NLS.bind(Messages.drill_none, what));
            return;
        }
        DrillDown drill = found.get();
        String description = drill.description() != null && !drill.description().isBlank() ? drill.description() : what;
        if (!drill.complete()) {
            description = NLS.bind(Messages.drill_cut, new Object[] { description, Formats.count(drill.ids().size()), Formats.count(drill.total()) });
        }
        if (drill.kind() == DrillDown.Kind.COMPLAINTS) {
            if (!complaintsQueue.show(drill.ids(), description)) {
                // no complaints queue in this product: say so rather than list the wrong thing
                status.say(NLS.bind(Messages.drill_complaints, what, Formats.count(drill.total())));
                return;
            }
            status.say(NLS.bind(Messages.drill_opened_complaints, description));
            return;
        }
        status.say(NLS.bind(Messages.drill_opened, description));
        lists.showOnly(drill.ids(), description);
    }

    /**
     * The drill-down with its description naming the row as the bar does. A measure names the
     * row's value at the end of its description by what it stored (a channel's code, "hotline"),
     * while the bar shows the value's label in the reader's language ("Hotline", "热线"), which the
     * reports service gave the rows only.
     */
    static DrillDown labelled(DrillDown drill, ReportRow row) {
        String description = drill.description();
        if (row == null || row.key() == null || row.key().isEmpty() || row.key().equals(row.label()) || description == null
                || !description.endsWith(row.key())) {
            return drill;
        }
        String named = description.substring(0, description.length() - row.key().length()) + row.label();
        return new DrillDown(drill.kind(), drill.ids(), drill.total(), named);
    }

    private static String periodLabel(ReportPeriod period) {
        return Formats.date(period.from()) + " \u2013 " + Formats.date(period.to());
    }

    @Override
    public void export(TileView tile, String format) {
        if (tile.result() != null) {
            exports.one(status.label().getShell(), new TileExports.Export(tile.provider(), tile.result()), format, status::say);
        }
    }

    /** The menu of the dashboard's Export button: every tile that has its figures, to CSV or PDF. */
    void exportAll(Button anchor, List<TileView> tiles) {
        List<TileExports.Export> results = tiles.stream().filter(tile -> tile.result() != null)
                .map(tile -> new TileExports.Export(tile.provider(), tile.result())).toList();
        if (results.isEmpty()) {
            status.say(Messages.export_nothing);
            return;
        }
        Menu menu = new Menu(anchor);
        for (String format : List.of("csv", "pdf")) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText("csv".equals(format) ? Messages.export_csv : Messages.export_pdf);
            item.addListener(SWT.Selection, e -> exports.all(status.label().getShell(), results, format, status::say));
        }
        menu.setLocation(anchor.toDisplay(0, anchor.getSize().y));
        menu.setVisible(true);
    }
}
