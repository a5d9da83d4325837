package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.testing.ModelChecks.detail;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.testing.ModelChecks;

/** The loyalty model declares its permissions as the extension guide says the security services read them. */
class SecurityAnnotationsTest {

    private static final LoyaltyPackage P = LoyaltyPackage.eINSTANCE;

    @Test
    void theModelKeepsTheSecurityContract() {
        assertEquals(List.of(), ModelChecks.securityProblems(P, "loyalty"));
    }

    @Test
    void aCustomersPointsBelongToTheCustomersAccountManager() {
        for (var eClass : List.of(P.getLedgerEntry(), P.getDebt(), P.getMembership())) {
            assertEquals("customer.accountManager", detail(eClass, "owner"), eClass.getName());
        }
        // settings and tiers are the programme's, contained classes their container's
        for (var eClass : List.of(P.getProgramme(), P.getTierDefinition(), P.getConsumption(), P.getTierChange())) {
            assertEquals(Set.of("area"), eClass.getEAnnotation(ModelChecks.SECURITY).getDetails().keySet(), eClass.getName());
        }
    }

    @Test
    void theLedgerHoldsNoPersonalData() {
        // points, references and logins only: an erasure of the customer never has to change an append-only entry
        assertEquals(Set.of(), ModelChecks.personalAttributes(P));
        assertEquals(Map.of(), ModelChecks.defaultAccessRules(P));
    }
}
