package org.rapport.persistence.internal;

import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseUnreachableException;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.StoreException;

/** Turns EclipseLink's and the drivers' exceptions into the store's own, with readable messages. */
final class ErrorTranslation {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ErrorTranslation() {
    }

    static RuntimeException translate(RuntimeException failure, EclipseLinkStore store) {
        if (failure instanceof StoreException) {
            return failure;
        }
        OptimisticLockException stale = find(failure, OptimisticLockException.class);
        if (stale != null) {
            EObject object = staleObject(stale);
            return object == null ? new StaleEditException(Messages.store_stale_unknown, object, failure) : stale(object, failure, store);
        }
        SQLException sql = meaningful(find(failure, SQLException.class));
        String state = sql == null ? null : sql.getSQLState();
        if (sql == null && !(failure instanceof org.eclipse.persistence.exceptions.EclipseLinkException)) {
            return failure; // a programming error, not the database's: keep it as it is
        }
        if (state != null && state.startsWith("23")) {
            EStructuralFeature feature = featureNamedIn(sql.getMessage(), store);
            String message = feature == null ? NLS.bind(Messages.store_constraint_unknown, sql.getMessage())
                    : NLS.bind(Messages.store_constraint, feature.getEContainingClass().getName() + "." + feature.getName(), sql.getMessage());
            return new ConstraintViolationException(message, feature, failure);
        }
        if (state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("XJ040") || state.equals("XJ004"))) {
            return new DatabaseUnreachableException(NLS.bind(Messages.store_unreachable, store.settings().url(), sql.getMessage()), failure);
        }
        return new StoreException(NLS.bind(Messages.store_failed, sql != null ? sql.getMessage() : String.valueOf(failure.getMessage())), failure);
    }

    /**
     * The exception that says what went wrong: a failed JDBC batch reports a generic error and
     * chains the statement's own (a duplicate key, say) behind it.
     */
    private static SQLException meaningful(SQLException first) {
        for (SQLException e = first; e != null; e = e.getNextException()) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException candidate && candidate.getSQLState() != null
                        && (candidate.getSQLState().startsWith("23") || candidate.getSQLState().startsWith("08"))) {
                    return candidate;
                }
            }
        }
        return first;
    }

    /** The first known column or index named in a database message (Derby names indexes, PostgreSQL columns). */
    private static EStructuralFeature featureNamedIn(String message, EclipseLinkStore store) {
        if (message == null) {
            return null;
        }
        Matcher words = IDENTIFIER.matcher(message);
        while (words.find()) {
            EStructuralFeature feature = store.featureFor(words.group().toUpperCase(Locale.ROOT));
            if (feature != null && (words.group().startsWith("UX_") || words.group().startsWith("IX_") || isColumnMention(message, words))) {
                return feature;
            }
        }
        return null;
    }

    /** A column is taken from the message only where the message quotes it or names it as a key. */
    private static boolean isColumnMention(String message, Matcher word) {
        int before = word.start() - 1;
        char quote = before >= 0 ? message.charAt(before) : ' ';
        return quote == '\'' || quote == '"' || quote == '(';
    }

    /** Minutes are what a person compares with their own memory of the day; seconds would only be noise. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The stale edit of this object, naming who stored it meanwhile and when if a change journal knows. */
    static StaleEditException stale(EObject object, Throwable cause, EclipseLinkStore store) {
        Optional<LastChange> last = store.lastChange(object);
        String message = last.map(change -> NLS.bind(Messages.store_stale_by, new Object[] { describe(object), change.login(),
                WHEN.format(change.at().atZone(ZoneId.systemDefault())) })).orElseGet(() -> NLS.bind(Messages.store_stale, describe(object)));
        return new StaleEditException(message, object, last.orElse(null), cause);
    }

    /** The stale object; with batch writing EclipseLink may not know which one it was. */
    private static EObject staleObject(OptimisticLockException stale) {
        try {
            return stale.getObject() instanceof EObject e ? e : null;
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String describe(EObject object) {
        if (object == null) {
            return "?";
        }
        return object.eClass().getName() + (object instanceof org.rapport.persistence.api.PersistentObject p ? " #" + p.persistentId() : "");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof DatabaseException database && type.isInstance(database.getInternalException())) {
                return type.cast(database.getInternalException());
            }
        }
        return null;
    }
}
