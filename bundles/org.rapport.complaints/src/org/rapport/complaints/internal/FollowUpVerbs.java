package org.rapport.complaints.internal;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.Verb;
import org.rapport.complaints.api.FollowUps;
import org.rapport.complaints.api.FollowUps.FollowUp;
import org.rapport.complaints.model.Complaint;
import org.rapport.security.api.CommandLineSession;

/** {@code rapport-ctl complaints followups [--as-of DATETIME] [--overdue]}: the follow-up contacts to make. */
final class FollowUpVerbs {

    private static final String AS_OF = "--as-of";
    private static final String OVERDUE = "--overdue";

    /** Reads a date-time option in the installation's zone. */
    interface Times {
        Instant read(String option, Arguments arguments) throws CliException;
    }

    private final FollowUps followUps;
    private final Times times;

    FollowUpVerbs(FollowUps followUps, Times times) {
        this.followUps = followUps;
        this.times = times;
    }

    Verb verb(CommandLineSession session, String usage, UnaryOperator<Verb.Action> refusals) {
        return Verb.named("followups").usage(usage).option(AS_OF).flag(OVERDUE).records(Format.TABLE).action(session.signedIn(refusals.apply(this::run)))
                .build();
    }

    private int run(CliContext context, Arguments arguments) throws CliException {
        Instant asOf = times.read(AS_OF, arguments);
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "customer", "assignee", "resolved_at", "due",
                "overdue")) {
            for (FollowUp followUp : followUps.due(asOf)) {
                if (followUp.overdue() || !arguments.has(OVERDUE)) {
                    Complaint complaint = followUp.complaint();
                    records.print(complaint.getReference(), complaint.getCustomer().getReference(), complaint.getAssignee(), followUp.resolvedAt(),
                            followUp.due(), followUp.overdue());
                }
            }
        }
        return CliCommand.OK;
    }
}
