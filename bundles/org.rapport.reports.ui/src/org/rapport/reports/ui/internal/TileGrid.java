package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.reports.api.ReportProvider;

/**
 * The dashboard's tiles, {@value #COLUMNS} to a row in the dashboard's order, in a pane that
 * scrolls when they do not fit (a small window scrolls sideways too, rather than squeeze a chart
 * below what it can be read at), and what is in view of them.
 */
final class TileGrid {

    /** Tiles to a row, whatever the window's width: the first row holds one tile of each of a dashboard's first themes. */
    static final int COLUMNS = 3;
    /** A tile's least width and its height, in pixels. */
    private static final int TILE_WIDTH = 260;
    private static final int TILE_HEIGHT = 300;
    private static final int SPACING = 8;
    /** The least height of the pane: a row of tiles' charts (the dashboard scrolls down to it in a short part). */
    static final int LEAST_HEIGHT = 240;

    private final ScrolledComposite scroller;
    private final Composite grid;
    private final Label empty;
    private final List<TileView> tiles = new ArrayList<>();

    TileGrid(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // a hint, not the size: the pane takes the height there is, and this much in a short part
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, LEAST_HEIGHT).applyTo(scroller);
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(COLUMNS).equalWidth(true).spacing(SPACING, SPACING).applyTo(grid);
        scroller.setContent(grid);
        empty = new Label(grid, SWT.WRAP);
        GridDataFactory.fillDefaults().span(COLUMNS, 1).grab(true, false).applyTo(empty);
    }

    /**
     * Makes a tile for each of the dashboard's tiles whose measure is offered, in the dashboard's
     * order, in place of those there were; {@code none} says why there is none.
     */
    List<TileView> make(List<Dashboards.Tile> wanted, Map<String, ReportProvider> offered, TileView.Actions actions, String none) {
        tiles.forEach(tile -> tile.control().dispose());
        tiles.clear();
        for (Dashboards.Tile tile : wanted) {
            ReportProvider provider = offered.get(tile.measure());
            if (provider != null) {
                TileView view = new TileView(grid, tile, provider, actions);
                GridDataFactory.fillDefaults().grab(true, true).hint(TILE_WIDTH, TILE_HEIGHT).applyTo(view.control());
                tiles.add(view);
            }
        }
        empty.setText(tiles.isEmpty() ? none : "");
        ((GridData) empty.getLayoutData()).exclude = !tiles.isEmpty();
        empty.setVisible(tiles.isEmpty());
        scroller.setMinSize(grid.computeSize(COLUMNS * (TILE_WIDTH + SPACING + 2), SWT.DEFAULT));
        scroller.layout(true, true);
        return tiles;
    }

    List<TileView> tiles() {
        return tiles;
    }

    String emptyText() {
        return empty.getText();
    }

    /**
     * Whether some of the tile shows in the pane now. Before the pane was first laid out (the
     * dashboard opening) nothing is known yet: the first row is what will show first.
     */
    boolean inView(TileView tile) {
        Rectangle pane = scroller.getClientArea();
        if (pane.isEmpty() || grid.getSize().x == 0) {
            return tiles.indexOf(tile) < COLUMNS;
        }
        Point origin = scroller.getOrigin();
        return new Rectangle(origin.x, origin.y, pane.width, pane.height).intersects(tile.control().getBounds());
    }

    /** Scrolls the pane so the tile's top left shows (for the workbench tests, as a person would with the scroll bars). */
    void scrollTo(TileView tile) {
        Rectangle bounds = tile.control().getBounds();
        scroller.setOrigin(bounds.x, bounds.y);
    }

    /** The pane that scrolls (for the workbench tests). */
    ScrolledComposite pane() {
        return scroller;
    }

    /** Back to the first row. */
    void scrollToTop() {
        scroller.setOrigin(0, 0);
    }
}
