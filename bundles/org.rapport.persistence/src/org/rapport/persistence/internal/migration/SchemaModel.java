package org.rapport.persistence.internal.migration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.rapport.persistence.internal.mapping.EmfDescriptors;
import org.rapport.persistence.internal.mapping.SqlNames;

/**
 * What the EclipseLink descriptors need of the database, table by table, and who needs it: the
 * model feature ({@code EClass.feature}) and the contribution whose changelog makes it. The
 * tables come from EclipseLink's own {@link DefaultTableGenerator}, the generator behind
 * {@code SchemaManager.createDefaultTables}, so the check and EclipseLink never disagree on what a
 * mapping needs; the sequence table is added here, as EclipseLink creates it apart.
 *
 * @param tables the tables, in a stable order (by contribution, then name)
 */
public record SchemaModel(List<Table> tables) {

    /** The id of the engine's own contribution: its changelog makes the sequence table. */
    public static final String ENGINE = "engine";

    /** Column names of EclipseLink's TableSequence, which the engine uses with its defaults. */
    public static final String SEQUENCE_NAME = "SEQ_NAME";
    public static final String SEQUENCE_COUNT = "SEQ_COUNT";

    /** The VARCHAR length EclipseLink's Derby and PostgreSQL platforms give a string of unknown length. */
    private static final int DEFAULT_LENGTH = 255;

    /**
     * A column the model needs.
     *
     * @param type       the Java type EclipseLink binds, such as {@code String} or {@code Long}
     * @param size       length of a string, precision of a decimal, else 0
     * @param scale      scale of a decimal, else 0
     * @param nullable   false when the model needs NOT NULL
     * @param feature    {@code EClass.feature}, or the EClass for the engine's own columns
     * @param contribution whose changelog adds the column
     */
    public record Column(String name, Class<?> type, int size, int scale, boolean nullable, boolean primaryKey, String feature, String contribution) {
    }

    /** A named index on one column that the model asks for (unique, or {@code index=true}). */
    public record Index(String name, String column, boolean unique, String feature, String contribution) {
    }

    /** A single-column foreign key, as EclipseLink's own DDL makes it for a mapping. */
    public record ForeignKey(String name, String column, String targetTable, String targetColumn, String feature, String contribution) {
    }

    public record Table(String name, String feature, String contribution, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys) {

        public Column column(String columnName) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst().orElse(null);
        }
    }

    /**
     * The schema of a logged-in session's project (descriptors initialized).
     *
     * @param contributions the contribution id of each registered package
     */
    public static SchemaModel of(Project project, Map<EPackage, String> contributions) {
        Owners owners = new Owners(contributions);
        List<ClassDescriptor> descriptors = new ArrayList<>(project.getOrderedDescriptors());
        // roots first, so a table shared by a hierarchy is named after its root class
        descriptors.sort(Comparator.comparing(d -> d.hasInheritance() && d.getInheritancePolicy().isChildDescriptor()));
        for (ClassDescriptor descriptor : descriptors) {
            owners.describe(descriptor);
        }
        List<Table> tables = new ArrayList<>();
        List<TableDefinition> definitions = new ArrayList<>(new DefaultTableGenerator(project, true).generateDefaultTableCreator().getTableDefinitions());
        for (TableDefinition definition : definitions) {
            String table = definition.getName().toUpperCase(Locale.ROOT);
            Owner tableOwner = owners.tables.getOrDefault(table, new Owner(table, ENGINE));
            List<Column> columns = new ArrayList<>();
            for (FieldDefinition field : definition.getFields()) {
                String column = field.getName().toUpperCase(Locale.ROOT);
                Owner owner = owners.columns.getOrDefault(table + "." + column, tableOwner);
                // a string without a length (the class indicator) gets the platforms' default VARCHAR length
                int size = field.getType() == String.class && field.getSize() == 0 ? DEFAULT_LENGTH : field.getSize();
                columns.add(new Column(column, field.getType(), size, field.getSubSize(), field.shouldAllowNull() && !field.isPrimaryKey(),
                        field.isPrimaryKey(), owner.feature(), owner.contribution()));
            }
            List<Index> indexes = new ArrayList<>();
            for (IndexDefinition index : definition.getIndexes()) {
                String column = index.getFields().get(0).toUpperCase(Locale.ROOT);
                Owner owner = owners.columns.getOrDefault(table + "." + column, tableOwner);
                indexes.add(new Index(index.getName().toUpperCase(Locale.ROOT), column, index.isUnique(), owner.feature(), owner.contribution()));
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (ForeignKeyConstraint key : definition.getForeignKeys()) {
                if (key.getSourceFields().size() == 1) {
                    String column = key.getSourceFields().get(0).toUpperCase(Locale.ROOT);
                    Owner owner = owners.columns.getOrDefault(table + "." + column, tableOwner);
                    foreignKeys.add(new ForeignKey(SqlNames.foreignKeyConstraint(table, column), column, key.getTargetTable().toUpperCase(Locale.ROOT),
                            key.getTargetFields().get(0).toUpperCase(Locale.ROOT), owner.feature(), owner.contribution()));
                }
            }
            foreignKeys.sort(Comparator.comparing(ForeignKey::name));
            tables.add(new Table(table, tableOwner.feature(), tableOwner.contribution(), List.copyOf(columns), List.copyOf(indexes),
                    List.copyOf(foreignKeys)));
        }
        tables.add(sequenceTable(owners.sequenceNames));
        tables.sort(Comparator.comparing((Table t) -> !t.contribution().equals(ENGINE)).thenComparing(Table::contribution).thenComparing(Table::name));
        return new SchemaModel(List.copyOf(tables));
    }

    /**
     * EclipseLink's TableSequence table. EclipseLink makes SEQ_NAME 50 characters long; here it
     * must hold the longest sequence name (a root table's name), so a model with a longer table
     * name is caught before the first insert fails.
     */
    private static Table sequenceTable(Collection<String> sequenceNames) {
        int longest = sequenceNames.stream().mapToInt(String::length).max().orElse(1);
        String feature = EmfDescriptors.SEQUENCE_TABLE;
        return new Table(EmfDescriptors.SEQUENCE_TABLE, feature, ENGINE,
                List.of(new Column(SEQUENCE_NAME, String.class, longest, 0, false, true, feature, ENGINE),
                        new Column(SEQUENCE_COUNT, BigDecimal.class, 15, 0, true, false, feature, ENGINE)),
                List.of(), List.of());
    }

    /** The sequence names of the descriptors (each root table's name), sorted. */
    public static List<String> sequenceNames(Collection<? extends ClassDescriptor> descriptors) {
        return descriptors.stream().map(ClassDescriptor::getSequenceNumberName).filter(n -> n != null).distinct().sorted().toList();
    }

    /** The tables one contribution's changelog makes, and the columns it adds to other contributions' tables. */
    public List<Table> of(String contribution) {
        return tables.stream().filter(t -> t.contribution().equals(contribution)
                || t.columns().stream().anyMatch(c -> c.contribution().equals(contribution))
                || t.indexes().stream().anyMatch(i -> i.contribution().equals(contribution))).toList();
    }

    private record Owner(String feature, String contribution) {
    }

    /** Who needs each table and column, found from the descriptors' mappings and the Ecore model. */
    private static final class Owners {
        private final Map<String, EClass> classesByName = new HashMap<>();
        private final Map<EPackage, String> contributions;
        private final Map<String, Owner> tables = new LinkedHashMap<>();
        private final Map<String, Owner> columns = new LinkedHashMap<>();
        private final List<String> sequenceNames = new ArrayList<>();

        Owners(Map<EPackage, String> contributions) {
            this.contributions = contributions;
            for (EPackage ePackage : contributions.keySet()) {
                for (EClassifier classifier : ePackage.getEClassifiers()) {
                    if (classifier instanceof EClass eClass) {
                        classesByName.putIfAbsent(eClass.getName(), eClass);
                    }
                }
            }
        }

        void describe(ClassDescriptor descriptor) {
            EClass eClass = classesByName.get(descriptor.getAlias());
            if (eClass == null) {
                return;
            }
            Owner classOwner = new Owner(eClass.getName(), contributionOf(eClass));
            if (descriptor.getSequenceNumberName() != null && !sequenceNames.contains(descriptor.getSequenceNumberName())) {
                sequenceNames.add(descriptor.getSequenceNumberName());
            }
            descriptor.getTables().forEach(t -> tables.putIfAbsent(t.getName().toUpperCase(Locale.ROOT), classOwner));
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                EStructuralFeature feature = eClass.getEAllStructuralFeatures().stream().filter(f -> f.getName().equals(mapping.getAttributeName()))
                        .findFirst().orElse(null);
                Owner owner = feature == null ? classOwner
                        : new Owner(feature.getEContainingClass().getName() + "." + feature.getName(), contributionOf(feature.getEContainingClass()));
                // list mappings report the owner's key among their fields: only columns of their own count
                List<DatabaseField> fields = new ArrayList<>();
                if (mapping.isDirectToFieldMapping() || mapping.isOneToOneMapping()) {
                    fields.addAll(mapping.getFields());
                }
                if (mapping instanceof DirectCollectionMapping collection) {
                    tables.putIfAbsent(collection.getReferenceTableName().toUpperCase(Locale.ROOT), owner);
                    fields.add(collection.getDirectField());
                    fields.addAll(collection.getReferenceKeyFields());
                } else if (mapping instanceof ManyToManyMapping links) {
                    tables.putIfAbsent(links.getRelationTableName().toUpperCase(Locale.ROOT), owner);
                    fields.addAll(links.getSourceRelationKeyFields());
                    fields.addAll(links.getTargetRelationKeyFields());
                } else if (mapping instanceof UnidirectionalOneToManyMapping children) {
                    fields.addAll(children.getTargetForeignKeyFields());
                }
                if (mapping instanceof CollectionMapping list && list.getListOrderField() != null) {
                    fields.add(list.getListOrderField());
                }
                for (DatabaseField field : fields) {
                    if (field.getTable() != null && !field.getTableName().isEmpty()) {
                        columns.putIfAbsent((field.getTableName() + "." + field.getName()).toUpperCase(Locale.ROOT), owner);
                    }
                }
            }
        }

        private String contributionOf(EClass eClass) {
            return contributions.getOrDefault(eClass.getEPackage(), ENGINE);
        }
    }
}
