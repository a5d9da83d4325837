package org.rapport.complaints.internal;

import static org.rapport.complaints.internal.BenchSettings.CATEGORIES;
import static org.rapport.complaints.internal.BenchSettings.FIRST_ID;
import static org.rapport.complaints.internal.BenchSettings.GAP_MINUTES;
import static org.rapport.complaints.internal.BenchSettings.LOGIN;
import static org.rapport.complaints.internal.BenchSettings.NOW;
import static org.rapport.complaints.internal.BenchSettings.SEED;
import static org.rapport.testing.bench.BulkRows.at;
import static org.rapport.testing.bench.BulkRows.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.BulkRows;

/**
 * The rows of one size: customers, categories and complaints, each complaint with its opening
 * event. The open ones were opened over the last days (most of them recently, a tail of older
 * ones overdue), some acknowledged, solved, waiting; their levels as the last tick left them,
 * {@link BenchSettings#GAP_MINUTES} ago. The rest are closed, over the last two years. Written
 * once per size to files and bulk-imported into each side's empty tables, which builds the
 * indexes once at the end instead of row by row.
 */
record BenchRows(Path customers, Path complaints, Path events) {

    private static final String CUSTOMER_COLUMNS = "ID,VERSION,REFERENCE,NAME,NAME_KEY,PINYIN_KEY,PINYIN_INITIALS,SORT_KEY,STATUS,ACCOUNT_MANAGER";
    private static final String COMPLAINT_COLUMNS = "ID,VERSION,REFERENCE,CHANNEL,SEVERITY,SUBJECT,STATUS,ASSIGNEE,ESCALATION_LEVEL,OPENED_AT,"
            + "ACKNOWLEDGE_MINUTES,SOLUTION_MINUTES,RESOLVE_MINUTES,ACKNOWLEDGE_DUE,SOLUTION_DUE,RESOLVE_DUE,ACKNOWLEDGED_AT,SOLVED_AT,RESOLVED_AT,"
            + "CLOSED_AT,REPEAT_CONTACTS,CUSTOMER_ID,CATEGORY_ID,ESCALATION_DUE";
    private static final String EVENT_COLUMNS = "ID,VERSION,AT_,KIND,ACTOR,CHANNEL,TO_STATUS,EVENTS_OWNER,EVENTS_POS";
    /** Names as customers have them, Chinese and Western, so the keys the store sets with a name are the real ones. */
    private static final String[] NAMES = { "王芳", "李娜", "张伟", "刘洋", "陈静", "Laura Rossi", "James Smith", "Anna Müller", "Marie Dubois", "Kenji Sato" };
    private static final String[] SEVERITIES = { "URGENT", "GENERAL", "INQUIRY" };
    /** Minutes to acknowledge, to a first solution (0: no such clock) and to resolve, per severity, on the 24x7 calendar. */
    private static final int[][] MINUTES = { { 15, 60, 8 * 60 }, { 30, 120, 48 * 60 }, { 240, 0, 24 * 60 } };
    private static final Map<String, BenchRows> WRITTEN = new HashMap<>();

    /** The files of {@code complaints} complaints of which {@code open} are open, written at the first call for that size. */
    static synchronized BenchRows of(int complaints, int open) throws Exception {
        String size = complaints + "-" + open;
        BenchRows files = WRITTEN.get(size);
        if (files == null) {
            Path folder = Files.createDirectories(BenchWork.folder().resolve("rows-" + size));
            files = new BenchRows(folder.resolve("customers.csv"), folder.resolve("complaints.csv"), folder.resolve("events.csv"));
            files.write(complaints, open);
            WRITTEN.put(size, files);
        }
        return files;
    }

    /** The categories, then the files' customers, complaints and events, into a database whose tables are empty. */
    void importInto(Connection connection) throws Exception {
        try (PreparedStatement category = connection.prepareStatement("INSERT INTO CMP_CATEGORY (ID, VERSION, CODE, NAME) VALUES (?, 1, ?, ?)")) {
            for (int i = 0; i < CATEGORIES; i++) {
                category.setLong(1, FIRST_ID + i);
                category.setString(2, "K" + i);
                category.setString(3, "Category " + i);
                category.addBatch();
            }
            category.executeBatch();
        }
        connection.commit();
        BulkRows.importInto(connection, "CUST_CUSTOMER", CUSTOMER_COLUMNS, customers);
        BulkRows.importInto(connection, "CMP_COMPLAINT", COMPLAINT_COLUMNS, complaints);
        BulkRows.importInto(connection, "CMP_COMPLAINT_EVENT", EVENT_COLUMNS, events);
    }

    private void write(int complaints, int open) throws Exception {
        Random random = new Random(SEED);
        int customerCount = Math.max(1_000, complaints / 20);
        try (BulkRows out = BulkRows.create(customers)) {
            for (int i = 0; i < customerCount; i++) {
                // the keys as the store writes them: set with the name
                Customer customer = CustomersFactory.eINSTANCE.createCustomer();
                customer.setName(NAMES[i % NAMES.length] + " " + i);
                out.row(FIRST_ID + i, 1, text("C-" + i), text(customer.getName()), text(customer.getNameKey()), text(customer.getPinyinKey()),
                        text(customer.getPinyinInitials()), text(customer.getSortKey()), text("ACTIVE"), text(LOGIN));
            }
        }
        Instant lastTick = NOW.minus(Duration.ofMinutes(GAP_MINUTES));
        try (BulkRows complaintRows = BulkRows.create(this.complaints); BulkRows eventRows = BulkRows.create(events)) {
            for (int i = 0; i < complaints; i++) {
                Complaint row = i < open ? openOne(random, lastTick) : closedOne(random);
                long id = FIRST_ID + i;
                complaintRows.row(id, 1, text(String.format("K-%07d", i)), text("hotline"), text(row.getSeverity().getLiteral()), text("Late delivery"),
                        text(row.getStatus().getLiteral()), text(row.getAssignee()), row.getEscalationLevel(), at(row.getOpenedAt()),
                        row.getAcknowledgeMinutes(), row.getSolutionMinutes(), row.getResolveMinutes(), at(row.getAcknowledgeDue()),
                        at(row.getSolutionDue()), at(row.getResolveDue()), at(row.getAcknowledgedAt()), at(row.getSolvedAt()), at(row.getResolvedAt()),
                        at(row.getClosedAt()), 0, FIRST_ID + random.nextInt(customerCount), FIRST_ID + random.nextInt(CATEGORIES),
                        at(row.getEscalationDue()));
                eventRows.row(id, 1, at(row.getOpenedAt()), text("OPENED"), text(LOGIN), text("hotline"), text("NEW"), id, 0);
            }
        }
    }

    /** An open complaint on the 24x7 calendar: its due times, what was met, and the level the last tick left it at. */
    private static Complaint openOne(Random random, Instant lastTick) {
        Complaint complaint = clocks(random, NOW.minus(Duration.ofMinutes((long) Math.min(30 * 24 * 60, -Math.log(1 - random.nextDouble()) * 30 * 60))));
        Instant opened = complaint.getOpenedAt();
        // most are acknowledged, some late; half of those have had a first solution; a tenth of those wait for the customer
        Instant acknowledged = opened.plus(Duration.ofMinutes((long) (complaint.getAcknowledgeMinutes() * (0.2 + 1.3 * random.nextDouble()))));
        ComplaintStatus status = ComplaintStatus.NEW;
        if (random.nextInt(10) < 8 && acknowledged.isBefore(lastTick)) {
            complaint.setAcknowledgedAt(acknowledged);
            complaint.setAssignee("agent" + random.nextInt(40));
            status = random.nextBoolean() ? ComplaintStatus.ACKNOWLEDGED : ComplaintStatus.IN_PROGRESS;
            int toSolution = complaint.getSolutionMinutes() == null ? complaint.getResolveMinutes() / 4 : complaint.getSolutionMinutes();
            Instant solved = acknowledged.plus(Duration.ofMinutes((long) (toSolution * (0.2 + 1.3 * random.nextDouble()))));
            if (random.nextBoolean() && solved.isBefore(lastTick)) {
                complaint.setSolvedAt(solved);
                status = ComplaintStatus.IN_PROGRESS;
                if (random.nextInt(10) == 0) {
                    // waiting: the clocks not run out before the pause stand still (the pause row itself is not read by either side)
                    status = ComplaintStatus.WAITING;
                    if (complaint.getResolveDue().isAfter(solved)) {
                        complaint.setResolveDue(null);
                    }
                }
            }
        }
        complaint.setStatus(status);
        // the level the last tick left it at, and the escalation it would come to next
        int level = Math.min(ServiceClocks.TOP_LEVEL, 1 + ServiceClocks.breached(complaint, lastTick).size());
        complaint.setEscalationLevel(level);
        if (level > 1 && status != ComplaintStatus.WAITING) {
            complaint.setStatus(ComplaintStatus.ESCALATED);
        }
        complaint.setEscalationDue(ServiceClocks.escalationDue(complaint));
        return complaint;
    }

    private static Complaint closedOne(Random random) {
        Complaint complaint = clocks(random, NOW.minus(Duration.ofMinutes(30L * 24 * 60 + random.nextInt(700 * 24 * 60))));
        Instant opened = complaint.getOpenedAt();
        complaint.setAcknowledgedAt(opened.plus(Duration.ofMinutes(random.nextInt(complaint.getAcknowledgeMinutes() + 5))));
        complaint.setSolvedAt(complaint.getAcknowledgedAt().plus(Duration.ofMinutes(random.nextInt(240))));
        complaint.setResolvedAt(complaint.getSolvedAt().plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))));
        complaint.setClosedAt(complaint.getResolvedAt().plus(Duration.ofHours(20)));
        complaint.setAssignee("agent" + random.nextInt(40));
        complaint.setStatus(ComplaintStatus.CLOSED);
        complaint.setEscalationLevel(1);
        return complaint;
    }

    /** A complaint of a random severity opened then, with its policy's minutes and due times on the 24x7 calendar. */
    private static Complaint clocks(Random random, Instant opened) {
        int severity = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        Complaint complaint = ComplaintsFactory.eINSTANCE.createComplaint();
        complaint.setSeverity(Severity.get(SEVERITIES[severity]));
        complaint.setOpenedAt(opened);
        int[] minutes = MINUTES[severity];
        complaint.setAcknowledgeMinutes(minutes[0]);
        complaint.setSolutionMinutes(minutes[1] == 0 ? null : minutes[1]);
        complaint.setResolveMinutes(minutes[2]);
        complaint.setAcknowledgeDue(opened.plus(Duration.ofMinutes(minutes[0])));
        complaint.setSolutionDue(minutes[1] == 0 ? null : opened.plus(Duration.ofMinutes(minutes[1])));
        complaint.setResolveDue(opened.plus(Duration.ofMinutes(minutes[2])));
        return complaint;
    }
}
