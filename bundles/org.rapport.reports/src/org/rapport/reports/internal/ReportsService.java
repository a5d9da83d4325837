package org.rapport.reports.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.customers.api.Channels;
import org.rapport.reports.api.DimensionValues;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.Reports;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;

/**
 * {@link Reports} over every {@link ReportProvider} service, which come and go with their
 * bundles. A measure is offered to the signed-in user only when every feature it reads is one they
 * may read: its class's area granted for reading and the field not hidden from them; so a
 * measure is left out rather than offered and then refused, and its title does not appear in a
 * list of someone who may not see what it counts.
 */
@Component(service = Reports.class)
public class ReportsService implements Reports {

    private final List<ReportProvider> providers = new CopyOnWriteArrayList<>();
    private final List<DimensionValues> values = new CopyOnWriteArrayList<>();

    @Reference
    private CurrentUser currentUser;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Channels channels;

    /** For DS. */
    public ReportsService() {
    }

    /** For tests: these measures, for the user signed in to {@code currentUser}. */
    public ReportsService(CurrentUser currentUser, List<ReportProvider> measures) {
        this(currentUser, measures, null);
    }

    /** For tests: these measures, for the user signed in to {@code currentUser}, with the channels' labels. */
    public ReportsService(CurrentUser currentUser, List<ReportProvider> measures, Channels channels) {
        this(currentUser, measures, channels, List.of());
    }

    /** For tests: as above, the filters' names resolved by these dimensions' values. */
    public ReportsService(CurrentUser currentUser, List<ReportProvider> measures, Channels channels, List<DimensionValues> dimensionValues) {
        this.currentUser = currentUser;
        this.channels = channels;
        providers.addAll(measures);
        values.addAll(dimensionValues);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValues(DimensionValues dimension) {
        values.add(dimension);
    }

    void removeValues(DimensionValues dimension) {
        values.remove(dimension);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ReportProvider provider) {
        providers.add(provider);
    }

    void removeProvider(ReportProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<ReportProvider> available() {
        SessionUser user = currentUser.require();
        Collator byTitle = Collator.getInstance(Locale.getDefault());
        List<ReportProvider> offered = new ArrayList<>();
        for (ReportProvider provider : providers) {
            if (offered(provider, user)) {
                offered.add(provider);
            }
        }
        offered.sort(Comparator.comparing(ReportProvider::title, byTitle).thenComparing(ReportProvider::name));
        return offered;
    }

    @Override
    public Optional<ReportProvider> find(String name) {
        return available().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public ReportResult run(String name, ReportQuery query, ReportProgress progress) {
        return run(name, query, null, progress);
    }

    @Override
    public ReportResult run(String name, ReportQuery query, ReportResult earlier, ReportProgress progress) {
        List<ReportProvider> offered = available();
        ReportProvider provider = offered.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new ReportException(NLS.bind(Messages.reports_unknown, name, names(offered))));
        DimensionCheck.check(provider, query);
        ReportQuery asked = FilterValues.resolved(query, values);
        ReportResult result = earlier != null && sameTotal(name, asked, earlier) ? provider.compute(asked, earlier.total(), progress)
                : provider.compute(asked, progress);
        return ChannelLabels.labelled(result, channels);
    }

    /** Whether the earlier result's total is this query's: same measure, period and filters (the breakdown may differ). */
    static boolean sameTotal(String name, ReportQuery query, ReportResult earlier) {
        return earlier.report().equals(name) && earlier.query().period().equals(query.period()) && earlier.query().filters().equals(query.filters());
    }

    /** Whether the user may read every feature the measure reads. */
    static boolean offered(ReportProvider provider, SessionUser user) {
        for (EStructuralFeature feature : provider.reads()) {
            Optional<String> area = MeasureAreas.area(feature.getEContainingClass());
            if (area.isPresent() && !user.may(area.get(), Action.READ)) {
                return false;
            }
            if (user.fieldAccess(feature).orElse(null) == FieldAccess.HIDDEN) {
                return false;
            }
        }
        return true;
    }

    private static String names(List<ReportProvider> offered) {
        return offered.isEmpty() ? Messages.reports_none : String.join(", ", offered.stream().map(ReportProvider::name).toList());
    }
}
