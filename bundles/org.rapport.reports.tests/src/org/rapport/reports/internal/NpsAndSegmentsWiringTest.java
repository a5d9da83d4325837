package org.rapport.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.reports.api.ReportProvider;
import org.rapport.testing.Services;

/** {@code nps} and {@code segment-sizes} reach the runtime through DS, with their definitions in the shipped language files. */
class NpsAndSegmentsWiringTest {

    @Test
    void bothMeasuresAreRegisteredWithTheirDefinitions() {
        Map<String, String> components = Map.of("nps", "org.rapport.reports.internal.complaints.Nps", "segment-sizes",
                "org.rapport.reports.internal.customers.SegmentSizes");
        components.forEach((name, component) -> {
            ReportProvider provider = Services.await(ReportProvider.class, "(component.name=" + component + ")");
            assertEquals(name, provider.name());
            assertTrue(provider.definition().length() > 200, provider.definition());
        });
        ReportProvider nps = Services.await(ReportProvider.class, "(component.name=org.rapport.reports.internal.complaints.Nps)");
        assertTrue(nps.definition().contains("promoters (9 or 10) minus the percentage of detractors (0 to 6)"), nps.definition());
        assertEquals("Detractors (0-6)", nps.columnLabel("detractors"));
    }
}
