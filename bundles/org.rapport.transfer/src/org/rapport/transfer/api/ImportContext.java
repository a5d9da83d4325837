package org.rapport.transfer.api;

import java.util.Set;

import org.rapport.security.api.SessionUser;

/**
 * What a mapper knows of the run it maps.
 *
 * @param importId the run's id, e.g. for records that name the import that stored them
 * @param user who imports
 * @param options the options the run was started with (mapping keys the mapper owns, flags)
 * @param columns the kind's columns that the file has
 */
public record ImportContext(String importId, SessionUser user, ImportOptions options, Set<String> columns) {

    public ImportContext {
        columns = Set.copyOf(columns);
    }
}
