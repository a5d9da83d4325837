package org.rapport.complaints.internal;

import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ServicePolicy;
import org.rapport.complaints.model.Severity;

/**
 * The service levels of DOMAIN.md section 4, used on the 24x7 calendar where no policy is stored:
 * urgent acknowledged within 10 min; general acknowledged within 30 min with a first solution
 * within 2 h; an inquiry answered within 1 h; everything resolved within 48 h.
 */
final class DefaultPolicies {

    private DefaultPolicies() {
    }

    static ServicePolicy of(Severity severity) {
        ServicePolicy policy = ComplaintsFactory.eINSTANCE.createServicePolicy();
        policy.setSeverity(severity);
        switch (severity) {
            case URGENT -> policy.setAcknowledgeMinutes(10);
            case GENERAL -> {
                policy.setAcknowledgeMinutes(30);
                policy.setSolutionMinutes(120);
            }
            case INQUIRY -> {
                policy.setAcknowledgeMinutes(60);
                policy.setSolutionMinutes(60);
            }
        }
        policy.setResolveMinutes(48 * 60);
        return policy;
    }
}
