package org.rapport.security.api;

import java.util.Collection;
import java.util.Map;

/**
 * The names staff know each other by, for views that store a login (a customer's account
 * manager, who logged an interaction): any signed-in user may ask, whatever their role, since a
 * colleague's name is no more than the login already shown. Nothing else of a user is told.
 */
public interface StaffNames {

    /** A user's display name; the login itself when no user has it (a login imported, a user since removed), empty for null. */
    String nameOf(String login);

    /** {@link #nameOf} of several logins in one look-up: every login given, with its name. */
    Map<String, String> namesOf(Collection<String> logins);
}
