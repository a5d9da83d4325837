package org.rapport.loyalty.ui.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyOverview;
import org.rapport.loyalty.api.LoyaltyOverview.Month;
import org.rapport.loyalty.api.LoyaltyOverview.Overview;
import org.rapport.loyalty.api.LoyaltyOverview.TierCount;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable.Column;

/** The loyalty overview of the Sales and Management perspectives: members per tier, points per month over the last 12 months. */
public class OverviewPart {

    private static final int MONTHS = 12;
    /** "Dec 2026", "2026年12月". */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern(Messages.month_pattern);

    @Inject
    private LoyaltyOverview overview;
    @Inject
    private ClockService clock;

    private final Background background = new Background("Rapport loyalty overview");
    private Label problem;
    private Table members;
    private Table months;
    private final List<Column<TierCount>> memberColumns = List.of(new Column<>(Messages.column_tier, 140, TierCount::tier),
            new Column<>(Messages.column_members, 100, t -> Formats.count(t.members())));
    private final List<Column<Month>> monthColumns = List.of(new Column<>(Messages.column_month, 120, m -> MONTH.format(m.month())),
            new Column<>(Messages.column_issued, 100, m -> Formats.count(m.issued())),
            new Column<>(Messages.column_redeemed, 100, m -> Formats.count(m.redeemed())),
            new Column<>(Messages.column_expired, 100, m -> Formats.count(m.expired())));
    private int reads;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(top);
        Label heading = new Label(top, SWT.NONE);
        heading.setText(Messages.overview_heading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
        Button refresh = new Button(top, SWT.PUSH);
        refresh.setText(Messages.overview_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        problem = new Label(parent, SWT.WRAP);
        Colors.markProblem(problem);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        Labels.showOrHide(problem, "");
        members = Tables.create(parent, memberColumns);
        GridDataFactory.fillDefaults().grab(false, true).hint(260, SWT.DEFAULT).applyTo(members);
        months = Tables.create(parent, monthColumns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(months);
        parent.setData(OverviewPart.class.getName(), this);
        refresh();
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    void refresh() {
        int mine = ++reads;
        YearMonth to = YearMonth.from(clock.today());
        background.run(members, () -> overview.overview(to.minusMonths(MONTHS - 1L), to), read -> {
            if (mine == reads) {
                show(read);
            }
        }, failure -> {
            if (mine == reads) {
                Labels.showOrHide(problem, NLS.bind(Messages.overview_failed, failure.getMessage()));
            }
        });
    }

    private void show(Overview read) {
        Labels.showOrHide(problem, "");
        Tables.fill(members, read.members(), memberColumns);
        // newest month first, as the other histories
        List<Month> newestFirst = new java.util.ArrayList<>(read.months());
        java.util.Collections.reverse(newestFirst);
        Tables.fill(months, newestFirst, monthColumns);
    }

    /** Ledger entries or memberships were committed somewhere: the counts may have changed. */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) org.osgi.service.event.Event event) {
        if (members != null && !members.isDisposed() && event.getProperty(CommitEvents.CLASSES) instanceof String[] classes && LoyaltyTab.touchesLoyalty(classes)) {
            refresh();
        }
    }

    // for the workbench tests

    Table members() {
        return members;
    }

    Table months() {
        return months;
    }
}
