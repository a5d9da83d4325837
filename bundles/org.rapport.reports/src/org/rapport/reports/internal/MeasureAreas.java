package org.rapport.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.reports.api.ReportProvider;
import org.rapport.security.api.SessionUser;

/** The data areas a measure reads, as the models of the features it reads declare them. */
final class MeasureAreas {

    private static final String AREA = "area";

    private MeasureAreas() {
    }

    /** The classes of the features the measure reads that belong to an area, with their area, in a stable order. */
    static Map<EClass, String> classes(ReportProvider measure) {
        Map<EClass, String> classes = new LinkedHashMap<>();
        measure.reads().stream().map(EStructuralFeature::getEContainingClass).distinct().sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(eClass -> area(eClass).ifPresent(area -> classes.put(eClass, area)));
        return classes;
    }

    /** The data area a class's records belong to, as its model declares it (or a supertype's); empty for a class of no area. */
    static Optional<String> area(EClass eClass) {
        List<EClass> classes = new ArrayList<>(List.of(eClass));
        classes.addAll(eClass.getEAllSuperTypes());
        for (EClass declaring : classes) {
            EAnnotation security = declaring.getEAnnotation(SessionUser.MODEL_ANNOTATION);
            if (security != null && security.getDetails().get(AREA) != null) {
                return Optional.of(security.getDetails().get(AREA));
            }
        }
        return Optional.empty();
    }
}
