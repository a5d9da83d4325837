package org.rapport.complaints.ui.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Formats;

/**
 * The customer's open complaints in the profile header, with how many are overdue; nothing for a
 * role that may not read complaints (the count itself would tell what they may not read).
 */
@Component(service = CustomerHeaderFact.class)
public class OpenComplaintsFact implements CustomerHeaderFact {

    @Reference
    private ComplaintQueue queue;
    @Reference
    private CurrentUser user;

    @Override
    public String label() {
        return Messages.fact_open_complaints;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public Optional<String> value(long customerId) {
        if (!ComplaintsTab.may(user, Action.READ)) {
            return Optional.empty();
        }
        long open = queue.count(new Filter(Lifecycle.OPEN, null, null, null, false, customerId));
        long overdue = open == 0 ? 0 : queue.count(new Filter(Lifecycle.OPEN, null, null, null, true, customerId));
        return Optional.of(overdue > 0 ? NLS.bind(Messages.fact_open_overdue, Formats.count(open), Formats.count(overdue)) : Formats.count(open));
    }
}
