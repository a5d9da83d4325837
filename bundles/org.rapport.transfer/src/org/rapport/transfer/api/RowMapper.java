package org.rapport.transfer.api;

import java.util.List;

/**
 * One import kind, registered by its area as a DS service: which columns a file of this kind has,
 * and, for each run, how a row becomes a value (or problems) and how a batch of values is stored.
 * The {@link TransferImport} runner does the rest: the file's checks (UTF-8, quoting, SHA-256), the
 * column mapping, batches committed with the run's last line, the reports, progress, cancel and
 * resume.
 */
public interface RowMapper {

    /** The kind's id, as the command line and the run records name it: {@code customers}, {@code purchases}. Never changes. */
    String id();

    /** The kind's name in the current locale (from the area's message bundle: English and Simplified Chinese). */
    String label();

    /** The columns a file must have, in the order an export writes them. */
    List<String> requiredColumns();

    /** The columns a file may have besides the required ones. */
    List<String> optionalColumns();

    /**
     * A column's name for people, in the current locale: the import wizard shows it beside the
     * column's own name. The column itself by default.
     */
    default String columnLabel(String column) {
        return column;
    }

    /**
     * The {@link ImportOptions#flags() flags} of this kind that a person may set: the import
     * wizard offers a check box for each, unchecked. None by default.
     */
    default List<ImportSwitch> switches() {
        return List.of();
    }

    /** The area whose permissions the stored records belong to, e.g. {@code customers}. */
    String area();

    /**
     * Whether a mapping key that names no column is the mapper's own (e.g. {@code channel.Tmall}
     * for a value mapping); the runner refuses other unknown keys.
     */
    default boolean ownsMappingKey(String key) {
        return false;
    }

    /**
     * Checks the options before a run is recorded (a bad value mapping is refused without leaving
     * an unfinished run behind).
     *
     * @throws ImportException if the options do not suit this kind
     */
    default void check(ImportOptions options) {
    }

    /**
     * Starts mapping one run (per-run state such as the value mappings lives in what it returns).
     */
    MappedRun<?> start(ImportContext context);
}
