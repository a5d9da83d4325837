package org.rapport.security.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.security.model.AuditAction;

/**
 * The audit log: every create, update and delete is recorded by the audit trail in the commit
 * that makes it (no call needed); views of restricted fields and exports are recorded here by the
 * services that show or export them. Entries are never changed or deleted.
 */
public interface AuditLog {

    /**
     * One entry.
     *
     * @param at when it was recorded (the commit's time)
     * @param login who; {@code system:JOB} for a {@link SystemJob}, {@code system:OSUSER} when nobody was signed in
     * @param action what was done
     * @param objectClass the object's class as {@code nsURI#EClass}
     * @param objectId the object's database identity
     * @param feature the feature's name; null for a creation, an object without features, or an export
     * @param oldValue the value before, rendered as text (references {@code EClass#id}, lists
     *        {@code [a, b]}, dates ISO-8601, masked values {@code ***})
     * @param newValue the value after; for a creation (no feature), all the new object's values
     *        as one compact JSON object of feature name to text, e.g.
     *        {@code {"name":"Li Na","region":"East"}}, with those of the new objects it contains
     *        (its parts, created in the same commit: a customer's e-mail addresses and phones),
     *        each named by its path of containment features and positions and its values under
     *        that path, e.g. {@code "emails.0":"EmailAddress#12","emails.0.address":"li@example.cn"}
     *        (parts have no creation entry of their own; a creation whose values do not fit one
     *        entry is recorded per object, then per feature); for an export, what was exported
     * @param commitId the same for every entry of one commit
     */
    record Entry(Instant at, String login, AuditAction action, String objectClass, long objectId, String feature, String oldValue, String newValue,
            String commitId) {

        /** The object as people name it: {@code EClass#id}. */
        public String object() {
            return objectClass.substring(objectClass.lastIndexOf('#') + 1) + "#" + objectId;
        }

        /**
         * For a creation recorded in one entry: the new object's values by feature name, in their
         * order, then each part's ({@code emails.0} its name, {@code emails.0.address} its values);
         * empty otherwise.
         */
        public Optional<Map<String, String>> createdValues() {
            if (feature != null || !org.rapport.security.internal.CreationValues.isValues(newValue)) {
                return Optional.empty();
            }
            try {
                return Optional.of(org.rapport.security.internal.CreationValues.read(newValue));
            } catch (RuntimeException notValues) {
                // an export's or a hand-written text that starts like JSON
                return Optional.empty();
            }
        }
    }

    /**
     * Which entries to read; null parts do not filter.
     *
     * @param since entries recorded at or after this time
     * @param until entries recorded before this time
     * @param login only this user's entries
     * @param objectClass only objects of this class, as {@code nsURI#EClass} or the EClass name
     * @param objectId only the object with this identity
     * @param action only this kind of change
     */
    record Filter(Instant since, Instant until, String login, String objectClass, Long objectId, AuditAction action) {

        /** Any kind of change. */
        public Filter(Instant since, Instant until, String login, String objectClass, Long objectId) {
            this(since, until, login, objectClass, objectId, null);
        }
    }

    /**
     * Records that the signed-in user was shown a restricted field of an object, in a unit of
     * work of its own (the value shown is not recorded).
     */
    void recordView(EObject object, EStructuralFeature feature);

    /**
     * Records that the signed-in user exported these objects, in one unit of work of its own, one
     * entry per object.
     *
     * @param what what was exported and how, e.g. {@code "CSV: name, birthday, income"}
     */
    void recordExport(Collection<? extends EObject> objects, String what);

    /**
     * Records that the signed-in user exported the objects of this class with these database
     * identities, in one unit of work of its own, one entry per object: for an export that
     * records itself only once its file is complete, and keeps identities rather than objects
     * until then.
     */
    void recordExport(EClass eClass, long[] ids, String what);

    /**
     * Records that the signed-in user exported figures computed over records of this class (a
     * report's counts, sums and rates) rather than the records themselves, in one entry of its own
     * whose identity is 0: no single record was exported.
     *
     * @param what which figures, for which period and filters, into which file
     */
    void recordFiguresExport(EClass over, String what);

    /**
     * Entries in the order they were recorded; administrators only.
     *
     * @param first how many matching entries to skip
     * @param max at most this many
     * @throws AccessDeniedException unless an administrator is signed in
     */
    List<Entry> entries(Filter filter, int first, int max);

    /**
     * An entry's record as people know it: what the area that owns the class names it
     * ({@link RecordNames}, e.g. a customer's reference and name, read under the reader's access
     * rules), else the class's name for people and the identity.
     */
    String recordName(String objectClass, long objectId);

    /** The record a person means by a reference they know (a customer's reference), for {@link Filter}; empty if no area knows it. */
    Optional<RecordNames.Record> recordByReference(String reference);
}
