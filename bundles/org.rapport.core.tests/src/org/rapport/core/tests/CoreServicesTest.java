package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.ProductInfo;
import org.rapport.core.api.RapportHome;
import org.rapport.testing.Services;

/** The core services as other bundles see them: DS components in a running framework. */
class CoreServicesTest {

    private static final Bundle CORE = FrameworkUtil.getBundle(ClockService.class);

    private static <T> T service(Class<T> type) {
        return Services.await(type);
    }

    private static BundleContext context() {
        return Services.contextOf(ClockService.class);
    }

    @Test
    void systemClockTellsTheCurrentTime() {
        ClockService clock = service(ClockService.class);
        Instant before = Instant.now();
        Instant now = clock.now();
        Instant after = Instant.now();
        assertTrue(!now.isBefore(before.minusMillis(5)) && !now.isAfter(after.plusMillis(5)), () -> now + " not within " + before + ".." + after);
        assertEquals(ZoneId.systemDefault(), clock.zone());
    }

    @Test
    void aHigherRankedClockReplacesTheSystemClock() {
        service(ClockService.class);
        Clock fixed = Clock.fixed(Instant.parse("2026-02-28T23:30:00Z"), ZoneId.of("Asia/Shanghai"));
        ClockService testClock = () -> fixed;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("service.ranking", 100);
        ServiceRegistration<ClockService> registration = context().registerService(ClockService.class, testClock, properties);
        try {
            ServiceReference<ClockService> best = context().getServiceReference(ClockService.class);
            ClockService chosen = context().getService(best);
            assertSame(testClock, chosen);
            // the business day follows the clock's zone: 23:30 UTC is already March 1st in Shanghai
            assertEquals(LocalDate.of(2026, 3, 1), chosen.today());
            context().ungetService(best);
        } finally {
            registration.unregister();
        }
        assertTrue(context().getService(context().getServiceReference(ClockService.class)) != testClock);
    }

    @Test
    void productInfoFallsBackToTheCoreBundleOutsideAProduct() {
        ProductInfo product = service(ProductInfo.class);
        assertEquals("Rapport", product.name());
        assertEquals(CORE.getVersion(), product.version());
        assertEquals("Rapport " + CORE.getVersion(), product.nameAndVersion());
    }

    @Test
    void homeIsAnAbsolutePath() {
        RapportHome home = service(RapportHome.class);
        assertTrue(home.path().isAbsolute());
        assertEquals(home.path().resolve("db"), home.resolve("db"));
    }
}
