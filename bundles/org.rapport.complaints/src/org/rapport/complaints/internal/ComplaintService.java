package org.rapport.complaints.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.ComplaintExistsException;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.ServiceCalendar;
import org.rapport.complaints.model.ServicePolicy;
import org.rapport.complaints.model.Severity;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.Customer;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/** {@link Complaints} over the store. */
@Component(service = Complaints.class)
public class ComplaintService implements Complaints {

    private static final int REF_LENGTH = 64;
    private static final int SUBJECT_LENGTH = 200;
    private static final int TEXT_LENGTH = 4000;
    private static final int NOTE_LENGTH = 2000;
    /** Complaints escalated per transaction by the tick. */
    private static final int TICK_BATCH = 200;
    /** Batches another desktop's tick may take first before this one gives up (it runs again at its next turn). */
    private static final int TICK_RACES = 20;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;
    /** The complaints each open unit of work opened, until it is gone: its queries see them only once committed. */
    private final Map<UnitOfWork, List<Complaint>> opened = new WeakHashMap<>();
    /** The customer's tier picks the policy; without loyalty every customer has the general one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Loyalty loyalty;

    /** For DS. */
    public ComplaintService() {
    }

    /** For tests. */
    public ComplaintService(Store store, ClockService clock, CurrentUser currentUser, Loyalty loyalty) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
        this.loyalty = loyalty;
    }

    @Override
    public BusinessCalendar setCalendar(CalendarChange change) {
        return storeCalendar(work -> Calendars.write(work, change));
    }

    private BusinessCalendar storeCalendar(java.util.function.Function<UnitOfWork, ServiceCalendar> writing) {
        try (UnitOfWork work = store.begin()) {
            BusinessCalendar calendar = Calendars.read(writing.apply(work));
            work.commit();
            return calendar;
        }
    }

    @Override
    public BusinessCalendar calendar(String name) {
        try (UnitOfWork work = store.begin()) {
            return calendar(work, name);
        }
    }

    private BusinessCalendar calendar(UnitOfWork work, String name) {
        if (name == null || name.isBlank() || name.equals(ALWAYS_OPEN)) {
            return BusinessCalendar.alwaysOpen(ALWAYS_OPEN, clock.zone());
        }
        ServiceCalendar stored = Calendars.find(work, name);
        if (stored == null) {
            throw new ComplaintsException(NLS.bind(Messages.calendar_unknown, name));
        }
        return Calendars.read(stored);
    }

    @Override
    public DueAnswer due(String calendarName, Instant from, Duration add) {
        BusinessCalendar calendar = calendar(calendarName);
        return new DueAnswer(calendar.due(from, add, List.of()), ClockExplainer.explainDue(calendar, from, add, List.of()));
    }

    @Override
    public void setPolicy(Severity severity, String tier, String calendarName, Duration acknowledge, Duration solution, Duration resolve) {
        if (severity == null || acknowledge == null || resolve == null) {
            throw new ComplaintsException(Messages.policy_incomplete);
        }
        try (UnitOfWork work = store.begin()) {
            ServiceCalendar calendar = null;
            if (calendarName != null && !calendarName.equals(ALWAYS_OPEN)) {
                calendar = Calendars.find(work, calendarName);
                if (calendar == null) {
                    throw new ComplaintsException(NLS.bind(Messages.calendar_unknown, calendarName));
                }
            }
            String tierName = tier == null || tier.isBlank() ? null : tier.strip();
            ServicePolicy policy = storedPolicy(work, severity, tierName).orElse(null);
            if (policy == null) {
                policy = ComplaintsFactory.eINSTANCE.createServicePolicy();
                policy.setSeverity(severity);
                policy.setTier(tierName);
                work.add(policy);
            }
            policy.setCalendar(calendar);
            policy.setAcknowledgeMinutes(Math.toIntExact(acknowledge.toMinutes()));
            policy.setSolutionMinutes(solution == null ? null : Math.toIntExact(solution.toMinutes()));
            policy.setResolveMinutes(Math.toIntExact(resolve.toMinutes()));
            work.commit();
        }
    }

    private static Optional<ServicePolicy> storedPolicy(UnitOfWork work, Severity severity, String tier) {
        List<ServicePolicy> found = tier == null
                ? work.query("SELECT p FROM ServicePolicy p WHERE p.severity = ?1 AND p.tier IS NULL", severity)
                : work.query("SELECT p FROM ServicePolicy p WHERE p.severity = ?1 AND p.tier = ?2", severity, tier);
        return found.stream().findFirst();
    }

    /** The tier's own policy, else the severity's, else the shipped one of DOMAIN.md section 4. */
    private ServicePolicy policy(UnitOfWork work, Severity severity, String customerRef) {
        Loyalty points = loyalty;
        Optional<String> tier = points == null ? Optional.empty() : points.tier(customerRef);
        Optional<ServicePolicy> own = tier.flatMap(name -> storedPolicy(work, severity, name));
        return own.or(() -> storedPolicy(work, severity, null)).orElseGet(() -> DefaultPolicies.of(severity));
    }

    @Override
    public List<String> calendarNames() {
        try (UnitOfWork work = store.begin()) {
            return Calendars.names(work);
        }
    }

    @Override
    public BusinessCalendar replaceCalendar(CalendarChange change) {
        return storeCalendar(work -> Calendars.replace(work, change));
    }

    @Override
    public List<Policy> policies() {
        try (UnitOfWork work = store.begin()) {
            List<ServicePolicy> stored = work.query("SELECT p FROM ServicePolicy p");
            return ServicePolicies.list(stored);
        }
    }

    @Override
    public void removePolicy(Severity severity, String tier) {
        String tierName = tier == null || tier.isBlank() ? null : tier.strip();
        try (UnitOfWork work = store.begin()) {
            ServicePolicy policy = storedPolicy(work, severity, tierName)
                    .orElseThrow(() -> new ComplaintsException(NLS.bind(Messages.policy_unknown, Labels.severity(severity),
                            tierName == null ? Messages.cli_every_tier : tierName)));
            work.remove(policy);
            work.commit();
        }
    }

    @Override
    public Complaint open(NewComplaint complaint) {
        try (UnitOfWork work = store.begin()) {
            Complaint opened = open(work, complaint);
            work.commit();
            return opened;
        }
    }

    @Override
    public Complaint open(UnitOfWork work, NewComplaint draft) {
        String reference = required(draft.reference(), "ref", REF_LENGTH);
        if (!work.query("SELECT c.reference FROM Complaint c WHERE c.reference = ?1", reference).isEmpty()) {
            throw new ComplaintExistsException(NLS.bind(Messages.complaint_exists, reference));
        }
        String customerRef = required(draft.customerRef(), "customer_ref", REF_LENGTH);
        List<Customer> customers = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", customerRef);
        if (customers.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.no_customer, customerRef));
        }
        if (draft.severity() == null) {
            throw new ComplaintsException(NLS.bind(Messages.field_missing, "severity"));
        }
        if (draft.openedAt() == null) {
            throw new ComplaintsException(NLS.bind(Messages.field_missing, "opened_at"));
        }
        Complaint complaint = ComplaintsFactory.eINSTANCE.createComplaint();
        complaint.setReference(reference);
        complaint.setCustomer(customers.get(0));
        complaint.setChannel(optional(draft.channel(), "channel", 32));
        complaint.setCategory(category(work, draft.categoryCode()));
        complaint.setSeverity(draft.severity());
        complaint.setSubject(required(draft.subject(), "subject", SUBJECT_LENGTH));
        complaint.setDescription(optional(draft.description(), "description", TEXT_LENGTH));
        complaint.setStatus(ComplaintStatus.NEW);
        complaint.setEscalationLevel(1);
        complaint.setOpenedAt(draft.openedAt());
        ServicePolicy policy = policy(work, draft.severity(), customerRef);
        complaint.setCalendarName(policy.getCalendar() == null ? null : policy.getCalendar().getName());
        complaint.setAcknowledgeMinutes(policy.getAcknowledgeMinutes());
        complaint.setSolutionMinutes(policy.getSolutionMinutes());
        complaint.setResolveMinutes(policy.getResolveMinutes());
        complaint.getEvents().add(event(EventKind.OPENED, draft.openedAt(), complaint.getChannel(), null, ComplaintStatus.NEW, null));
        ServiceClocks.recompute(complaint, calendar(work, complaint.getCalendarName()));
        work.add(complaint);
        synchronized (opened) {
            opened.computeIfAbsent(work, unit -> new ArrayList<>()).add(complaint);
        }
        return complaint;
    }

    @Override
    public Intake intake(NewComplaint contact) {
        NewComplaint now = contact.openedAt() != null ? contact
                : new NewComplaint(contact.reference(), contact.customerRef(), clock.now(), contact.channel(), contact.categoryCode(), contact.severity(),
                        contact.subject(), contact.description());
        try (UnitOfWork work = store.begin()) {
            Intake intake = intake(work, now);
            commit(work, intake.complaint().getReference());
            return intake;
        }
    }

    @Override
    public Intake intake(UnitOfWork work, NewComplaint contact) {
        String reference = required(contact.reference(), "ref", REF_LENGTH);
        if (!work.query("SELECT c.reference FROM Complaint c JOIN c.events e WHERE e.reference = ?1", reference).isEmpty()) {
            throw new ComplaintExistsException(NLS.bind(Messages.complaint_exists, reference));
        }
        Optional<Complaint> open = openOfSameCategory(work, contact);
        if (open.isEmpty()) {
            return new Intake(open(work, contact), false);
        }
        Complaint complaint = open.get();
        if (!work.query("SELECT c.reference FROM Complaint c WHERE c.reference = ?1", reference).isEmpty()) {
            throw new ComplaintExistsException(NLS.bind(Messages.complaint_exists, reference));
        }
        String said = contact.description() == null || contact.description().isBlank() ? contact.subject()
                : contact.subject() + ": " + contact.description().strip();
        String note = said == null ? null : said.strip().substring(0, Math.min(said.strip().length(), NOTE_LENGTH));
        ComplaintEvent event = event(EventKind.CONTACT, contact.openedAt(), optional(contact.channel(), "channel", 32), null, null, note);
        event.setReference(reference);
        complaint.getEvents().add(event);
        complaint.setRepeatContacts(complaint.getRepeatContacts() + 1);
        return new Intake(complaint, true);
    }

    /**
     * The matching rule of {@link Complaints#intake(UnitOfWork, NewComplaint)}, over the stored
     * complaints and those opened in the same unit of work (an import's batch), which its queries
     * do not see before the commit.
     */
    private Optional<Complaint> openOfSameCategory(UnitOfWork work, NewComplaint contact) {
        if (contact.categoryCode() == null || contact.categoryCode().isBlank() || contact.customerRef() == null || contact.openedAt() == null) {
            return Optional.empty();
        }
        String customer = contact.customerRef().strip();
        String category = contact.categoryCode().strip();
        List<Complaint> found = new ArrayList<>(work.query("SELECT c FROM Complaint c WHERE c.customer.reference = ?1 AND c.category.code = ?2"
                + " AND c.openedAt <= ?3 AND c.status <> ?4 AND c.status <> ?5 AND c.status <> ?6", customer, category, contact.openedAt(),
                ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED));
        for (Complaint pending : openedIn(work)) {
            if (!found.contains(pending) && pending.getCustomer().getReference().equals(customer) && pending.getCategory() != null
                    && pending.getCategory().getCode().equals(category) && !pending.getOpenedAt().isAfter(contact.openedAt())
                    && !EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED).contains(pending.getStatus())) {
                found.add(pending);
            }
        }
        return found.stream().min(Comparator.comparing(Complaint::getOpenedAt).thenComparing(Complaint::getReference));
    }

    private List<Complaint> openedIn(UnitOfWork work) {
        synchronized (opened) {
            return List.copyOf(opened.getOrDefault(work, List.of()));
        }
    }

    private static Category category(UnitOfWork work, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Category category = CategoryService.find(work, code);
        if (!category.isActive()) {
            throw new ComplaintsException(NLS.bind(Messages.category_retired, category.getCode()));
        }
        return category;
    }

    @Override
    public Complaint act(String reference, Lifecycle step, Instant at, String note, Integer csat, Integer recommend) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = find(work, reference);
            ComplaintStatus before = complaint.getStatus();
            if (!step.allowedFrom(before)) {
                String allowed = step.from().stream().map(Labels::status).collect(Collectors.joining(Messages.explain_separator));
                throw new ComplaintsException(NLS.bind(Messages.transition_refused, new Object[] { reference, Labels.status(before), step.word(), allowed }));
            }
            Instant when = at == null ? clock.now() : at;
            if (when.isBefore(complaint.getOpenedAt())) {
                throw new ComplaintsException(NLS.bind(Messages.act_before_opening, reference, complaint.getOpenedAt()));
            }
            Lifecycles.apply(complaint, step, when, csat, login());
            FollowUpAnswers.recommend(complaint, step, recommend);
            if (step == Lifecycle.RESOLVE && note != null && !note.isBlank()) {
                // the note of the step that resolves it is how it was resolved
                complaint.setResolution(optional(note, "note", NOTE_LENGTH));
            }
            complaint.setStatus(step.target());
            ComplaintEvent event = event(step == Lifecycle.ESCALATE ? EventKind.ESCALATION : EventKind.TRANSITION, when, null, before, step.target(),
                    optional(note, "note", NOTE_LENGTH));
            event.setLevel(step == Lifecycle.ESCALATE ? complaint.getEscalationLevel() : null);
            complaint.getEvents().add(event);
            ServiceClocks.recompute(complaint, calendar(work, complaint.getCalendarName()));
            commit(work, reference);
            return complaint;
        }
    }

    @Override
    public Complaint contact(String reference, String channel, Instant at, String note) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = find(work, reference);
            if (complaint.getStatus() == ComplaintStatus.CLOSED) {
                throw new ComplaintsException(NLS.bind(Messages.contact_closed, reference));
            }
            Instant when = at == null ? clock.now() : at;
            if (when.isBefore(complaint.getOpenedAt())) {
                throw new ComplaintsException(NLS.bind(Messages.act_before_opening, reference, complaint.getOpenedAt()));
            }
            String via = required(channel, "channel", 32);
            complaint.getEvents().add(event(EventKind.CONTACT, when, via, null, null, optional(note, "note", NOTE_LENGTH)));
            complaint.setRepeatContacts(complaint.getRepeatContacts() + 1);
            commit(work, reference);
            return complaint;
        }
    }

    @Override
    public Complaint compensate(String reference, CompensationKind kind, Long points, BigDecimal amount, String description) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = find(work, reference);
            String text = optional(description, "description", Compensations.DESCRIPTION_LENGTH);
            Compensations.give(work, complaint, new Compensations.Gift(kind, points, amount, text, null, clock.now(), login()), loyalty);
            commit(work, reference);
            return complaint;
        }
    }

    @Override
    public ComplaintView show(String reference, Instant asOf) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = find(work, reference);
            return view(work, complaint, asOf == null ? clock.now() : asOf);
        }
    }

    private ComplaintView view(UnitOfWork work, Complaint complaint, Instant asOf) {
        return new ComplaintView(complaint, ServiceClocks.clocks(complaint, calendar(work, complaint.getCalendarName()), asOf));
    }

    @Override
    public List<ComplaintView> list(boolean overdue, Instant asOf) {
        Instant when = asOf == null ? clock.now() : asOf;
        try (UnitOfWork work = store.begin()) {
            List<ComplaintView> views = new ArrayList<>();
            for (Complaint complaint : openComplaints(work)) {
                ComplaintView view = view(work, complaint, when);
                if (!overdue || view.clocks().stream().anyMatch(Clock::overdue)) {
                    views.add(view);
                }
            }
            views.sort(Comparator.comparing(ComplaintService::nextDue).thenComparing(view -> view.complaint().getReference()));
            return views;
        }
    }

    /** The earliest due time of a clock not met yet; a stopped complaint sorts last. */
    private static Instant nextDue(ComplaintView view) {
        return view.clocks().stream().filter(clock -> clock.met().isEmpty()).flatMap(clock -> clock.due().stream()).min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
    }

    /**
     * Only through the range variable: an own-records user's row filter (issue 14) applies to the
     * range variable's owner path, not to a JOIN path.
     */
    private static List<Complaint> openComplaints(UnitOfWork work) {
        return work.query("SELECT c FROM Complaint c WHERE c.status <> ?1 AND c.status <> ?2 AND c.status <> ?3 ORDER BY c.reference",
                ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED);
    }

    /**
     * Only the complaints whose stored next escalation has fallen due, through its index: a tick
     * reads the few it escalates, not every open complaint. In batches, each its own transaction, so
     * a long backlog neither holds locks nor memory for long; a batch that another desktop's tick
     * changed first fails as a whole on its version check and is selected again, when what the other
     * escalated no longer qualifies: no complaint escalates twice for one clock.
     */
    @Override
    public List<Escalation> tick(Instant asOf) {
        Instant when = asOf == null ? clock.now() : asOf;
        List<Escalation> escalations = new ArrayList<>();
        int raced = 0;
        while (true) {
            try (UnitOfWork work = store.begin()) {
                List<Complaint> due = work.page("SELECT c FROM Complaint c WHERE c.escalationDue <= ?1 ORDER BY c.escalationDue, c.reference", 0,
                        TICK_BATCH, when);
                if (due.isEmpty()) {
                    return escalations;
                }
                List<Escalation> batch = new ArrayList<>();
                for (Complaint complaint : due) {
                    escalate(work, complaint, when).ifPresent(batch::add);
                }
                work.commit();
                escalations.addAll(batch);
            } catch (StaleEditException other) {
                if (++raced > TICK_RACES) {
                    throw new ComplaintsException(NLS.bind(Messages.tick_raced, raced), other);
                }
            }
        }
    }

    /** The level its clocks ask for as of {@code when}; the next escalation's moment stored again whether or not it rose. */
    private Optional<Escalation> escalate(UnitOfWork work, Complaint complaint, Instant when) {
        Optional<Escalation> escalation = Optional.empty();
        List<String> breached = ServiceClocks.breached(complaint, when);
        int level = Math.min(ServiceClocks.TOP_LEVEL, 1 + breached.size());
        if (!ServiceClocks.DONE.contains(complaint.getStatus()) && level > complaint.getEscalationLevel()) {
            int from = complaint.getEscalationLevel();
            String ranOut = breached.get(level - 2);
            complaint.setEscalationLevel(level);
            ComplaintStatus before = complaint.getStatus();
            if (before != ComplaintStatus.WAITING) {
                complaint.setStatus(ComplaintStatus.ESCALATED);
            }
            ComplaintEvent event = event(EventKind.ESCALATION, when, null, before, complaint.getStatus(),
                    NLS.bind(Messages.escalated_by_clock, Labels.clock(ranOut), level));
            event.setActor(SYSTEM);
            event.setLevel(level);
            // at the end of its history without reading it: a tick reads no complaint's events
            work.append(complaint, ComplaintsPackage.Literals.COMPLAINT__EVENTS, event);
            escalation = Optional.of(new Escalation(complaint.getReference(), from, level, complaint.getStatus(), ranOut));
        }
        complaint.setEscalationDue(ServiceClocks.escalationDue(complaint));
        return escalation;
    }

    @Override
    public Complaint assign(String reference, String assignee) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = find(work, reference);
            if (complaint.getStatus() == ComplaintStatus.CLOSED) {
                throw new ComplaintsException(NLS.bind(Messages.assign_closed, reference));
            }
            String login = optional(assignee, "assignee", REF_LENGTH);
            complaint.setAssignee(login);
            complaint.getEvents().add(event(EventKind.ASSIGNMENT, clock.now(), null, null, null, login));
            commit(work, reference);
            return complaint;
        }
    }

    static Complaint find(UnitOfWork work, String reference) {
        // one message whether it does not exist or the user may not read it: no leak
        List<Complaint> found = work.query("SELECT c FROM Complaint c WHERE c.reference = ?1", reference);
        if (found.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.no_complaint, reference));
        }
        return found.get(0);
    }

    static void commit(UnitOfWork work, String reference) {
        try {
            work.commit();
        } catch (StaleEditException stale) {
            String who = stale.lastChange().map(LastChange::login).orElse("?");
            throw new ComplaintsException(NLS.bind(Messages.complaint_changed_meanwhile, reference, who), stale);
        }
    }

    private ComplaintEvent event(EventKind kind, Instant at, String channel, ComplaintStatus from, ComplaintStatus to, String note) {
        ComplaintEvent event = ComplaintsFactory.eINSTANCE.createComplaintEvent();
        event.setKind(kind);
        event.setAt(at);
        event.setActor(login());
        event.setChannel(channel);
        event.setFromStatus(from);
        event.setToStatus(to);
        event.setNote(note);
        return event;
    }

    private String login() {
        return currentUser.get().map(SessionUser::login).orElse(SYSTEM);
    }

    static String required(String value, String field, int length) {
        if (value == null || value.isBlank()) {
            throw new ComplaintsException(NLS.bind(Messages.field_missing, field));
        }
        return optional(value, field, length);
    }

    static String optional(String value, String field, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > length) {
            throw new ComplaintsException(NLS.bind(Messages.field_too_long, new Object[] { field, length, text.length() }));
        }
        return text;
    }
}
