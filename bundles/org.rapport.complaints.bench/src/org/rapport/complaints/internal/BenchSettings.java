package org.rapport.complaints.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.rapport.core.api.ClockService;

/** The complaints benchmark's sizes, moment and fixed values, shared by its sides and its rows. */
final class BenchSettings {

    static final int OPEN = Integer.getInteger("rapport.bench.open", 100_000);
    static final int ALL = Integer.getInteger("rapport.bench.complaints", 1_000_000);
    static final int GAP_MINUTES = Integer.getInteger("rapport.bench.gap.minutes", 60);
    static final int RUNS = Integer.getInteger("rapport.bench.runs", 5);
    static final long SEED = 20261207L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final ClockService CLOCK = () -> Clock.fixed(NOW, ZONE);
    /** Ids of the written rows start here, so the store's sequence never meets them. */
    static final long FIRST_ID = 1_000_000_000L;
    static final String LOGIN = "mo";
    static final int CATEGORIES = 12;
    /** Complaints per transaction of the plain-SQL tick, as the service's. */
    static final int TICK_BATCH = 200;

    private BenchSettings() {
    }

    /** A moment as the store keeps it: a TIMESTAMP in UTC. */
    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
