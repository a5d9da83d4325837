package org.rapport.core.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The source of the current time for every rule in Rapport.
 * <p>
 * Service levels, escalations, care-task schedules and segment windows all read the time here
 * rather than from {@link System#currentTimeMillis()}, so that tests and simulations can register
 * a service with a higher {@code service.ranking} that returns a fixed or accelerated time.
 */
public interface ClockService {

    /** The clock behind this service; its zone is the zone business days are counted in. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default ZoneId zone() {
        return clock().getZone();
    }

    default ZonedDateTime nowInZone() {
        return ZonedDateTime.now(clock());
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
