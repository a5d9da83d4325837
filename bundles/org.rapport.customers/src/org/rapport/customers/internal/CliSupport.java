package org.rapport.customers.internal;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.CliContext;
import org.rapport.customers.api.Progress;

/** What the customers commands share: progress on standard error. */
final class CliSupport {

    private CliSupport() {
    }

    /** Progress of a long command on standard error: every {@link Progress#EVERY} rows. */
    static Progress progress(CliContext context, String what) {
        return new Progress() {
            @Override
            public void rows(long rows) {
                context.err().println(NLS.bind(Messages.cli_progress_rows, what, rows));
            }
        };
    }
}
