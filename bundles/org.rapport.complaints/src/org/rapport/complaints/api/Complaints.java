package org.rapport.complaints.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The complaints service: business calendars and service policies, complaints through their
 * lifecycle with their service-level clocks, and the escalation tick. Every method works as the
 * signed-in user (the store applies their access rules) and takes the time from the clock service.
 */
public interface Complaints {

    /** The name of the shipped calendar, open every minute in the clock service's zone. */
    String ALWAYS_OPEN = "24x7";

    /** Who the automatic escalation is recorded as. */
    String SYSTEM = "system";

    /** A calendar as written by an administrator; dates given here replace the stored ones of the same date. */
    record CalendarChange(String name, String zone, String hours, Map<LocalDate, String> holidays, Set<LocalDate> workdays,
            Map<LocalDate, String> dateHours) {
    }

    /** Creates or changes a calendar; refuses bad hours, zones and dates with a message saying which. */
    BusinessCalendar setCalendar(CalendarChange change);

    /** The calendar of this name; {@link #ALWAYS_OPEN} (or null) is the shipped 24x7. */
    BusinessCalendar calendar(String name);

    /** A due time and how it was found. */
    record DueAnswer(Optional<Instant> due, String explanation) {
    }

    DueAnswer due(String calendarName, Instant from, Duration add);

    /** Sets the policy for a severity and tier (null: every tier without its own). */
    void setPolicy(Severity severity, String tier, String calendarName, Duration acknowledge, Duration solution, Duration resolve);

    /** A new complaint; it starts as new, its clocks from {@code openedAt}. */
    record NewComplaint(String reference, String customerRef, Instant openedAt, String channel, String categoryCode, Severity severity,
            String subject, String description) {
    }

    /** Opens a complaint in the caller's unit of work (an import's batch): not committed here. */
    Complaint open(UnitOfWork work, NewComplaint complaint);

    Complaint open(NewComplaint complaint);

    /** What became of a customer's contact: a complaint of its own, or a further contact of an open one ({@code joined}). */
    record Intake(Complaint complaint, boolean joined) {
    }

    /**
     * A customer's contact under a reference of its own (an imported row, a contact taken at the
     * desk), in the caller's unit of work. It joins the customer's open complaint (status other than
     * resolved, follow-up done and closed) of the same category, opened at or before the contact,
     * as a contact counted as a repeat; of several, the earliest opened (then the smallest reference).
     * A contact without a category, or with none matching, opens a complaint under its reference.
     * A reference already used by a complaint or by a contact that joined one is refused
     * ({@link ComplaintExistsException}), so the same row imported again is not counted twice.
     */
    Intake intake(UnitOfWork work, NewComplaint contact);

    /** {@link #intake(UnitOfWork, NewComplaint)} in a unit of work of its own; no opening time: now. */
    Intake intake(NewComplaint contact);

    /** {@link #act(String, Lifecycle, Instant, String, Integer, Integer)} without an answer to the recommend question. */
    default Complaint act(String reference, Lifecycle step, Instant at, String note, Integer csat) {
        return act(reference, step, at, note, csat, null);
    }

    /**
     * Takes a lifecycle step at {@code at} (null: now); refuses an illegal one saying which steps the
     * status allows. The follow-up records the customer's satisfaction {@code csat} (1-5, required)
     * and their answer to "how likely are you to recommend us" {@code recommend} (0-10, optional: null
     * when not asked or not answered); a complaint followed up again keeps the answers of its last
     * follow-up. A recommend answer with any other step is refused.
     */
    Complaint act(String reference, Lifecycle step, Instant at, String note, Integer csat, Integer recommend);

    /**
     * A further contact from the customer about the complaint, on any channel (one conversation
     * across channels): it joins the complaint's history with its channel and counts as a repeat
     * contact. Refused for a closed complaint (reopen it first). The clocks are not changed: a
     * reply while waiting is followed by {@link Lifecycle#RESUME}.
     */
    Complaint contact(String reference, String channel, Instant at, String note);

    /**
     * Gives the customer a compensation for the complaint (not a closed one); loyalty points are
     * posted to the ledger through the loyalty API in the same transaction, so both are stored or
     * neither. Other kinds are recorded.
     */
    Complaint compensate(String reference, CompensationKind kind, Long points, BigDecimal amount, String description);

    /** One of a complaint's three clocks at a moment. */
    record Clock(String name, Duration business, Optional<Instant> due, Optional<Instant> met, boolean overdue, String explanation) {
    }

    record ComplaintView(Complaint complaint, List<Clock> clocks) {
    }

    ComplaintView show(String reference, Instant asOf);

    /** Complaints the user may read, most urgent first; with {@code overdue} only those with a clock run out at {@code asOf}. */
    List<ComplaintView> list(boolean overdue, Instant asOf);

    /** What one tick did to one complaint. */
    record Escalation(String reference, int fromLevel, int toLevel, ComplaintStatus status, String clock) {
    }

    /**
     * Escalates every open complaint whose clocks ran out by {@code asOf}: one level per clock, up
     * to 3; idempotent, and safe when several processes run it at the same moment (each complaint
     * escalates once per clock). Reads only the complaints whose stored next escalation is due, by
     * the due times stored when each last changed. The workbench runs it every minute as a system
     * job; {@code rapport-ctl complaints tick} runs it for cron.
     */
    List<Escalation> tick(Instant asOf);

    /**
     * Gives the complaint to a staff member ({@code assignee}, a login; null or empty: to nobody),
     * recorded in its history as an assignment whose note is the new assignee's login. Refused for
     * a closed complaint, and with a clear message when someone else changed it meanwhile.
     */
    Complaint assign(String reference, String assignee);

    /** The names of the administrators' calendars, sorted; the shipped {@link #ALWAYS_OPEN} is not stored and not among them. */
    List<String> calendarNames();

    /**
     * Makes a calendar exactly what {@code change} says: its zone and hours, and as its dates only the
     * holidays, make-up days and dates with their own hours given (the stored ones not given are
     * removed). All or nothing: a bad hours text, zone or date stores none of it.
     */
    BusinessCalendar replaceCalendar(CalendarChange change);

    /** A service policy: for a severity and a customer tier (null: every tier without its own), on a calendar. */
    record Policy(Severity severity, String tier, String calendarName, Duration acknowledge, Duration solution, Duration resolve, boolean shipped) {
    }

    /**
     * The stored policies by severity, every-tier first, then by tier; for a severity without an
     * every-tier policy, the shipped one ({@code shipped}) that its complaints run on.
     */
    List<Policy> policies();

    /** Removes the stored policy of a severity and tier (null: the every-tier one, whose severity then runs on the shipped one). */
    void removePolicy(Severity severity, String tier);
}
