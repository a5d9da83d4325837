package org.rapport.persistence.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.expressions.Expression;
import org.eclipse.persistence.internal.expressions.FieldExpression;
import org.eclipse.persistence.internal.expressions.FunctionExpression;
import org.eclipse.persistence.internal.expressions.IndexExpression;
import org.eclipse.persistence.internal.expressions.LiteralExpression;
import org.eclipse.persistence.internal.expressions.TableExpression;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.rapport.persistence.api.StoreException;

/**
 * EclipseLink's JPQL lets a query name the database itself: {@code COLUMN('INCOME', c)}, a
 * {@code TABLE(...)}, and SQL text in {@code SQL(...)} or {@code FUNCTION(...)}. The read rules see
 * the model's attributes and classes only, so such a name would read past them (a hidden field, a
 * row of someone else's). A query may still use SQL for what JPQL lacks (a time difference), as long
 * as its text names no table or column: the data it works on come in as arguments, which the rules
 * see.
 */
final class RawSqlCheck {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private final Set<String> schemaNames = new HashSet<>();

    RawSqlCheck(AbstractSession session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            descriptor.getTableNames().forEach(table -> add(table));
            for (DatabaseField field : descriptor.getFields()) {
                add(field.getName());
                if (field.getTableName() != null) {
                    add(field.getTableName());
                }
            }
        }
    }

    private void add(String name) {
        String bare = name.substring(name.lastIndexOf('.') + 1).replace("\"", "");
        schemaNames.add(bare.toUpperCase(Locale.ROOT));
    }

    /** @throws StoreException when this node of a query names a table or a column of the database */
    void check(Expression each) {
        // INDEX() is a field expression too, of the list's position column, named by the model
        if (each instanceof FieldExpression field && !(each instanceof IndexExpression) && field.getField() != null) {
            throw refused(field.getField().getName());
        }
        if (each instanceof TableExpression table) {
            throw refused(table.getTable().getName());
        }
        if (each instanceof LiteralExpression literal) {
            words(literal.getValue());
        } else if (each instanceof FunctionExpression function && function.getOperator() != null
                && function.getOperator().getDatabaseStrings() != null) {
            for (String text : function.getOperator().getDatabaseStrings()) {
                words(text);
            }
        }
    }

    private void words(String sql) {
        if (sql == null) {
            return;
        }
        // quoted text is a value, not a name
        Matcher words = WORD.matcher(sql.replaceAll("'[^']*'", " "));
        while (words.find()) {
            if (schemaNames.contains(words.group().toUpperCase(Locale.ROOT))) {
                throw refused(words.group());
            }
        }
    }

    private static StoreException refused(String name) {
        return new StoreException("The query names the database's " + name
                + " directly (COLUMN, TABLE, or SQL text in SQL or FUNCTION), where the access rules cannot see what it reads: "
                + "query the model's attributes, and pass them to SQL as arguments", null);
    }
}
