package org.rapport.security.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.RapportHome;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.SettingsException;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Area;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SystemJob;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.FieldRule;
import org.rapport.security.model.Permission;
import org.rapport.security.model.Role;
import org.rapport.security.model.Scope;
import org.rapport.security.model.SecurityFactory;
import org.rapport.security.model.User;

/**
 * Users, roles and the signed-in user of this process, over the store. One component serves the
 * four services because the session it keeps is what administration checks.
 */
@Component(service = { Authenticator.class, CurrentUser.class, UserAdministration.class, Roles.class })
public class UserDirectory implements Authenticator, CurrentUser, UserAdministration, Roles {

    /** Logins are what people type and what logs show: no blanks, no control characters. */
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final Pattern ROLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    static final int MIN_PASSWORD_LENGTH = 8;
    /** Concurrent failed sign-ins of one login collide on its version; a few retries settle them. */
    private static final int RETRIES = 3;

    @Reference
    private Store store;
    @Reference
    private RapportHome home;
    @Reference
    private ClockService clock;
    /** The models whose declared default field rules the presets get when they are first stored. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ModelContribution> contributions = List.of();
    /** The areas that describe themselves (bound by {@link #addArea}), by id. */
    private final Map<String, Area> registered = new ConcurrentSkipListMap<>();

    private PasswordHasher hasher = new PasswordHasher();
    private final AtomicReference<SessionUser> current = new AtomicReference<>();
    private volatile String decoy;

    /** For DS. */
    public UserDirectory() {
    }

    /** For tests: a directory over a given store, home, clock and hasher. */
    public UserDirectory(Store store, Path home, Clock clock, PasswordHasher hasher) {
        this(store, home, clock, hasher, List.of());
    }

    /** For tests: a directory that also knows these models' declared default field rules. */
    public UserDirectory(Store store, Path home, Clock clock, PasswordHasher hasher, List<ModelContribution> contributions) {
        this.contributions = List.copyOf(contributions);
        this.store = store;
        this.home = () -> home;
        this.clock = () -> clock;
        this.hasher = hasher;
    }

    /** A registered area; DS binds them, tests may call it too. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addArea(Area area) {
        registered.put(area.id(), area);
    }

    void removeArea(Area area) {
        registered.remove(area.id(), area);
    }

    // --- Authenticator and CurrentUser

    @Override
    public SessionUser authenticate(String login, char[] password) throws AuthenticationException {
        try {
            for (int attempt = 1;; attempt++) {
                try {
                    return check(login, password);
                } catch (StaleEditException e) {
                    if (attempt == RETRIES) {
                        throw e;
                    }
                }
            }
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public SessionUser signIn(String login, char[] password) throws AuthenticationException {
        SessionUser user = authenticate(login, password);
        current.set(user);
        return user;
    }

    private SessionUser check(String login, char[] password) throws AuthenticationException {
        LockoutPolicy policy = lockoutPolicy();
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            Optional<User> found = login == null ? Optional.empty() : find(work, login);
            if (found.isEmpty()) {
                hasher.verify(password, decoy());
                throw refused();
            }
            User user = found.get();
            Instant now = clock.now();
            boolean locked = user.getLockedUntil() != null && now.isBefore(user.getLockedUntil());
            boolean matches = hasher.verify(password, user.getPasswordHash());
            if (locked || !user.isEnabled()) {
                // neither counts: a locked account's lock must not grow with each guess, and the reason stays unsaid
                throw refused();
            }
            if (!matches) {
                int failed = user.getFailedAttempts() + 1;
                if (failed >= policy.attempts()) {
                    user.setLockedUntil(now.plus(policy.lockout()));
                    failed = 0;
                }
                user.setFailedAttempts(failed);
                work.commit();
                throw refused();
            }
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
            // an area installed since the presets were stored: its grants count from this sign-in on
            storedRoles(work);
            if (hasher.outdated(user.getPasswordHash())) {
                user.setPasswordHash(hasher.hash(password));
            }
            work.commit();
            return session(user);
        }
    }

    private LockoutPolicy lockoutPolicy() {
        try {
            return LockoutPolicy.load(home.path());
        } catch (SettingsException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.decoy();
        }
        return decoy;
    }

    private static AuthenticationException refused() {
        return new AuthenticationException(Messages.sign_in_refused);
    }

    @Override
    public Optional<SessionUser> get() {
        if (SystemJob.running().isPresent()) {
            return Optional.empty(); // the system's work on this thread, whoever is signed in on the desktop
        }
        return Optional.ofNullable(current.get());
    }

    @Override
    public SessionUser require() {
        return get().orElseThrow(() -> new AccessDeniedException(Messages.not_signed_in));
    }

    @Override
    public void signOut() {
        current.set(null);
    }

    // --- UserAdministration

    @Override
    public boolean noUsers() {
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            boolean none = countUsers(work) == 0;
            if (!none) {
                UsersSeen.mark(home.path());
            }
            return none;
        }
    }

    @Override
    public boolean seenUsers() {
        return UsersSeen.marked(home.path());
    }

    @Override
    public boolean noDatabaseYet() {
        DatabaseSettings settings = store.settings();
        return settings.kind() == DatabaseKind.DERBY_EMBEDDED && !Files.exists(settings.embeddedLocation());
    }

    @Override
    public UserInfo addUser(String login, String displayName, char[] password, Collection<String> roles) {
        try {
            if (login == null || !LOGIN.matcher(login).matches()) {
                throw new IllegalArgumentException(NLS.bind(Messages.bad_login, login));
            }
            checkPassword(password);
            try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
                boolean first = countUsers(work) == 0;
                if (!(first && roles.contains(ADMINISTRATOR))) {
                    requireAdministrator(work);
                }
                if (find(work, login).isPresent()) {
                    throw new IllegalArgumentException(NLS.bind(Messages.login_taken, login));
                }
                User user = SecurityFactory.eINSTANCE.createUser();
                user.setLogin(login);
                user.setDisplayName(displayName == null || displayName.isBlank() ? login : displayName.strip());
                user.setPasswordHash(hasher.hash(password));
                user.setEnabled(true);
                user.getRoles().addAll(resolveRoles(work, roles));
                work.add(user);
                work.commit();
                UsersSeen.mark(home.path());
                return info(user, clock.now());
            }
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public UserInfo setRoles(String login, Collection<String> roles) {
        return changeUser(login, (work, user) -> {
            List<Role> resolved = resolveRoles(work, roles);
            if (resolved.stream().noneMatch(r -> r.getName().equals(ADMINISTRATOR))) {
                keepAnAdministrator(work, user);
            }
            user.getRoles().clear();
            user.getRoles().addAll(resolved);
            return info(user, clock.now());
        });
    }

    @Override
    public void resetPassword(String login, char[] password) {
        try {
            checkPassword(password);
            changeUser(login, (work, user) -> {
                user.setPasswordHash(hasher.hash(password));
                user.setFailedAttempts(0);
                user.setLockedUntil(null);
                return null;
            });
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public void disable(String login) {
        changeUser(login, (work, user) -> {
            if (user.getLogin().equals(require().login())) {
                throw new IllegalArgumentException(Messages.cannot_disable_self);
            }
            keepAnAdministrator(work, user);
            user.setEnabled(false);
            return null;
        });
    }

    @Override
    public void enable(String login) {
        changeUser(login, (work, user) -> {
            user.setEnabled(true);
            return null;
        });
    }

    @Override
    public UserInfo setDisplayName(String login, String displayName) {
        return changeUser(login, (work, user) -> {
            user.setDisplayName(displayName == null || displayName.isBlank() ? user.getLogin() : displayName.strip());
            return info(user, clock.now());
        });
    }

    /** Refuses to take the last enabled administrator away: nobody could manage users and roles afterwards. */
    private static void keepAnAdministrator(UnitOfWork work, User leaving) {
        if (!leaving.isEnabled() || !holds(leaving, ADMINISTRATOR)) {
            return;
        }
        List<User> users = work.query("SELECT u FROM User u");
        if (users.stream().noneMatch(u -> u != leaving && u.isEnabled() && holds(u, ADMINISTRATOR))) {
            throw new IllegalArgumentException(NLS.bind(Messages.last_administrator, leaving.getLogin()));
        }
    }

    private static boolean holds(User user, String role) {
        return user.getRoles().stream().anyMatch(r -> r.getName().equals(role));
    }

    @Override
    public List<UserInfo> users() {
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            requireAdministrator(work);
            Instant now = clock.now();
            List<User> users = work.query("SELECT u FROM User u ORDER BY u.login");
            return users.stream().map(u -> info(u, now)).toList();
        }
    }

    /** Runs a change of one user in a unit of work of an administrator. */
    private <T> T changeUser(String login, BiFunction<UnitOfWork, User, T> change) {
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            requireAdministrator(work);
            User user = find(work, login).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.no_such_user, login)));
            T result = change.apply(work, user);
            work.commit();
            return result;
        }
    }

    /** The session is a snapshot: whether its user is still an enabled administrator is read from the database. */
    private void requireAdministrator(UnitOfWork work) {
        SessionUser session = require();
        boolean administrator = find(work, session.login()).filter(User::isEnabled).map(u -> holds(u, ADMINISTRATOR)).orElse(false);
        if (!administrator) {
            throw new AccessDeniedException(NLS.bind(Messages.administrators_only, session.login()));
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(NLS.bind(Messages.password_too_short, MIN_PASSWORD_LENGTH));
        }
    }

    private static long countUsers(UnitOfWork work) {
        List<Number> count = work.query("SELECT COUNT(u) FROM User u");
        return count.get(0).longValue();
    }

    private static Optional<User> find(UnitOfWork work, String login) {
        List<User> users = work.query("SELECT u FROM User u WHERE u.login = ?1", login);
        return users.stream().findFirst();
    }

    private List<Role> resolveRoles(UnitOfWork work, Collection<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException(Messages.no_role);
        }
        Map<String, Role> stored = storedRoles(work);
        List<Role> roles = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Role role = stored.get(name);
            if (role == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.no_such_role, name, String.join(", ", stored.keySet())));
            }
            roles.add(role);
        }
        return roles;
    }

    /**
     * The stored roles by name, with the presets added to the unit of work when they are missing,
     * and the grants of areas new to the stored presets added to them.
     */
    private Map<String, Role> storedRoles(UnitOfWork work) {
        List<Role> list = work.query("SELECT r FROM Role r");
        Map<String, Role> roles = new TreeMap<>();
        list.forEach(r -> roles.put(r.getName(), r));
        givePresetsNewAreas(roles.values());
        for (String preset : PRESETS) {
            if (!roles.containsKey(preset)) {
                Role role = newRole(preset, true, Messages.presetDescription(preset), Presets.grants(preset, registeredAreas()), defaultFieldRules(preset));
                work.add(role);
                roles.put(preset, role);
            }
        }
        return roles;
    }

    /**
     * An area is new to the presets while none of them holds a grant naming it (its bundle was
     * installed after they were stored): each stored preset then gets the area's preset grants.
     * The administrator's grants on it mark it known from then on.
     */
    private void givePresetsNewAreas(Collection<Role> roles) {
        List<Role> presets = roles.stream().filter(r -> r.isPreset() && PRESETS.contains(r.getName())).toList();
        if (presets.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        presets.forEach(r -> r.getPermissions().forEach(p -> known.add(p.getArea())));
        for (Area area : registeredAreas()) {
            if (!known.contains(area.id())) {
                for (Role preset : presets) {
                    List<Grant> grants = new ArrayList<>(grants(preset));
                    grants.addAll(Presets.grants(preset.getName(), area));
                    setRules(preset, grants, fieldRules(List.of(preset)));
                }
            }
        }
    }

    /** The field rules the contributed models declare for a preset role ({@code defaultAccess}). */
    private Map<String, FieldAccess> defaultFieldRules(String preset) {
        Map<String, FieldAccess> rules = new TreeMap<>();
        for (EClass eClass : eClasses()) {
            for (EAttribute attribute : eClass.getEAttributes()) {
                FieldAccess access = ModelAccess.defaultAccess(attribute).get(preset);
                if (access != null) {
                    rules.put(ModelAccess.key(attribute), access);
                }
            }
        }
        return rules;
    }

    private static Role newRole(String name, boolean preset, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
        Role role = SecurityFactory.eINSTANCE.createRole();
        role.setName(name);
        role.setPreset(preset);
        role.setDescription(description);
        setRules(role, grants, fieldRules);
        return role;
    }

    /**
     * Replaces a role's permissions and field rules, touching only what changes: the audit then
     * shows what an edit added, removed or changed, not the whole role again.
     */
    private static void setRules(Role role, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
        Set<Grant> wanted = new LinkedHashSet<>(grants);
        role.getPermissions().removeIf(p -> !wanted.remove(new Grant(p.getArea(), p.getAction(), p.getScope())));
        for (Grant grant : wanted) {
            Permission permission = SecurityFactory.eINSTANCE.createPermission();
            permission.setArea(grant.area());
            permission.setAction(grant.action());
            permission.setScope(grant.scope());
            role.getPermissions().add(permission);
        }
        Map<String, FieldAccess> missing = new TreeMap<>(fieldRules);
        role.getFieldRules().removeIf(r -> !missing.containsKey(r.getFeature()));
        for (FieldRule rule : role.getFieldRules()) {
            FieldAccess access = missing.remove(rule.getFeature());
            if (rule.getAccess() != access) {
                rule.setAccess(access);
            }
        }
        missing.forEach((feature, access) -> {
            FieldRule rule = SecurityFactory.eINSTANCE.createFieldRule();
            rule.setFeature(feature);
            rule.setAccess(access);
            role.getFieldRules().add(rule);
        });
    }

    private static UserInfo info(User user, Instant now) {
        boolean locked = user.getLockedUntil() != null && now.isBefore(user.getLockedUntil());
        return new UserInfo(user.getLogin(), user.getDisplayName(), user.getRoles().stream().map(Role::getName).toList(), user.isEnabled(), locked);
    }

    // --- Roles

    @Override
    public List<RoleInfo> roles() {
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            Map<String, Role> stored = storedRoles(work);
            commitQuietly(work);
            return stored.values().stream().sorted(Comparator.comparing((Role r) -> !r.isPreset())
                    .thenComparing(r -> r.isPreset() ? PRESETS.indexOf(r.getName()) : 0).thenComparing(Role::getName)).map(UserDirectory::roleInfo).toList();
        }
    }

    /** Presets made by another process at the same moment win; ours are dropped. */
    private static void commitQuietly(UnitOfWork work) {
        try {
            work.commit();
        } catch (ConstraintViolationException e) {
            // the other process stored the same presets
        }
    }

    @Override
    public RoleInfo addRole(String name, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
        if (name == null || !ROLE.matcher(name).matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.bad_role, name));
        }
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            requireAdministrator(work);
            checkRules(grants, fieldRules, Set.of());
            if (storedRoles(work).containsKey(name)) {
                throw new IllegalArgumentException(NLS.bind(Messages.role_taken, name));
            }
            Role role = newRole(name, false, description, grants, fieldRules);
            work.add(role);
            work.commit();
            return roleInfo(role);
        }
    }

    @Override
    public RoleInfo updateRole(String name, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
        return changeRole(name, (work, role) -> {
            // a grant on an area whose bundle is gone stays: the area may come back
            checkRules(grants, fieldRules, grants(role).stream().map(Grant::area).collect(Collectors.toSet()));
            if (description != null) {
                role.setDescription(description.strip());
            }
            setRules(role, grants, fieldRules);
            return roleInfo(role);
        });
    }

    @Override
    public void deleteRole(String name) {
        changeRole(name, (work, role) -> {
            if (role.isPreset()) {
                throw new IllegalArgumentException(NLS.bind(Messages.preset_not_deletable, name));
            }
            List<User> users = work.query("SELECT u FROM User u ORDER BY u.login");
            List<String> holders = users.stream().filter(u -> holds(u, name)).map(User::getLogin).toList();
            if (!holders.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.role_held, name, String.join(", ", holders)));
            }
            work.remove(role);
            return null;
        });
    }

    @Override
    public RoleInfo resetPreset(String name) {
        return changeRole(name, (work, role) -> {
            if (!role.isPreset() || !PRESETS.contains(name)) {
                throw new IllegalArgumentException(NLS.bind(Messages.not_a_preset, name, String.join(", ", PRESETS)));
            }
            role.setDescription(Messages.presetDescription(name));
            setRules(role, Presets.grants(name, registeredAreas()), defaultFieldRules(name));
            return roleInfo(role);
        });
    }

    /** Runs a change of one stored role in a unit of work of an administrator. */
    private <T> T changeRole(String name, BiFunction<UnitOfWork, Role, T> change) {
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            requireAdministrator(work);
            Map<String, Role> stored = storedRoles(work);
            Role role = stored.get(name);
            if (role == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.no_such_role, name, String.join(", ", stored.keySet())));
            }
            T result = change.apply(work, role);
            work.commit();
            return result;
        }
    }

    @Override
    public List<Area> registeredAreas() {
        return List.copyOf(registered.values());
    }

    @Override
    public List<String> areas() {
        Set<String> areas = new LinkedHashSet<>(registered.keySet());
        areas.add(SECURITY);
        Set<String> declared = new TreeSet<>();
        eClasses().forEach(c -> ModelAccess.area(c).ifPresent(declared::add));
        areas.addAll(declared);
        return List.copyOf(areas);
    }

    @Override
    public Map<String, List<RestrictableField>> restrictableFields() {
        Map<String, Map<String, RestrictableField>> byArea = new HashMap<>();
        for (EClass eClass : eClasses()) {
            if (ModelAccess.area(eClass).filter(SECURITY::equals).isPresent()) {
                // users and roles are reached through these services only, whose system work field rules do not restrict
                continue;
            }
            for (EAttribute attribute : ModelAccess.restrictable(eClass)) {
                String key = ModelAccess.key(attribute);
                // as people call them, in the session's language: "Address: City", not Address.city
                String label = ModelLabels.qualifiedField(attribute.getEContainingClass(), attribute);
                byArea.computeIfAbsent(ModelAccess.area(eClass).orElseThrow(), a -> new TreeMap<>()).putIfAbsent(key, new RestrictableField(key, label));
            }
        }
        Map<String, List<RestrictableField>> fields = new LinkedHashMap<>();
        for (String area : areas()) {
            Map<String, RestrictableField> found = byArea.get(area);
            if (found != null) {
                fields.put(area, found.values().stream().sorted(Comparator.comparing(RestrictableField::label)).toList());
            }
        }
        return fields;
    }

    /** Every class of the installed models. */
    private List<EClass> eClasses() {
        List<EClass> classes = new ArrayList<>();
        for (ModelContribution contribution : contributions) {
            for (EClassifier classifier : contribution.ePackage().getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    classes.add(eClass);
                }
            }
        }
        return classes;
    }

    /**
     * Refuses grants on unknown areas (but those of {@code held}) or own records where there are
     * none, and field rules on what field rules cannot restrict.
     */
    private void checkRules(List<Grant> grants, Map<String, FieldAccess> fieldRules, Set<String> held) {
        List<String> areas = areas();
        for (Grant grant : grants) {
            if (!grant.area().equals(SessionUser.ALL_AREAS) && !areas.contains(grant.area()) && !held.contains(grant.area())) {
                throw new IllegalArgumentException(NLS.bind(Messages.no_such_area, grant.area(), String.join(", ", areas)));
            }
            if (grant.scope() == Scope.OWN && !Roles.ownable(grant.area())) {
                throw new IllegalArgumentException(NLS.bind(Messages.own_not_possible, grant.area()));
            }
        }
        Set<String> restrictable = new HashSet<>();
        restrictableFields().values().forEach(list -> list.forEach(f -> restrictable.add(f.key())));
        List<String> many = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String feature : new TreeSet<>(fieldRules.keySet())) {
            if (!restrictable.contains(feature)) {
                (manyValued(feature) ? many : unknown).add(feature);
            }
        }
        if (!many.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.field_rule_many, String.join(", ", many)));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.field_rule_unknown, String.join(", ", unknown)));
        }
    }

    /** Whether a field rule key names a many-valued attribute of an installed model. */
    private boolean manyValued(String feature) {
        for (EClass eClass : eClasses()) {
            for (EAttribute attribute : eClass.getEAttributes()) {
                if (attribute.isMany() && ModelAccess.key(attribute).equals(feature)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RoleInfo roleInfo(Role role) {
        return new RoleInfo(role.getName(), role.isPreset(), role.getDescription(), grants(role), fieldRules(List.of(role)));
    }

    private static List<Grant> grants(Role role) {
        return role.getPermissions().stream().map(p -> new Grant(p.getArea(), p.getAction(), p.getScope())).toList();
    }

    /** Roles add rights: a feature stays restricted only if every role restricts it, to the mildest of their rules. */
    static Map<String, FieldAccess> fieldRules(List<Role> roles) {
        Map<String, FieldAccess> rules = new HashMap<>();
        Map<String, Integer> restricting = new HashMap<>();
        for (Role role : roles) {
            for (FieldRule rule : role.getFieldRules()) {
                rules.merge(rule.getFeature(), rule.getAccess(), (a, b) -> a.getValue() >= b.getValue() ? a : b);
                restricting.merge(rule.getFeature(), 1, Integer::sum);
            }
        }
        rules.keySet().removeIf(feature -> restricting.get(feature) < roles.size());
        return rules;
    }

    private static SessionUser session(User user) {
        List<Role> roles = List.copyOf(user.getRoles());
        Set<String> names = new LinkedHashSet<>();
        List<Grant> grants = new ArrayList<>();
        for (Role role : roles) {
            names.add(role.getName());
            grants.addAll(grants(role));
        }
        return new SessionUser(user.getLogin(), user.getDisplayName(), names, grants, fieldRules(roles));
    }
}
