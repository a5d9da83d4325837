package org.rapport.persistence.internal.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.rapport.persistence.api.PersistentObject;

/**
 * Builds EclipseLink descriptors from Ecore alone, so a model author writes no mapping code.
 * <ul>
 * <li>every EClass gets a descriptor (abstract ones too, for polymorphic queries); its JPQL
 * alias is the EClass name;</li>
 * <li>an inheritance hierarchy shares one table with an {@code ECLASS} indicator column, unless
 * its root is annotated {@code inheritance=joined} (one table per class, joined on ID);</li>
 * <li>every table has {@code ID} (from a table sequence) and {@code VERSION} (optimistic
 * locking), held by {@link PersistentObject};</li>
 * <li>single attributes are columns; enums are stored by literal; many-valued attributes and
 * non-containment reference lists get a collection table with a {@code POSITION} column;
 * containment lists keep the owner's key and the position in the child's table; single
 * references are foreign keys.</li>
 * </ul>
 * Annotations (source {@value SqlNames#SOURCE}): {@code table}, {@code column}, {@code length},
 * {@code precision}, {@code scale}, {@code unique}, {@code index}, {@code inheritance}.
 */
public final class EmfDescriptors {

    /** Name of the table sequence that hands out IDs, in blocks of {@link #ID_ALLOCATION}. */
    public static final String SEQUENCE_TABLE = "RAPPORT_SEQUENCE";
    public static final int ID_ALLOCATION = 100;
    /** The descriptor property that holds the EClass a descriptor maps. */
    private static final String ECLASS_PROPERTY = "rapport.eClass";

    private final Map<EClass, RelationalDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<String, EStructuralFeature> columns = new LinkedHashMap<>();
    private final Map<EClass, Class<?>> implementations = new LinkedHashMap<>();
    private final List<EClass> classes = new ArrayList<>();
    /** The containment lists by their children's owner and position columns, with the children's classes. */
    private final Map<List<String>, Placing> placings = new LinkedHashMap<>();

    /**
     * One pair of owner and position columns, the name queries give the owner's identity by
     * ({@link #ownerKey}), and the classes of the children the lists put there.
     */
    private record Placing(DatabaseField owner, DatabaseField position, String ownerKey, List<EClass> targets) {
    }

    /**
     * The name by which a query reads, on an object a containment list holds, the identity of the
     * list's owner: the list's name and {@code Owner} ({@code p.purchasesOwner} for an object of
     * {@code Customer.purchases}). It is the child table's owner column, so an aggregate per
     * owner ({@code SELECT p.purchasesOwner, SUM(p.amount) FROM Purchase p GROUP BY
     * p.purchasesOwner}) reads the child table alone.
     */
    public static String ownerKey(EReference containment) {
        return containment.getName() + "Owner";
    }

    /**
     * The name by which a query reads the identity a single reference points at, from the
     * referring row's own foreign key: the reference's name and {@code Id} ({@code m.customerId}).
     * {@code m.customer.persistentId} joins the target's table; this does not.
     */
    public static String referenceKey(EReference reference) {
        return reference.getName() + "Id";
    }

    private EmfDescriptors(Collection<EPackage> packages) {
        for (EPackage ePackage : packages) {
            ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).filter(c -> !c.isInterface())
                    .forEach(classes::add);
        }
        for (EClass eClass : classes) {
            if (!PersistentObject.class.isAssignableFrom(implementation(eClass))) {
                throw new IllegalArgumentException(eClass.getName() + " does not extend PersistentObject: set rootExtendsClass=\""
                        + PersistentObject.class.getName() + "\" in its genmodel");
            }
            if (!eClass.isAbstract() && !((PersistentObject) eClass.getEPackage().getEFactoryInstance().create(eClass)).internalHasDynamicFeatures()) {
                throw new IllegalArgumentException(eClass.getName()
                        + " was generated with fields for its features: set featureDelegation=\"Dynamic\" in its genmodel and generate again");
            }
        }
    }

    /**
     * The descriptors of the packages' classes, and which feature each column and index stores
     * (upper-case names, bare and as TABLE.COLUMN), so database errors can name the feature.
     */
    public record Mapping(List<RelationalDescriptor> descriptors, Map<String, EStructuralFeature> columns) {
    }

    /** The descriptors of every class of these packages, ready to add to an EclipseLink project. */
    public static Mapping build(Collection<EPackage> packages) {
        EmfDescriptors builder = new EmfDescriptors(packages);
        // supertypes first, so a child descriptor finds its parent's table
        builder.classes.sort(Comparator.comparingInt(c -> c.getEAllSuperTypes().size()));
        for (EClass eClass : builder.classes) {
            builder.describe(eClass);
        }
        builder.describePlacings();
        return new Mapping(List.copyOf(builder.descriptors.values()), Map.copyOf(builder.columns));
    }

    private void remember(String table, String column, EStructuralFeature feature) {
        columns.putIfAbsent(column.toUpperCase(java.util.Locale.ROOT), feature);
        columns.putIfAbsent((table + "." + column).toUpperCase(java.util.Locale.ROOT), feature);
    }

    /** The generated implementation class (CustomerImpl for Customer), found by EMF's naming convention. */
    Class<?> implementation(EClass eClass) {
        return implementations.computeIfAbsent(eClass, c -> {
            if (!c.isAbstract()) {
                return c.getEPackage().getEFactoryInstance().create(c).getClass();
            }
            Class<?> api = c.getInstanceClass();
            String name = api.getPackageName() + ".impl." + api.getSimpleName() + "Impl";
            try {
                return Class.forName(name, false, api.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("no implementation class " + name + " for abstract " + c.getName(), e);
            }
        });
    }

    /** The persistent supertype of an EClass, or null for a hierarchy's root. */
    private EClass parent(EClass eClass) {
        return eClass.getESuperTypes().stream().filter(classes::contains).findFirst().orElse(null);
    }

    private EClass root(EClass eClass) {
        EClass parent = parent(eClass);
        return parent == null ? eClass : root(parent);
    }

    private boolean joined(EClass eClass) {
        return "joined".equals(SqlNames.detail(root(eClass), "inheritance"));
    }

    private boolean hasSubclasses(EClass eClass) {
        return classes.stream().anyMatch(c -> parent(c) == eClass);
    }

    /** The table that holds a class's own columns. */
    String tableOf(EClass eClass) {
        return joined(eClass) || parent(eClass) == null ? SqlNames.table(eClass) : tableOf(parent(eClass));
    }

    private void describe(EClass eClass) {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(implementation(eClass));
        descriptor.setAlias(eClass.getName());
        descriptor.setProperty(ECLASS_PROPERTY, eClass);
        // no cache shared between units of work: several desktops share the database, and a
        // shared cache would show one user's stale copy of what another just changed
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        // so a merged object that this unit of work has not read yet is found as stored, not taken for new
        descriptor.getQueryManager().checkDatabaseForDoesExist();
        String table = tableOf(eClass);
        EClass parent = parent(eClass);
        if (parent == null || joined(eClass)) {
            descriptor.addTableName(table);
            descriptor.addPrimaryKeyFieldName(table + "." + SqlNames.ID);
        }
        if (!eClass.isAbstract()) {
            descriptor.useFactoryInstantiationPolicy(new Instantiator(eClass), "newInstance");
        }
        if (parent == null) {
            describeIdentity(descriptor, table);
            if (hasSubclasses(eClass)) {
                descriptor.getInheritancePolicy().setClassIndicatorFieldName(table + "." + SqlNames.ECLASS);
                // subclasses outer-joined in one read, not found by a SELECT DISTINCT ECLASS first (a sort in Derby)
                descriptor.getInheritancePolicy().setShouldOuterJoinSubclasses(joined(eClass));
            }
        } else {
            descriptor.getInheritancePolicy().setParentClass(implementation(parent));
        }
        if (!eClass.isAbstract() && (parent != null || hasSubclasses(eClass))) {
            descriptors.get(root(eClass)) // the root descriptor exists: supertypes are described first
                    .getInheritancePolicy().addClassIndicator(implementation(eClass), eClass.getName());
            if (parent == null) {
                descriptor.getInheritancePolicy().addClassIndicator(implementation(eClass), eClass.getName());
            }
        }
        descriptors.put(eClass, descriptor);
        for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    describeAttributeList(descriptor, eClass, attribute);
                } else {
                    // in a shared single table, a subclass's columns are empty in its siblings' rows
                    boolean optional = attribute.getLowerBound() == 0 || (parent != null && !joined(eClass));
                    describeAttribute(descriptor, table, attribute, optional);
                }
            } else {
                describeReference(descriptor, eClass, table, (EReference) feature);
            }
        }
    }

    private void describeIdentity(RelationalDescriptor descriptor, String table) {
        descriptor.setSequenceNumberFieldName(table + "." + SqlNames.ID);
        descriptor.setSequenceNumberName(table);
        DirectToFieldMapping id = new DirectToFieldMapping();
        id.setAttributeAccessor(new IdentityAccessor(false));
        id.setField(typed(new DatabaseField(SqlNames.ID, table), Long.class));
        descriptor.addMapping(id);
        DirectToFieldMapping version = new DirectToFieldMapping();
        version.setAttributeAccessor(new IdentityAccessor(true));
        version.setField(typed(new DatabaseField(SqlNames.VERSION, table), Long.class));
        descriptor.addMapping(version);
        VersionLockingPolicy locking = new VersionLockingPolicy(table + "." + SqlNames.VERSION);
        locking.storeInObject();
        descriptor.setOptimisticLockingPolicy(locking);
    }

    private static DatabaseField typed(DatabaseField field, Class<?> type) {
        field.setType(type);
        return field;
    }

    private void describeAttribute(RelationalDescriptor descriptor, String table, EAttribute attribute, boolean optional) {
        DirectToFieldMapping mapping = new DirectToFieldMapping();
        mapping.setAttributeAccessor(new FeatureAccessor(attribute, false));
        DatabaseField field = column(table, SqlNames.column(attribute), attribute, attribute.getEAttributeType());
        field.setNullable(optional);
        mapping.setField(field);
        remember(table, field.getName(), attribute);
        Converter converter = Converters.of(attribute.getEAttributeType());
        if (converter != null) {
            mapping.setConverter(converter);
        }
        descriptor.addMapping(mapping);
        boolean unique = Boolean.parseBoolean(SqlNames.detail(attribute, "unique"));
        if (unique || Boolean.parseBoolean(SqlNames.detail(attribute, "index"))) {
            // a named index, so the database's complaint about a duplicate names it
            IndexDefinition index = new IndexDefinition();
            index.setName(SqlNames.index(table, field.getName(), unique));
            index.setTargetTable(table);
            index.addField(field.getName());
            index.setIsUnique(unique);
            remember(table, index.getName(), attribute);
            descriptor.getTable(table).addIndex(index);
        }
    }

    private static DatabaseField column(String table, String name, EStructuralFeature feature, EDataType type) {
        DatabaseField field = new DatabaseField(name, table);
        Class<?> columnType = Converters.columnType(type);
        field.setType(columnType);
        if (columnType == String.class) {
            String length = SqlNames.detail(feature, "length");
            field.setLength(length != null ? Integer.parseInt(length) : 255);
        } else if (columnType == BigDecimal.class) {
            String precision = SqlNames.detail(feature, "precision");
            String scale = SqlNames.detail(feature, "scale");
            field.setPrecision(precision != null ? Integer.parseInt(precision) : 19);
            field.setScale(scale != null ? Integer.parseInt(scale) : 4);
        }
        return field;
    }

    private void describeAttributeList(RelationalDescriptor descriptor, EClass owner, EAttribute attribute) {
        String table = SqlNames.collectionTable(owner, attribute);
        DirectCollectionMapping mapping = new DirectCollectionMapping();
        mapping.setAttributeAccessor(new FeatureAccessor(attribute, true));
        mapping.setReferenceTableName(table);
        mapping.setDirectField(column(table, SqlNames.ELEMENT, attribute, attribute.getEAttributeType()));
        mapping.addReferenceKeyFieldName(table + "." + SqlNames.OWNER, tableOf(root(owner)) + "." + SqlNames.ID);
        mapping.setListOrderFieldName(table + "." + SqlNames.POSITION);
        mapping.useBasicIndirection(); // read on first use: see PersistentObject
        mapping.useCollectionClass(ArrayList.class);
        Converter converter = Converters.of(attribute.getEAttributeType());
        if (converter != null) {
            mapping.setValueConverter(converter);
        }
        mapping.setBatchFetchType(BatchFetchType.IN); // one IN (...) query per list, never a join
        descriptor.addMapping(mapping);
    }

    private void describeReference(RelationalDescriptor descriptor, EClass owner, String table, EReference reference) {
        EClass target = reference.getEReferenceType();
        if (!classes.contains(target)) {
            throw new IllegalArgumentException(owner.getName() + "." + reference.getName() + " refers to " + target.getName()
                    + ", which belongs to no registered package");
        }
        String targetKey = tableOf(root(target)) + "." + SqlNames.ID;
        ForeignReferenceMapping mapping;
        if (reference.isContainer()) {
            mapping = containerReference(reference, table);
            descriptor.addDirectQueryKey(referenceKey(reference), table + "." + SqlNames.containerKey(reference.getEOpposite()));
        } else if (!reference.isMany()) {
            OneToOneMapping single = new OneToOneMapping();
            single.addForeignKeyFieldName(table + "." + SqlNames.foreignKey(reference), targetKey);
            remember(table, SqlNames.foreignKey(reference), reference);
            descriptor.addDirectQueryKey(referenceKey(reference), table + "." + SqlNames.foreignKey(reference));
            mapping = single;
        } else if (reference.isContainment()) {
            ContainmentMapping children = new ContainmentMapping();
            String childTable = tableOf(root(target));
            children.addTargetForeignKeyFieldName(childTable + "." + SqlNames.containerKey(reference), tableOf(root(owner)) + "." + SqlNames.ID);
            children.setListOrderFieldName(childTable + "." + SqlNames.containerPosition(reference));
            Placing placing = placings.computeIfAbsent(List.of(childTable, SqlNames.containerKey(reference), SqlNames.containerPosition(reference)),
                    key -> new Placing(typed(new DatabaseField(key.get(1), childTable), Long.class), typed(new DatabaseField(key.get(2), childTable), Integer.class),
                            ownerKey(reference), new ArrayList<>()));
            placing.targets().add(target);
            mapping = children;
        } else if (reference.getEOpposite() != null && !reference.getEOpposite().isMany()) {
            // the other end's foreign key says who belongs here; that end writes it
            OneToManyMapping inverse = new OneToManyMapping();
            inverse.addTargetForeignKeyFieldName(tableOf(target) + "." + SqlNames.foreignKey(reference.getEOpposite()), tableOf(root(owner)) + "."
                    + SqlNames.ID);
            // no position is stored for this end: it comes back in the order its objects were first stored
            inverse.addAscendingOrdering("persistentId");
            mapping = inverse;
        } else {
            mapping = manyToMany(owner, reference, targetKey);
        }
        mapping.setAttributeAccessor(new FeatureAccessor(reference, true));
        mapping.setReferenceClass(implementation(target));
        mapping.useBasicIndirection(); // read on first use: see PersistentObject
        mapping.setBatchFetchType(BatchFetchType.IN); // one IN (...) query per list, never a join
        if (reference.isContainment()) {
            // what an object contains lives and dies with it, and new children are stored with it
            mapping.privateOwnedRelationship();
            mapping.setCascadePersist(true);
        }
        if (mapping instanceof org.eclipse.persistence.mappings.CollectionMapping collection) {
            collection.useCollectionClass(ArrayList.class);
        }
        descriptor.addMapping(mapping);
    }

    /**
     * The write-only mappings that put a new child's owner and position into its insert (see
     * {@link ContainmentPlacements}), on the descriptor of each child class; a class whose
     * supertype has the mapping inherits it.
     */
    private void describePlacings() {
        for (Placing placing : placings.values()) {
            for (EClass target : new java.util.LinkedHashSet<>(placing.targets())) {
                if (placing.targets().stream().noneMatch(other -> other != target && other.isSuperTypeOf(target))) {
                    descriptors.get(target).addMapping(ContainmentPlacements.writeOnly(placing.owner().clone(), placing.position().clone()));
                    if (target.getEAllStructuralFeatures().stream().anyMatch(f -> f.getName().equals(placing.ownerKey()))) {
                        throw new IllegalArgumentException(target.getName() + " has a feature named " + placing.ownerKey()
                                + ", the name queries give the owner of its list: rename the feature");
                    }
                    // subclasses inherit it
                    descriptors.get(target).addDirectQueryKey(placing.ownerKey(), placing.owner().getQualifiedName());
                }
            }
        }
    }

    /**
     * A contained object's reference to its container (the opposite of a containment list) is
     * read from the foreign key the container's list writes; it is never written through here.
     */
    private ForeignReferenceMapping containerReference(EReference reference, String table) {
        OneToOneMapping container = new OneToOneMapping();
        EClass containerClass = reference.getEReferenceType();
        container.addForeignKeyFieldName(table + "." + SqlNames.containerKey(reference.getEOpposite()), tableOf(root(containerClass)) + "." + SqlNames.ID);
        container.setIsReadOnly(true);
        return container;
    }

    private ManyToManyMapping manyToMany(EClass owner, EReference reference, String targetKey) {
        ManyToManyMapping mapping = new ManyToManyMapping();
        EReference opposite = reference.getEOpposite();
        // with an opposite list, the end whose name sorts first owns the link table; the other reads it
        boolean owning = opposite == null || qualified(owner, reference).compareTo(qualified(reference.getEReferenceType(), opposite)) < 0;
        EClass tableOwner = owning ? owner : reference.getEReferenceType();
        EReference tableFeature = owning ? reference : opposite;
        String linkTable = SqlNames.collectionTable(tableOwner, tableFeature);
        mapping.setRelationTableName(linkTable);
        String ownerColumn = owning ? SqlNames.OWNER : SqlNames.ELEMENT + "_ID";
        String targetColumn = owning ? SqlNames.ELEMENT + "_ID" : SqlNames.OWNER;
        mapping.addSourceRelationKeyFieldName(linkTable + "." + ownerColumn, tableOf(root(owner)) + "." + SqlNames.ID);
        mapping.addTargetRelationKeyFieldName(linkTable + "." + targetColumn, targetKey);
        if (owning) {
            mapping.setListOrderFieldName(linkTable + "." + SqlNames.POSITION);
        } else {
            mapping.setIsReadOnly(true);
        }
        return mapping;
    }

    private static String qualified(EClass eClass, EReference reference) {
        return eClass.getName() + "." + reference.getName();
    }

    /**
     * A pending read of a lazy feature, followed by more work once the feature holds its stored
     * value; to EclipseLink the feature stays as it was, not read.
     */
    public static PersistentObject.PendingValue followedBy(PersistentObject.PendingValue pending, Runnable after) {
        return FeatureAccessor.followedBy(pending, after);
    }

    /** The EClass a descriptor of this mapping maps. */
    public static EClass eClassOf(ClassDescriptor descriptor) {
        return (EClass) descriptor.getProperty(ECLASS_PROPERTY);
    }

    /** The feature a mapping stores; null for the identity and the version, which are no features. */
    public static EStructuralFeature featureOf(DatabaseMapping mapping) {
        return mapping.getAttributeAccessor() instanceof FeatureAccessor accessor ? accessor.feature() : null;
    }

    /** Creates new objects through the EPackage's factory, as EMF expects. */
    public static final class Instantiator {
        private final EClass eClass;

        Instantiator(EClass eClass) {
            this.eClass = eClass;
        }

        public EObject newInstance() {
            return eClass.getEPackage().getEFactoryInstance().create(eClass);
        }
    }
}
