package org.rapport.reports.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Target;
import org.rapport.ui.api.Colors;

/**
 * One tile of a dashboard: the measure's title with its definition (the "i" and the tooltip), the
 * period's figure against its target and the period before ({@link TileDetails}), and the chart of
 * its rows ({@link TileChart}). Until its result arrives it says it is computing; a figure with no
 * data says "No data", never 0. A click on a bar or a point asks for the customers behind it
 * ({@link Actions#drill}).
 */
final class TileView {

    /** What a tile asks of its dashboard. */
    interface Actions {
        /** List what is behind the row (null: the period's total). */
        void drill(TileView tile, ReportRow row);

        /** Export the tile's result in that format ({@code csv}, {@code pdf}). */
        void export(TileView tile, String format);
    }

    static final String WIDGET = "org.rapport.widget";
    /** Where the workbench's CSS engine reads a widget's style class. */
    private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    private final Dashboards.Tile tile;
    private final ReportProvider provider;
    private final Actions actions;
    private final Composite control;
    private final Label figure;
    private final Label detail;
    private final Composite body;
    private final Label message;
    private final TileChart chart;
    private ReportResult result;
    private ReportResult before;
    private List<String> notFiltered = List.of();

    TileView(Composite parent, Dashboards.Tile tile, ReportProvider provider, Actions actions) {
        this.tile = tile;
        this.provider = provider;
        this.actions = actions;
        control = new Composite(parent, SWT.BORDER);
        control.setData(WIDGET, "tile-" + tile.measure() + "-" + tile.by());
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(6, 2).applyTo(control);

        Label title = new Label(control, SWT.NONE);
        title.setText(provider.title() + byText());
        title.setFont(JFaceResources.getBannerFont());
        title.setToolTipText(provider.definition());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label info = new Label(control, SWT.NONE);
        info.setText("\u24d8"); // the circled i: what the figure is
        info.setToolTipText(NLS.bind(Messages.definition, provider.definition()));
        info.setData(WIDGET, "tile-definition");

        figure = new Label(control, SWT.NONE);
        figure.setFont(JFaceResources.getHeaderFont());
        figure.setText(Messages.computing);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(figure);
        detail = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(detail);

        body = new Composite(control, SWT.NONE);
        body.setLayout(new StackLayout());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 170).applyTo(body);
        message = new Label(body, SWT.CENTER | SWT.WRAP);
        show(message);
        chart = new TileChart(body, SeriesType.valueOf(tile.chart().name()), row -> actions.drill(this, row.key() == null ? null : row));

        Menu menu = new Menu(control);
        item(menu, Messages.tile_drill_total, () -> actions.drill(this, null));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.export_csv, () -> actions.export(this, "csv"));
        item(menu, Messages.export_pdf, () -> actions.export(this, "pdf"));
        for (Control each : List.of(control, title, figure, detail, message)) {
            each.setMenu(menu);
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private String byText() {
        return effectiveBy() == null ? "" : NLS.bind(Messages.tile_by, DimensionLabels.inSentence(effectiveBy()));
    }

    /** The breakdown asked of the measure: the tile's, when the measure has that dimension. */
    String effectiveBy() {
        return tile.by() != null && provider.dimensions().contains(tile.by()) ? tile.by() : null;
    }

    Control control() {
        return control;
    }

    Dashboards.Tile tile() {
        return tile;
    }

    ReportProvider provider() {
        return provider;
    }

    /** The result shown, or null before it arrived. */
    ReportResult result() {
        return result;
    }

    /** The figure as the tile shows it (for the tests). */
    String figureText() {
        return figure.getText();
    }

    String detailText() {
        return detail.getText();
    }

    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    Chart chart() {
        return chart.chart();
    }

    List<ReportRow> drawn() {
        return chart.drawn();
    }

    /** Clicks the n-th bar or point as a person would (for the workbench tests). */
    void click(int index) {
        chart.click(index);
    }

    /** Draws the result again in the colours the tile has now (after a theme change). */
    void repaint() {
        if (result != null) {
            show(result, before, notFiltered);
        }
    }

    /** Computing: the frame stays, the figure says so. */
    void computing() {
        result = null;
        figure.setText(Messages.computing);
        detail.setText("");
        message.setText(Messages.computing);
        show(message);
    }

    void problem(String text) {
        figure.setText(Messages.no_figure);
        detail.setText("");
        message.setText(text);
        show(message);
    }

    /**
     * The result arrived, with the period before's when comparing (else null), and the filters
     * chosen that this measure does not have (it is not filtered by them, which the tile says).
     */
    void show(ReportResult current, ReportResult previous, List<String> notFilteredBy) {
        result = current;
        before = previous;
        notFiltered = notFilteredBy;
        FigureColumn main = current.columns().get(0);
        Figure total = current.total().figures().get(0);
        figure.setText(FigureText.of(total, main.unit()));
        detail.setText(TileDetails.of(provider, current, previous, notFilteredBy));
        Optional<Target> target = TileDetails.target(provider, main);
        boolean missed = target.isPresent() && total.hasData() && !target.get().metBy(total.value());
        // the theme's sheets colour a figure by its class, so a missed target stays red after they restyle the tile
        if (missed) {
            Colors.markProblem(figure);
        } else if (figure.getData(CSS_CLASS) != null) {
            // back from red: the text colour the theme gave the tile's other labels (null would be the system's, dark on the dark theme)
            figure.setData(CSS_CLASS, null);
            figure.setForeground(detail.getForeground());
        }
        List<ReportRow> rows = current.rows().isEmpty() ? List.of(labelled(current.total(), Messages.total)) : current.rows();
        if (rows.stream().noneMatch(row -> row.figures().get(0).hasData())) {
            message.setText(Messages.no_data_long);
            show(message);
            chart.nothingToDraw(rows);
            return;
        }
        show(chart.draw(rows, previous == null ? null : aligned(rows, previous), current.query().period(), main, target.orElse(null), control));
        control.layout(true, true);
    }

    private static ReportRow labelled(ReportRow total, String label) {
        return new ReportRow(null, label, total.figures());
    }

    /**
     * The period before's rows in the order of this period's: months by their place (March against
     * February), the other dimensions by their key.
     */
    private List<ReportRow> aligned(List<ReportRow> rows, ReportResult previous) {
        if (previous.rows().isEmpty()) {
            return List.of(labelled(previous.total(), Messages.total));
        }
        if (Dimensions.MONTH.equals(previous.query().by())) {
            return previous.rows();
        }
        Map<String, ReportRow> byKey = previous.rows().stream().filter(r -> r.key() != null)
                .collect(Collectors.toMap(ReportRow::key, Function.identity(), (a, b) -> a));
        return rows.stream().map(row -> byKey.get(row.key())).toList();
    }

    private void show(Control top) {
        ((StackLayout) body.getLayout()).topControl = top;
        body.layout(true, true);
    }

    /** The total's figure in the first column, or null without data (for the tests). */
    BigDecimal totalValue() {
        return result == null ? null : result.total().figures().get(0).value();
    }
}
