package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;

/**
 * A measure the tests contribute as a third party would (a DS-less service registration): the
 * customers the tests seeded (reference {@code RU-}), counted by region in the database through
 * the store and filtered by channel, with the customers behind each region as its drill-down.
 * The dashboards name no such measure: the tests show it on a part of their own tiles.
 */
final class SeededCustomersMeasure implements ReportProvider {

    static final String NAME = "ru-seeded-customers";
    private static final String SEEDED = "RU-%";

    private final Store store;

    SeededCustomersMeasure(Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Seeded customers";
    }

    @Override
    public String definition() {
        return "Customers whose reference starts with RU-";
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(new FigureColumn("customers", FigureColumn.Unit.COUNT));
    }

    @Override
    public String columnLabel(String column) {
        return "Customers";
    }

    @Override
    public Set<String> dimensions() {
        return Set.of(Dimensions.REGION, Dimensions.CHANNEL);
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(CustomersPackage.Literals.CUSTOMER__REGION, CustomersPackage.Literals.CUSTOMER__CHANNEL);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        if (query.by() != null && !Dimensions.REGION.equals(query.by())) {
            throw new ReportException("not by " + query.by());
        }
        String channel = query.filters().get(Dimensions.CHANNEL);
        try (UnitOfWork work = store.begin()) {
            String where = " WHERE c.reference LIKE ?1" + (channel == null ? "" : " AND c.channel = ?2");
            Object[] parameters = channel == null ? new Object[] { SEEDED } : new Object[] { SEEDED, channel };
            List<Number> total = work.query("SELECT COUNT(c) FROM Customer c" + where, parameters);
            List<ReportRow> rows = new ArrayList<>();
            if (query.by() != null) {
                List<Object[]> regions = work.query("SELECT c.region, COUNT(c) FROM Customer c" + where + " GROUP BY c.region ORDER BY c.region", parameters);
                for (Object[] region : regions) {
                    rows.add(new ReportRow((String) region[0], (String) region[0], List.of(Figure.count(((Number) region[1]).longValue()))));
                }
            }
            return new ReportResult(NAME, query, columns(), new ReportRow(null, null, List.of(Figure.count(total.get(0).longValue()))), rows);
        }
    }

    @Override
    public Optional<DrillDown> drillDown(ReportQuery query, String rowKey) {
        String channel = query.filters().get(Dimensions.CHANNEL);
        try (UnitOfWork work = store.begin()) {
            StringBuilder jpql = new StringBuilder("SELECT c.persistentId FROM Customer c WHERE c.reference LIKE ?1");
            List<Object> parameters = new ArrayList<>(List.of(SEEDED));
            if (rowKey != null) {
                parameters.add(rowKey);
                jpql.append(" AND c.region = ?").append(parameters.size());
            }
            if (channel != null) {
                parameters.add(channel);
                jpql.append(" AND c.channel = ?").append(parameters.size());
            }
            List<Number> ids = work.page(jpql.append(" ORDER BY c.persistentId").toString(), 0, DrillDown.LIMIT, parameters.toArray());
            return Optional.of(new DrillDown(DrillDown.Kind.CUSTOMERS, ids.stream().map(Number::longValue).toList(), ids.size(),
                    "Seeded customers in " + (rowKey == null ? "every region" : rowKey)));
        }
    }
}
