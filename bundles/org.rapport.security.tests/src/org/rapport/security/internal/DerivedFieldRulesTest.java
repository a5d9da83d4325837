package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * A feature kept from another ({@code derivedFrom}, like the customers' lower-case name key) obeys
 * its source's field rules: a role that may not see the name may neither read nor search by the
 * key, and a rule of its own is never loosened by the source's.
 */
class DerivedFieldRulesTest {

    private static final EcoreFactory E = EcoreFactory.eINSTANCE;

    /** A class of the customers area with {@code name}, {@code nameKey} (derived from the name) and {@code region}. */
    private static EClass person() {
        EPackage model = E.createEPackage();
        model.setName("derived");
        model.setNsURI("urn:rapport:test:derived");
        EClass person = E.createEClass();
        person.setName("Person");
        EcoreUtil.setAnnotation(person, ModelAccess.SOURCE, "area", TestArea.CUSTOMERS.id());
        for (String name : List.of("name", "nameKey", "region")) {
            EAttribute attribute = E.createEAttribute();
            attribute.setName(name);
            attribute.setEType(EcorePackage.Literals.ESTRING);
            person.getEStructuralFeatures().add(attribute);
        }
        EcoreUtil.setAnnotation(person.getEStructuralFeature("nameKey"), ModelAccess.SOURCE, "derivedFrom", "name");
        model.getEClassifiers().add(person);
        return person;
    }

    private static SessionUser user(Map<String, FieldAccess> rules) {
        return new SessionUser("ann", "Ann", Set.of("agent"), List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL)), rules);
    }

    private static EAttribute attribute(EClass eClass, String name) {
        return (EAttribute) eClass.getEStructuralFeature(name);
    }

    @Test
    void theKeyFollowsTheNamesRule() {
        EClass person = person();
        String name = SessionUser.featureKey(person.getEStructuralFeature("name"));
        String key = SessionUser.featureKey(person.getEStructuralFeature("nameKey"));
        assertEquals(Optional.of(FieldAccess.HIDDEN), user(Map.of(name, FieldAccess.HIDDEN)).fieldAccess(person.getEStructuralFeature("nameKey")));
        assertEquals(Optional.of(FieldAccess.READ_ONLY), user(Map.of(name, FieldAccess.READ_ONLY)).fieldAccess(person.getEStructuralFeature("nameKey")));
        assertEquals(Optional.empty(), user(Map.of()).fieldAccess(person.getEStructuralFeature("nameKey")));
        // the stricter of its own rule and the source's
        assertEquals(Optional.of(FieldAccess.HIDDEN),
                user(Map.of(name, FieldAccess.READ_ONLY, key, FieldAccess.HIDDEN)).fieldAccess(person.getEStructuralFeature("nameKey")));
        assertEquals(Optional.of(FieldAccess.HIDDEN),
                user(Map.of(name, FieldAccess.HIDDEN, key, FieldAccess.READ_ONLY)).fieldAccess(person.getEStructuralFeature("nameKey")));
        // and never the other way round: the name does not follow its key
        assertEquals(Optional.empty(), user(Map.of(key, FieldAccess.HIDDEN)).fieldAccess(person.getEStructuralFeature("name")));
        assertEquals(Optional.empty(), user(Map.of(name, FieldAccess.HIDDEN)).fieldAccess(person.getEStructuralFeature("region")));
    }

    @Test
    void theStoreNeitherShowsNorSearchesByTheKeyOfAHiddenName() {
        EClass person = person();
        UserRules rules = new UserRules(user(Map.of(SessionUser.featureKey(person.getEStructuralFeature("name")), FieldAccess.HIDDEN)));
        assertTrue(rules.masks(person, attribute(person, "nameKey")), "the key is masked in what the store reads");
        assertFalse(rules.masks(person, attribute(person, "region")));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> rules.checkQuery(new QueryUse("SELECT p FROM Person p WHERE p.nameKey LIKE ?1", Set.of(person), Set.of(attribute(person, "nameKey")))));
        assertTrue(refused.getMessage().contains("Person.nameKey"), refused.getMessage());
        rules.checkQuery(new QueryUse("SELECT p FROM Person p WHERE p.region = ?1", Set.of(person), Set.of(attribute(person, "region"))));
    }
}
