package org.rapport.complaints.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.UsageException;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.CompensationKind;

/** Words and numbers of the service desk's commands, read once for every verb that takes them. */
final class CliWords {

    private CliWords() {
    }

    /** A kind of compensation as written: its literal in any case with - for _, or points for loyalty points. */
    static Optional<CompensationKind> compensationKind(String word) {
        String literal = word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Optional.ofNullable(literal.equals("POINTS") ? CompensationKind.LOYALTY_POINTS : CompensationKind.get(literal));
    }

    static ArticleKind articleKind(String word) throws UsageException {
        ArticleKind kind = word == null ? null : ArticleKind.get(word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        if (kind == null) {
            throw new UsageException(NLS.bind(Messages.cli_bad_article_kind, word == null ? "" : word));
        }
        return kind;
    }

    /** The option's whole number, if given. */
    static Long number(Arguments arguments, String option) throws UsageException {
        Optional<String> text = arguments.value(option);
        try {
            return text.map(value -> Long.valueOf(value.strip())).orElse(null);
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.cli_bad_number, option, text.get()));
        }
    }

    static BigDecimal amount(Arguments arguments, String option) throws UsageException {
        Optional<String> text = arguments.value(option);
        try {
            return text.map(value -> new BigDecimal(value.strip())).orElse(null);
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.cli_bad_amount, text.get()));
        }
    }

    static String lower(Enum<?> literal) {
        return literal == null ? null : literal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The parameter at {@code index}, or a usage error naming it. */
    static String parameter(Arguments arguments, int index, String name) throws UsageException {
        if (arguments.parameters().size() <= index) {
            throw new UsageException(NLS.bind(Messages.cli_parameter_missing, name));
        }
        return arguments.parameter(index);
    }
}
