package org.rapport.customers.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.customers.ui.api.CustomerTab;

/** Every registered profile tab, in order; the editor asks when it opens. */
@Component(service = CustomerTabs.class)
public class CustomerTabs {

    private final List<CustomerTab> tabs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTab(CustomerTab tab) {
        tabs.add(tab);
    }

    void removeTab(CustomerTab tab) {
        tabs.remove(tab);
    }

    /** The tabs by their order, then their label. */
    public List<CustomerTab> inOrder() {
        return tabs.stream().sorted(Comparator.comparingInt(CustomerTab::order).thenComparing(CustomerTab::label)).toList();
    }
}
