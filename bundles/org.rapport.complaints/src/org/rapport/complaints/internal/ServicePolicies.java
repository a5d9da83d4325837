package org.rapport.complaints.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.Policy;
import org.rapport.complaints.model.ServicePolicy;
import org.rapport.complaints.model.Severity;

/** Stored policies as the administration lists them, with the shipped one standing in where a severity has none. */
final class ServicePolicies {

    private static final Comparator<Policy> ORDER = Comparator.comparing(Policy::severity)
            .thenComparing(Policy::tier, Comparator.nullsFirst(Comparator.comparing(String::toLowerCase)));

    private ServicePolicies() {
    }

    static List<Policy> list(List<ServicePolicy> stored) {
        List<Policy> policies = new ArrayList<>();
        for (ServicePolicy policy : stored) {
            policies.add(policy(policy, false));
        }
        for (Severity severity : Severity.values()) {
            if (policies.stream().noneMatch(p -> p.severity() == severity && p.tier() == null)) {
                policies.add(policy(DefaultPolicies.of(severity), true));
            }
        }
        policies.sort(ORDER);
        return policies;
    }

    private static Policy policy(ServicePolicy policy, boolean shipped) {
        return new Policy(policy.getSeverity(), policy.getTier(),
                policy.getCalendar() == null ? Complaints.ALWAYS_OPEN : policy.getCalendar().getName(),
                Duration.ofMinutes(policy.getAcknowledgeMinutes()),
                policy.getSolutionMinutes() == null ? null : Duration.ofMinutes(policy.getSolutionMinutes()),
                Duration.ofMinutes(policy.getResolveMinutes()), shipped);
    }
}
