package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * The SQL a store sends, as EclipseLink logs it (the text of each statement, without its values),
 * for tests that check what is read and written. Attach before the units of work to watch begin:
 * a unit of work takes its session's log when it starts.
 */
public final class StatementLog extends AbstractSessionLog {

    private final List<String> statements = new ArrayList<>();

    private StatementLog() {
        setLevel(SessionLog.FINE);
    }

    /** Records every statement of this store from now on (and no other log output). */
    public static StatementLog attach(EclipseLinkStore store) {
        StatementLog log = new StatementLog();
        store.session().setSessionLog(log);
        store.session().setLogLevel(SessionLog.FINE);
        return log;
    }

    @Override
    public synchronized void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            statements.add(entry.getMessage().strip());
        }
    }

    /** The statements so far, upper case, and forgets them. */
    public synchronized List<String> take() {
        List<String> taken = statements.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        statements.clear();
        return taken;
    }
}
