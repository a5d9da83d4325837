package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.expressions.Expression;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.expressions.ExpressionOperator;
import org.eclipse.persistence.internal.expressions.ExpressionIterator;
import org.eclipse.persistence.internal.expressions.LogicalExpression;
import org.eclipse.persistence.internal.expressions.ObjectExpression;
import org.eclipse.persistence.internal.expressions.QueryKeyExpression;
import org.eclipse.persistence.internal.expressions.RelationExpression;
import org.eclipse.persistence.internal.expressions.SubSelectExpression;
import org.eclipse.persistence.internal.queries.ReportItem;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.ReportQuery;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.AccessPolicy.RowCondition;
import org.rapport.persistence.internal.mapping.EmfDescriptors;

/**
 * What a parsed query reads, for the read rules: the classes it reaches, the attributes it
 * filters, sorts, groups or computes on, the attributes it selects as plain columns (masked in
 * its results rather than refused), and its range variables (where row conditions go).
 */
final class QueryShape {

    /** A result column that is one attribute's value. */
    record SelectedAttribute(int column, EClass eClass, EAttribute attribute) {
    }

    /**
     * A step through a plain reference to a class ({@code JOIN m.customer c}, {@code m.customer.name}),
     * with the (sub)query it appears in: the class's row condition goes on the step as on a range.
     */
    private record Reference(QueryKeyExpression step, ObjectLevelReadQuery level, EClass eClass) {
    }

    private final Set<EClass> classes;
    private final Set<EAttribute> conditions;
    private final List<SelectedAttribute> selected;
    private final Map<ExpressionBuilder, ObjectLevelReadQuery> ranges;
    private final Set<ExpressionBuilder> contained;
    private final Map<EClass, Set<EClass>> containers;
    private final Set<EClass> otherwise;
    private final List<Reference> references;
    private final AbstractSession session;

    private QueryShape(Walker walker, AbstractSession session) {
        this.classes = walker.classes;
        this.containers = walker.containers;
        this.otherwise = walker.otherwise;
        this.conditions = walker.conditions;
        this.selected = walker.selected;
        this.ranges = walker.ranges;
        this.contained = walker.contained;
        this.references = walker.references;
        this.session = session;
    }

    /** The shape of a query built from JPQL; the query is only read; {@code rawSql} refuses it when it names the schema. */
    static QueryShape of(DatabaseQuery query, AbstractSession session, RawSqlCheck rawSql) {
        Walker walker = new Walker(session, rawSql);
        if (query instanceof ObjectLevelReadQuery read) {
            walker.query(read, true);
        }
        return new QueryShape(walker, session);
    }

    /** What the query reads, as the access policy is asked about it. */
    QueryUse use(String jpql) {
        Set<EClass> ownRanges = new LinkedHashSet<>(otherwise);
        ranges.forEach((range, level) -> {
            if (!contained.contains(range)) {
                ownRanges.add(eClassOf(range, level));
            }
        });
        Map<EClass, Set<EClass>> onlyContained = new LinkedHashMap<>(containers);
        onlyContained.keySet().removeAll(ownRanges);
        return new QueryUse(jpql, classes, conditions, onlyContained);
    }

    /** The result columns that are plain attribute values. */
    List<SelectedAttribute> selected() {
        return selected;
    }

    /**
     * The row conditions these rules add to this query, as a key for the prepared query that
     * carries them; empty when they add none.
     */
    String rowConditionKey(ReadRules rules) {
        StringBuilder key = new StringBuilder();
        for (ExpressionBuilder range : ranges.keySet()) {
            Optional<RowCondition> condition = rules.rowCondition(eClassOf(range, ranges.get(range)));
            condition.ifPresent(c -> key.append(c.path()).append('=').append(c.value()).append(';'));
        }
        for (Reference reference : references) {
            rules.rowCondition(reference.eClass()).ifPresent(c -> key.append(reference.step().getName()).append('.').append(c.path()).append('=').append(c.value()).append(';'));
        }
        return key.toString();
    }

    /**
     * Adds the rules' row conditions to the criteria of the (sub)query that declares each range
     * variable, and of the one that steps through each plain reference: a class whose rows are
     * restricted is restricted however a query reaches it ({@code SELECT c.name FROM Membership m
     * JOIN m.customer c} reads the user's customers only, though every membership is readable).
     * The query must be a fresh parse of its own: its expressions are changed.
     */
    void addRowConditions(ReadRules rules) {
        for (Map.Entry<ExpressionBuilder, ObjectLevelReadQuery> range : ranges.entrySet()) {
            ObjectLevelReadQuery level = range.getValue();
            Optional<RowCondition> condition = rules.rowCondition(eClassOf(range.getKey(), level));
            if (condition.isEmpty()) {
                continue;
            }
            and(level, rowOf(range.getKey(), condition.get(), false));
        }
        for (Reference reference : references) {
            Optional<RowCondition> condition = rules.rowCondition(reference.eClass());
            if (condition.isEmpty()) {
                continue;
            }
            QueryKeyExpression step = reference.step();
            if (!step.shouldUseOuterJoin()) {
                and(reference.level(), rowOf(step, condition.get(), false));
            } else if (condition.get().path().size() == 1) {
                // LEFT JOIN keeps its row and joins another user's object as none
                Expression row = rowOf(step, condition.get(), false);
                step.setOnClause(step.getOnClause() == null ? row : step.getOnClause().and(row));
            } else {
                // a condition through further references cannot join inside the ON clause (the
                // databases refuse a table joined after it): the row of another user's object is left out
                and(reference.level(), step.isNull().or(rowOf(step, condition.get(), true)));
            }
        }
    }

    private static Expression rowOf(Expression base, RowCondition condition, boolean allowingNull) {
        Expression path = base;
        List<String> features = condition.path();
        for (int i = 0; i < features.size(); i++) {
            // an outer join steps through references only, not into the attribute at the end
            path = allowingNull && i < features.size() - 1 ? path.getAllowingNull(features.get(i)) : path.get(features.get(i));
        }
        return path.equal(condition.value());
    }

    private static void and(ObjectLevelReadQuery level, Expression row) {
        level.setSelectionCriteria(level.getSelectionCriteria() == null ? row : level.getSelectionCriteria().and(row));
    }

    private EClass eClassOf(ExpressionBuilder range, ObjectLevelReadQuery level) {
        Class<?> type = range.getQueryClass() != null ? range.getQueryClass() : level.getReferenceClass();
        return EmfDescriptors.eClassOf(session.getDescriptor(type));
    }

    /** Walks a query and its subqueries once. */
    private static final class Walker {

        private final AbstractSession session;
        private final Set<EClass> classes = new LinkedHashSet<>();
        private final Set<EAttribute> conditions = new LinkedHashSet<>();
        /** Classes reached through a containment feature, with the classes it steps from. */
        private final Map<EClass, Set<EClass>> containers = new LinkedHashMap<>();
        /** Classes reached some other way: the queried class, a plain reference. */
        private final Set<EClass> otherwise = new LinkedHashSet<>();
        private final List<SelectedAttribute> selected = new ArrayList<>();
        /** Each range variable with the outermost (sub)query it appears in: the one that declares it. */
        private final Map<ExpressionBuilder, ObjectLevelReadQuery> ranges = new LinkedHashMap<>();
        /**
         * Range variables of subqueries over a containment list of an outer range variable
         * ({@code SELECT a FROM c.addresses a}): their rows are that variable's contained objects.
         */
        private final Set<ExpressionBuilder> contained = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The ON clauses of joins walked so far: a clause names its own join, so it is walked once. */
        private final Set<Expression> onClauses = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Steps through plain references, each once (the same join may be named in several places). */
        private final List<Reference> references = new ArrayList<>();
        private final Set<QueryKeyExpression> referenceSteps = Collections.newSetFromMap(new IdentityHashMap<>());
        private final RawSqlCheck rawSql;

        Walker(AbstractSession session, RawSqlCheck rawSql) {
            this.session = session;
            this.rawSql = rawSql;
        }

        void query(ObjectLevelReadQuery query, boolean top) {
            range(query.getExpressionBuilder(), query);
            if (query.getReferenceClass() != null) {
                EClass queried = EmfDescriptors.eClassOf(session.getDescriptor(query.getReferenceClass()));
                classes.add(queried);
                if (!top && overOuterContainment(query)) {
                    // its path, walked with the criteria, records the containment it is reached through
                    contained.add(query.getExpressionBuilder());
                } else {
                    otherwise.add(queried);
                }
            }
            if (query instanceof ReportQuery report) {
                List<ReportItem> items = report.getItems();
                for (int column = 0; column < items.size(); column++) {
                    Expression item = items.get(column).getAttributeExpression();
                    if (item == null) {
                        continue;
                    }
                    if (top && item instanceof QueryKeyExpression key && attribute(key) != null) {
                        selected.add(new SelectedAttribute(column, ownerEClass(key.getBaseExpression(), query), attribute(key)));
                        walk(item, false, query);
                    } else {
                        walk(item, true, query);
                    }
                }
                report.getGroupByExpressions().forEach(e -> walk(e, true, query));
                walk(report.getHavingExpression(), true, query);
            }
            walk(query.getSelectionCriteria(), true, query);
            query.getOrderByExpressions().forEach(e -> walk(e, true, query));
            for (Object joined : query.getJoinedAttributeExpressions()) {
                walk((Expression) joined, false, query);
            }
            query.getNonFetchJoinAttributeExpressions().forEach(e -> walk(e, false, query));
        }

        private void walk(Expression expression, boolean condition, ObjectLevelReadQuery level) {
            if (expression == null) {
                return;
            }
            expression.iterateOn(new ExpressionIterator<Void>() {
                @Override
                public void iterate(Expression each) {
                    rawSql.check(each);
                    if (each instanceof ObjectExpression join) {
                        // a path (JOIN c.x e ON ...) or another entity (JOIN Customer c ON ...)
                        onClause(join, level);
                    }
                    if (each instanceof SubSelectExpression sub && sub.getSubQuery() != null) {
                        query(sub.getSubQuery(), false);
                    } else if (each instanceof ExpressionBuilder builder) {
                        range(builder, level);
                    } else if (each instanceof QueryKeyExpression key) {
                        ClassDescriptor owner = ownerDescriptor(key.getBaseExpression(), level);
                        DatabaseMapping mapping = owner == null ? null : owner.getObjectBuilder().getMappingForAttributeName(key.getName());
                        if (mapping == null) {
                            return;
                        }
                        // the class the path steps from, not the supertype that declares the feature
                        EClass from = EmfDescriptors.eClassOf(owner);
                        classes.add(from);
                        if (mapping.getReferenceDescriptor() != null) {
                            EClass to = EmfDescriptors.eClassOf(mapping.getReferenceDescriptor());
                            classes.add(to);
                            if (EmfDescriptors.featureOf(mapping) instanceof EReference reference && reference.isContainment()) {
                                containers.computeIfAbsent(to, c -> new LinkedHashSet<>()).add(from);
                            } else {
                                otherwise.add(to);
                                if (referenceSteps.add(key)) {
                                    references.add(new Reference(key, level, to));
                                }
                            }
                        }
                        if (condition && EmfDescriptors.featureOf(mapping) instanceof EAttribute attribute) {
                            conditions.add(attribute);
                        }
                    }
                }
            });
        }

        /**
         * A join's ON clause filters like WHERE does (JPQL {@code JOIN c.x e ON e.attribute ...}),
         * so its attributes are conditions too; EclipseLink keeps the clause on the join's path,
         * where iterating over the query's expressions does not reach it.
         */
        private void onClause(ObjectExpression join, ObjectLevelReadQuery level) {
            Expression clause = join.getOnClause();
            if (clause != null && onClauses.add(clause)) {
                walk(clause, true, level);
            }
        }

        /**
         * Whether a subquery ranges over a list reached from an outer range variable through
         * containment features only ({@code FROM c.addresses a}, {@code FROM o.lines l}): EclipseLink
         * parses that as a range variable of the list's class with the conjunct
         * {@code a = c.anyOf(addresses)}. A path through a plain reference or from a join variable
         * does not count: no row condition constrains where it starts.
         */
        private boolean overOuterContainment(ObjectLevelReadQuery query) {
            ExpressionBuilder own = query.getExpressionBuilder();
            for (Expression conjunct : conjuncts(query.getSelectionCriteria(), new ArrayList<>())) {
                if (conjunct instanceof RelationExpression relation && relation.getOperator().getSelector() == ExpressionOperator.Equal
                        && relation.getFirstChild() == own && relation.getSecondChild() instanceof QueryKeyExpression path
                        && containmentFromOuterRange(path, query)) {
                    return true;
                }
            }
            return false;
        }

        private static List<Expression> conjuncts(Expression criteria, List<Expression> found) {
            if (criteria instanceof LogicalExpression logical && logical.getOperator().getSelector() == ExpressionOperator.And) {
                conjuncts(logical.getFirstChild(), found);
                conjuncts(logical.getSecondChild(), found);
            } else if (criteria != null) {
                found.add(criteria);
            }
            return found;
        }

        private boolean containmentFromOuterRange(QueryKeyExpression path, ObjectLevelReadQuery level) {
            Expression step = path;
            while (step instanceof QueryKeyExpression key) {
                DatabaseMapping mapping = mapping(key, level);
                if (mapping == null || !(EmfDescriptors.featureOf(mapping) instanceof EReference reference) || !reference.isContainment()) {
                    return false;
                }
                step = key.getBaseExpression();
            }
            return step instanceof ExpressionBuilder outer && outer != level.getExpressionBuilder() && ranges.containsKey(outer);
        }

        private void range(ExpressionBuilder builder, ObjectLevelReadQuery level) {
            ranges.putIfAbsent(builder, level);
        }

        private EAttribute attribute(QueryKeyExpression key) {
            DatabaseMapping mapping = mapping(key, null);
            if (mapping == null) {
                // the identity, or a query key that names an owner's or a referenced object's identity
                return null;
            }
            EStructuralFeature feature = EmfDescriptors.featureOf(mapping);
            return feature instanceof EAttribute attribute && !attribute.isMany() ? attribute : null;
        }

        /** The mapping a path step reads, or null (the identity, the version, or a step not resolved). */
        private DatabaseMapping mapping(QueryKeyExpression key, ObjectLevelReadQuery level) {
            ClassDescriptor owner = ownerDescriptor(key.getBaseExpression(), level);
            return owner == null ? null : owner.getObjectBuilder().getMappingForAttributeName(key.getName());
        }

        private EClass ownerEClass(Expression base, ObjectLevelReadQuery level) {
            ClassDescriptor owner = ownerDescriptor(base, level);
            return owner == null ? null : EmfDescriptors.eClassOf(owner);
        }

        private ClassDescriptor ownerDescriptor(Expression base, ObjectLevelReadQuery level) {
            if (base instanceof ExpressionBuilder builder) {
                Class<?> type = builder.getQueryClass();
                if (type == null) {
                    ObjectLevelReadQuery declaring = ranges.getOrDefault(builder, level);
                    type = declaring == null ? null : declaring.getReferenceClass();
                }
                return type == null ? null : session.getDescriptor(type);
            }
            if (base instanceof QueryKeyExpression key) {
                DatabaseMapping mapping = mapping(key, level);
                return mapping == null ? null : mapping.getReferenceDescriptor();
            }
            return null;
        }
    }
}
