package org.rapport.persistence.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Who last stored an object and when, as a change journal recorded it: what a
 * {@link StaleEditException} tells the user whose edit came too late.
 *
 * @param login who stored it
 * @param at when
 */
public record LastChange(String login, Instant at) {

    public LastChange {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(at, "at");
    }
}
