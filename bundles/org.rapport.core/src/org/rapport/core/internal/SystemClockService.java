package org.rapport.core.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Component;
import org.rapport.core.api.ClockService;

/** The production clock: the system clock in the JVM's default zone. */
@Component(service = ClockService.class, property = "service.ranking:Integer=0")
public class SystemClockService implements ClockService {

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Clock clock() {
        return clock;
    }
}
