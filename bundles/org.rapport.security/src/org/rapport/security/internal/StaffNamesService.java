package org.rapport.security.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.StaffNames;

/**
 * {@link StaffNames} from the stored users, read as system work: roles that may not read the
 * security area (everyone but administrators) still see their colleagues' names, and only those.
 */
@Component(service = StaffNames.class)
public class StaffNamesService implements StaffNames {

    @Reference
    private Store store;

    /** For DS. */
    public StaffNamesService() {
    }

    /** For tests. */
    public StaffNamesService(Store store) {
        this.store = store;
    }

    @Override
    public String nameOf(String login) {
        return login == null ? "" : namesOf(List.of(login)).get(login);
    }

    @Override
    public Map<String, String> namesOf(Collection<String> logins) {
        Set<String> wanted = new LinkedHashSet<>(logins);
        wanted.removeIf(Objects::isNull);
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
                List<Object[]> rows = work.query("SELECT u.login, u.displayName FROM User u WHERE u.login IN ?1", List.copyOf(wanted));
                for (Object[] row : rows) {
                    String name = (String) row[1];
                    names.put((String) row[0], name == null || name.isBlank() ? (String) row[0] : name);
                }
            }
        }
        for (String login : wanted) {
            names.putIfAbsent(login, login);
        }
        return names;
    }
}
