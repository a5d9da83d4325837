package org.rapport.customers.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.customers.ui.api.CustomerTab;

/** What other bundles add to the profile, as they come and go: tabs and header facts. The editor asks when it opens. */
@Component(service = ProfileContributions.class)
public class ProfileContributions {

    private final List<CustomerTab> tabs = new CopyOnWriteArrayList<>();
    private final List<CustomerHeaderFact> facts = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTab(CustomerTab tab) {
        tabs.add(tab);
    }

    void removeTab(CustomerTab tab) {
        tabs.remove(tab);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFact(CustomerHeaderFact fact) {
        facts.add(fact);
    }

    void removeFact(CustomerHeaderFact fact) {
        facts.remove(fact);
    }

    /** The tabs by their order, then their label. */
    public List<CustomerTab> tabs() {
        return tabs.stream().sorted(Comparator.comparingInt(CustomerTab::order).thenComparing(CustomerTab::label)).toList();
    }

    /** The header facts by their order, then their label. */
    public List<CustomerHeaderFact> facts() {
        return facts.stream().sorted(Comparator.comparingInt(CustomerHeaderFact::order).thenComparing(CustomerHeaderFact::label)).toList();
    }
}
