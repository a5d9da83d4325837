package org.rapport.complaints.internal;

import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.security.api.CommandLineSession;

/** {@code rapport-ctl complaints category list | add | rename | move | retire | reinstate}: the category tree. */
final class CategoryVerbs {

    private static final String ALL = "--all";
    private static final String NAME = "--name";
    private static final String NAME_ZH = "--name-zh";
    private static final String PARENT = "--parent";
    private static final String TOP = "--top";

    private final Categories categories;

    CategoryVerbs(Categories categories) {
        this.categories = categories;
    }

    Verb verb(CommandLineSession session, String usage, UnaryOperator<Verb.Action> refusals) {
        return Verb.named("category").usage(usage).parameter("list|add|rename|move|retire|reinstate").optionalParameter("CODE").flag(ALL).flag(TOP)
                .option(NAME).option(NAME_ZH).option(PARENT).records(Format.TABLE).action(session.signedIn(refusals.apply(this::run))).build();
    }

    private int run(CliContext context, Arguments arguments) throws CliException {
        String word = arguments.parameter(0);
        if (word.equals("list")) {
            try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "name", "name_zh", "parent", "depth", "active")) {
                for (Entry entry : categories.tree(arguments.has(ALL))) {
                    records.print(entry.code(), entry.name(), entry.nameZh(), entry.parent(), entry.depth(), entry.active());
                }
            }
            return 0;
        }
        String code = CliWords.parameter(arguments, 1, "CODE");
        Entry changed = switch (word) {
            case "add" -> categories.add(code, arguments.value(NAME).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, NAME))),
                    arguments.value(NAME_ZH).orElse(null), arguments.value(PARENT).orElse(null));
            case "rename" -> {
                if (arguments.value(NAME).isEmpty() && arguments.value(NAME_ZH).isEmpty()) {
                    throw new UsageException(NLS.bind(Messages.cli_option_missing, NAME + " / " + NAME_ZH));
                }
                yield categories.rename(code, arguments.value(NAME).orElse(null), arguments.value(NAME_ZH).orElse(null));
            }
            case "move" -> {
                if (arguments.value(PARENT).isPresent() == arguments.has(TOP)) {
                    throw new UsageException(Messages.cli_category_where);
                }
                yield categories.move(code, arguments.value(PARENT).orElse(null));
            }
            case "retire" -> categories.retire(code);
            case "reinstate" -> categories.reinstate(code);
            default -> throw new UsageException(NLS.bind(Messages.cli_bad_word, word, "list, add, rename, move, retire, reinstate"));
        };
        context.out().println(NLS.bind(Messages.cli_category_done, new Object[] { changed.code(), changed.name(),
                changed.parent() == null ? Messages.cli_category_top : changed.parent(), changed.active() ? Messages.cli_category_active : Messages.cli_category_retired }));
        return 0;
    }
}
