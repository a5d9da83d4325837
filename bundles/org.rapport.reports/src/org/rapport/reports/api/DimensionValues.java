package org.rapport.reports.api;

import java.util.List;
import java.util.Optional;

/**
 * The values one dimension has, for filters that name them as people do: a channel by its label
 * or a usual spelling, a category by its name in either language, a tier in any case. A DS
 * service; the reports service resolves each {@code --filter DIMENSION=VALUE} (and a dashboard's
 * filter) through the one for its dimension before a measure runs, and refuses a name nothing has,
 * listing {@link #known()}, instead of answering "no data". A dimension without one (region, tag:
 * free text) is filtered by the value as given.
 */
public interface DimensionValues {

    /** The dimension, one of {@link Dimensions}' names or an extension's own. */
    String dimension();

    /**
     * The stored value a name stands for: the value itself, or its label or another spelling
     * people use; empty when nothing has that name. Never called with an empty name (the filter for
     * "none").
     */
    Optional<String> stored(String name);

    /** The values there are, each as people would recognise it (for example {@code web-shop (Web shop)}), for a refusal's message. */
    List<String> known();
}
