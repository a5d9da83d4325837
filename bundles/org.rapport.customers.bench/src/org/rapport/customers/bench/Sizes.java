package org.rapport.customers.bench;

/** The benchmark's sizes and seed, from the system properties that this bundle's pom sets. */
final class Sizes {

    static final int CUSTOMERS = Integer.getInteger("rapport.bench.customers", 1_000_000);
    static final int PURCHASES = Integer.getInteger("rapport.bench.purchases", 5_000_000);
    /** Customers of the import measured as the product wires the store (audit trail, access rules); five purchases each. */
    static final int AUDITED = Integer.getInteger("rapport.bench.audited", 20_000);
    static final boolean FULL_AUDITED = Boolean.getBoolean("rapport.bench.fullAudited");
    /**
     * The full-size sides at the same time, each on a thread of its own (no searches): on a shared,
     * loaded machine both then run under the same load, where one after the other they would not.
     */
    static final boolean CONCURRENT = Boolean.getBoolean("rapport.bench.concurrent");
    static final int SEARCHES = Integer.getInteger("rapport.bench.searches", 200);
    static final int WARMUP = Integer.getInteger("rapport.bench.warmup", 50);
    static final long SEED = 20261122L;
    /** The baseline's IDs: far above what the engine's sequence hands out in these runs. */
    static final long FIRST_JDBC_ID = 1_000_000_000L;

    private Sizes() {
    }
}
