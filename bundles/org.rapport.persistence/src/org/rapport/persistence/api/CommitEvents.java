package org.rapport.persistence.api;

import org.eclipse.emf.ecore.EClass;

/**
 * The OSGi events (EventAdmin) the store posts after every successful commit, so that any list,
 * header or count can refresh itself without a topic of its own. They are posted asynchronously
 * ({@code postEvent}) once the transaction is committed; a commit that fails or is rolled back
 * posts nothing, and a commit that changed nothing posts nothing.
 * <p>
 * Events carry identities and class names only, never values: a subscriber re-reads what it
 * shows through a unit of work of its own, under its user's access rules.
 * <ul>
 * <li>{@value #TOPIC}: one event per commit, naming every class it touched:
 * {@value #CLASSES} ({@code String[]} of {@code nsURI#EClassName}) and, per kind,
 * {@value #CREATED}, {@value #UPDATED}, {@value #DELETED}
 * ({@code Map<String, long[]>} from {@code nsURI#EClassName} to the identities, only classes
 * with objects of that kind).</li>
 * <li>{@code org/rapport/store/commit/<EPackage name>/<EClass name>} ({@link #topic(EClass)}): one
 * event per class a commit touched, with {@value #NS_URI}, {@value #ECLASS} and the
 * {@code long[]} identities {@value #CREATED}, {@value #UPDATED} and {@value #DELETED} (empty
 * arrays when none). Objects count under their own class, not under its supertypes. Subscribe
 * to {@code org/rapport/store/commit/customers/*} for a whole package.</li>
 * </ul>
 * Every event of one commit carries the same {@value #COMMIT} (a number, unique in the process).
 * An e4 part subscribes with {@code @Inject @Optional void changed(@UIEventTopic(CommitEvents.TOPIC) Event event)};
 * headless code registers an {@code org.osgi.service.event.EventHandler} with the
 * {@code event.topics} property.
 */
public final class CommitEvents {

    /** The topic of the one event per commit. */
    public static final String TOPIC = "org/rapport/store/commit";
    /** Property: the commit's number, shared by all its events ({@code Long}). */
    public static final String COMMIT = "commit";
    /** Property of the commit event: every class touched, as {@code nsURI#EClassName} ({@code String[]}). */
    public static final String CLASSES = "classes";
    /** Property: identities of the new objects. */
    public static final String CREATED = "created";
    /** Property: identities of the changed objects. */
    public static final String UPDATED = "updated";
    /** Property: identities of the deleted objects. */
    public static final String DELETED = "deleted";
    /** Property of a class event: its EPackage's nsURI. */
    public static final String NS_URI = "nsURI";
    /** Property of a class event: the EClass's name. */
    public static final String ECLASS = "eClass";

    private CommitEvents() {
    }

    /** {@code nsURI#EClassName}, the key of a class in the commit event. */
    public static String key(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }

    /** The topic of the events about one class: {@code org/rapport/store/commit/<EPackage name>/<EClass name>}. */
    public static String topic(EClass eClass) {
        return TOPIC + "/" + token(eClass.getEPackage().getName()) + "/" + token(eClass.getName());
    }

    /** A topic token may hold letters, digits, '_' and '-' only. */
    private static String token(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
