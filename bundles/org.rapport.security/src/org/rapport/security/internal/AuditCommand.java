package org.rapport.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.core.api.ClockService;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.api.AuditLog.Filter;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * {@code rapport-ctl audit --since DATE|DATETIME [--user LOGIN] [--object Class#id]}: the audit
 * log from a time on, one tab-separated line per entry (time, user, action, object, feature,
 * old -> new), for administrators, who sign in as for {@code user}. Dates and times are read and
 * printed in the clock's zone.
 */
@Component(service = CliCommand.class)
public class AuditCommand extends AreaCommand {

    /** Entries read per round trip: the log may be long, the output streams. */
    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private AuditLog log;
    @Reference
    private ClockService clock;

    /** For DS. */
    public AuditCommand() {
    }

    /** For tests. */
    public AuditCommand(Authenticator authenticator, CurrentUser current, AuditLog log, ClockService clock) {
        this.authenticator = authenticator;
        this.current = current;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return Messages.audit_summary;
    }

    @Override
    public String usage() {
        return Messages.audit_usage;
    }

    /** {@code audit --since ...}, the published grammar, is {@code audit list --since ...}. */
    @Override
    protected Optional<String> defaultVerb() {
        return Optional.of("list");
    }

    @Override
    public List<Verb> verbs() {
        return List.of(Verb.named("list").usage(Messages.audit_usage).option("--since").option("--user").option("--object").records(Format.TSV)
                .action(this::list).build());
    }

    private int list(CliContext context, Arguments arguments) throws CliException {
        String since = arguments.value("--since").orElseThrow(() -> new UsageException(NLS.bind(Messages.audit_no_since, "--since")));
        ZoneId zone = clock.zone();
        Instant from = instant(since, zone);
        if (from == null) {
            throw new UsageException(NLS.bind(Messages.audit_bad_since, since));
        }
        String objectClass = null;
        Long objectId = null;
        String object = arguments.value("--object").orElse(null);
        if (object != null) {
            int hash = object.lastIndexOf('#');
            try {
                objectId = hash <= 0 ? null : Long.valueOf(object.substring(hash + 1));
            } catch (NumberFormatException e) {
                objectId = null;
            }
            if (objectId == null) {
                throw new UsageException(NLS.bind(Messages.audit_bad_object, object));
            }
            objectClass = object.substring(0, hash);
        }
        Filter filter = new Filter(from, null, arguments.value("--user").orElse(null), objectClass, objectId);
        return new CommandLineSession(authenticator, current).signedIn((c, a) -> {
            try (RecordPrinter records = new RecordPrinter(c.out(), a.format(), "time", "user", "action", "object", "feature", "change")) {
                for (int first = 0;; first += PAGE) {
                    List<Entry> entries = log.entries(filter, first, PAGE);
                    entries.forEach(entry -> records.print((Object[]) columns(entry, zone)));
                    if (entries.size() < PAGE) {
                        return OK;
                    }
                }
            }
        }).run(context, arguments);
    }

    /** A date (from its start), a local date and time, or one with an offset; null when it is none of these. */
    static Instant instant(String text, ZoneId zone) {
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            // try the longer forms
        }
        String iso = text.replace(' ', 'T');
        try {
            return LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try with an offset
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String line(Entry entry, ZoneId zone) {
        return String.join("\t", columns(entry, zone));
    }

    /** An entry's columns: time, user, action, object, feature, old -> new. */
    static String[] columns(Entry entry, ZoneId zone) {
        String values = switch (entry.action()) {
        case CREATE, UPDATE, DELETE -> entry.feature() == null && entry.newValue() == null ? "" : text(entry.oldValue()) + " -> " + text(entry.newValue());
        case EXPORT -> text(entry.newValue());
        case VIEW -> "";
        };
        return new String[] { TIME.format(entry.at().atZone(zone)), entry.login(), entry.action().getLiteral(), entry.object(), text(entry.feature()),
                values };
    }

    /** No value prints as nothing; tabs and line breaks inside values are escaped so each entry stays one line of columns. */
    private static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
