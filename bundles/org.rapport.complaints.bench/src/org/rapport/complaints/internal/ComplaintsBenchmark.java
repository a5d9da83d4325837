package org.rapport.complaints.internal;

import static org.rapport.testing.bench.BulkRows.at;
import static org.rapport.testing.bench.BulkRows.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintQueue.Column;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.EventKind;
import org.rapport.core.api.ClockService;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.BulkRows;
import org.rapport.transfer.internal.TransferModel;

/**
 * The complaints benchmark of issue 17 on embedded Derby, each figure against a plain-SQL baseline
 * doing the same work in the same run:
 * <ol>
 * <li>one escalation tick over {@code rapport.bench.open} open complaints, after no desktop ran it
 * for {@code rapport.bench.gap.minutes} (what it finds to escalate: the complaints one of whose
 * clocks ran out in that time), the service on one database and JDBC on a second with the same
 * rows: select by the stored next escalation, a level, status and next moment per complaint, an
 * event each, a commit per 200; and JDBC again on a third, asking the events' positions as the
 * engine's append does;</li>
 * <li>the queue's first page (100 rows in urgency order, as {@link StoreComplaintQueue} pages it)
 * over {@code rapport.bench.complaints} complaints, the open ones and every status, against the
 * same query written in SQL, medians of {@code rapport.bench.runs} (5) after a warm-up.</li>
 * </ol>
 * The rows are written with JDBC batches, not measured. It prints a table (and writes it to
 * {@code target/bench-results.txt}); it never fails on a slow figure, only when the two sides do
 * not escalate alike or page alike.
 */
class ComplaintsBenchmark {

    private static final int OPEN = Integer.getInteger("rapport.bench.open", 100_000);
    private static final int ALL = Integer.getInteger("rapport.bench.complaints", 1_000_000);
    private static final int GAP_MINUTES = Integer.getInteger("rapport.bench.gap.minutes", 60);
    private static final int PAGE = 100;
    private static final int TICK_BATCH = 200;
    private static final int RUNS = Integer.getInteger("rapport.bench.runs", 5);
    private static final long SEED = 20261207L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final ClockService CLOCK = () -> Clock.fixed(NOW, ZONE);
    private static final long FIRST_ID = 1_000_000_000L;
    private static final String LOGIN = "mo";
    private static final int CATEGORIES = 12;
    /** Minutes to acknowledge, to a first solution (0: no such clock) and to resolve, per severity, on the 24x7 calendar. */
    private static final String[] SEVERITIES = { "URGENT", "GENERAL", "INQUIRY" };
    private static final int[][] MINUTES = { { 15, 60, 8 * 60 }, { 30, 120, 48 * 60 }, { 240, 0, 24 * 60 } };

    private static final TestUsers USER = new TestUsers().add(TestUsers.administrator(LOGIN));

    static {
        USER.as(LOGIN);
    }

    private final StringBuilder report = new StringBuilder();
    private Path out;

    interface Work {
        void run() throws Exception;
    }

    static double seconds(Work work) throws Exception {
        long wall = System.nanoTime();
        work.run();
        return (System.nanoTime() - wall) / 1e9;
    }

    @Test
    void run() throws Exception {
        Path work = Path.of(System.getProperty("rapport.bench.work", "target/bench-work"));
        out = Path.of(System.getProperty("rapport.bench.out", "target/bench-results.txt"));
        Files.createDirectories(work);
        line("Rapport complaints benchmark: services against plain SQL, embedded Derby, run %s", ZonedDateTime.now().withNano(0));
        line("JDK %s, %d processors, max heap %d MB, load average %.1f; tick over %,d open complaints after %d min without one; queue over %,d complaints",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load(), OPEN,
                GAP_MINUTES, ALL);

        // 1: the tick, the service and the baseline each on its own copy of the same rows
        double tickService;
        double tickSql;
        int escalatedService;
        int escalatedSql;
        String stateService;
        String stateSql;
        try (Side side = new Side(work.resolve("tick-service"), OPEN, OPEN)) {
            line("tick data: %,d open complaints written in %.1f s, %,d with an escalation due (load %.1f)", OPEN, side.written, side.due(), load());
            Complaints complaints = new ComplaintService(side.store, CLOCK, USER, null);
            int[] count = new int[1];
            tickService = seconds(() -> count[0] = complaints.tick(NOW).size());
            escalatedService = count[0];
            stateService = side.state();
            line("tick, service: %.2f s, %,d escalated (load %.1f)", tickService, escalatedService, load());
        }
        try (Side side = new Side(work.resolve("tick-sql"), OPEN, OPEN); Connection connection = side.connection()) {
            int[] count = new int[1];
            tickSql = seconds(() -> count[0] = sqlTick(connection, GROUPED_POSITIONS));
            escalatedSql = count[0];
            stateSql = side.state();
            line("tick, plain SQL: %.2f s, %,d escalated (load %.1f)", tickSql, escalatedSql, load());
        }
        // the same baseline asking the positions as the engine has since finding C5: the grouped query reads every owner's whole index range
        double tickSqlByOwner;
        int escalatedSqlByOwner;
        String stateSqlByOwner;
        try (Side side = new Side(work.resolve("tick-sql-by-owner"), OPEN, OPEN); Connection connection = side.connection()) {
            int[] count = new int[1];
            tickSqlByOwner = seconds(() -> count[0] = sqlTick(connection, OWNER_POSITIONS));
            escalatedSqlByOwner = count[0];
            stateSqlByOwner = side.state();
            line("tick, plain SQL, positions by owner key: %.2f s, %,d escalated (load %.1f)", tickSqlByOwner, escalatedSqlByOwner, load());
        }

        // 2: the queue's first page, read only: one database for both sides, alternating
        double[] openService = new double[RUNS];
        double[] openSql = new double[RUNS];
        double[] allService = new double[RUNS];
        double[] allSql = new double[RUNS];
        try (Side side = new Side(work.resolve("queue"), ALL, OPEN); Connection connection = side.connection()) {
            line("queue data: %,d complaints (%,d open) written in %.1f s (load %.1f)", ALL, OPEN, side.written, load());
            StoreComplaintQueue queue = new StoreComplaintQueue(side.store, CLOCK);
            Filter all = new Filter(null, null, null, null, false, null);
            List<Row> pageService = queue.rows(Filter.OPEN, Column.URGENCY, true, 0, PAGE);
            List<String> pageSql = sqlPage(connection, true);
            List<String> pageAllService = queue.rows(all, Column.URGENCY, true, 0, PAGE).stream().map(Row::reference).toList();
            List<String> pageAllSql = sqlPage(connection, false);
            if (!pageService.stream().map(Row::reference).toList().equals(pageSql) || !pageAllService.equals(pageAllSql)) {
                throw new AssertionError("the sides page differently:\n" + pageService.stream().map(Row::reference).toList() + "\n" + pageSql);
            }
            for (int i = 0; i < RUNS; i++) {
                openService[i] = seconds(() -> queue.rows(Filter.OPEN, Column.URGENCY, true, 0, PAGE));
                openSql[i] = seconds(() -> sqlPage(connection, true));
                allService[i] = seconds(() -> queue.rows(all, Column.URGENCY, true, 0, PAGE));
                allSql[i] = seconds(() -> sqlPage(connection, false));
            }
            line("queue, open complaints: service %s s, plain SQL %s s (load %.1f)", times(openService), times(openSql), load());
            line("queue, every status: service %s s, plain SQL %s s (load %.1f)", times(allService), times(allSql), load());
        }

        line("");
        line("| figure | service | baseline | ratio | aim |");
        line("|---|---|---|---|---|");
        line("| escalation tick over %,d open complaints (%,d escalated) | %.2f s | %.2f s (plain SQL) | %.2fx time | <= 1.5x |", OPEN, escalatedService,
                tickService, tickSql, tickService / tickSql);
        line("| escalation tick over %,d open complaints (%,d escalated) | %.2f s | %.2f s (plain SQL, positions by owner key) | %.2fx time | <= 1.5x |",
                OPEN, escalatedService, tickService, tickSqlByOwner, tickService / tickSqlByOwner);
        line("| queue's first page, open complaints of %,d | %.3f s | %.3f s (plain SQL) | %.2fx time | <= 1.5x |", ALL, median(openService),
                median(openSql), median(openService) / median(openSql));
        line("| queue's first page, every status of %,d | %.3f s | %.3f s (plain SQL) | %.2fx time | <= 1.5x |", ALL, median(allService), median(allSql),
                median(allService) / median(allSql));
        if (escalatedService != escalatedSql || !stateService.equals(stateSql) || escalatedService != escalatedSqlByOwner || !stateService.equals(stateSqlByOwner)) {
            throw new AssertionError("the sides do not escalate alike: " + escalatedService + " / " + escalatedSql + "\n" + stateService + "\n" + stateSql);
        }
        line("both sides left: %s", stateService);
    }

    /** A fresh embedded database with the models and {@code complaints} complaints of which {@code open} are open, written with JDBC (not measured). */
    private static final class Side implements AutoCloseable {
        private final AreaDatabase area;
        final FreshDatabase database;
        final Store store;
        final double written;

        Side(Path home, int complaints, int open) throws Exception {
            area = AreaDatabase.open(DatabaseKind.DERBY_EMBEDDED, home,
                    List.of(new SecurityModel(), new TransferModel(), new CustomersModel(), new LoyaltyModel(), new ComplaintsModel()), List.of(), false);
            database = area.database;
            store = area.store;
            try (Connection connection = connection()) {
                written = seconds(() -> generate(connection, complaints, open));
            }
        }

        Connection connection() throws SQLException {
            Connection connection = DataSources.open(database.settings).getConnection();
            connection.setAutoCommit(false);
            return connection;
        }

        /** A connection for a look that changes nothing. */
        Connection reading() throws SQLException {
            return DataSources.open(database.settings).getConnection();
        }

        long due() throws SQLException {
            try (Connection connection = reading(); PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM CMP_COMPLAINT WHERE ESCALATION_DUE <= ?")) {
                count.setTimestamp(1, timestamp(NOW));
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        }

        /** What a tick changes, summed: the levels, the statuses, the next escalations and the escalation events with their positions. */
        String state() throws SQLException {
            try (Connection connection = reading(); Statement statement = connection.createStatement()) {
                StringBuilder state = new StringBuilder();
                try (ResultSet result = statement.executeQuery("SELECT SUM(ESCALATION_LEVEL), SUM(CASE WHEN STATUS = 'ESCALATED' THEN 1 ELSE 0 END),"
                        + " COUNT(ESCALATION_DUE), MAX(ESCALATION_DUE) FROM CMP_COMPLAINT")) {
                    result.next();
                    state.append(String.format("levels %,d, escalated %,d, with a next escalation %,d (last %s)", result.getLong(1), result.getLong(2),
                            result.getLong(3), result.getTimestamp(4)));
                }
                try (ResultSet result = statement.executeQuery(
                        "SELECT COUNT(*), SUM(EVENTS_POS), SUM(LEVEL) FROM CMP_COMPLAINT_EVENT WHERE KIND = 'ESCALATION'")) {
                    result.next();
                    state.append(String.format("; escalation events %,d (positions %,d, levels %,d)", result.getLong(1), result.getLong(2), result.getLong(3)));
                }
                return state.toString();
            }
        }

        @Override
        public void close() throws Exception {
            area.close();
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /**
     * Customers, categories and complaints, each complaint with its opening event. The open ones
     * were opened over the last days (most of them recently, a tail of older ones overdue), some
     * acknowledged, solved, waiting; their levels as the last tick left them, {@link #GAP_MINUTES}
     * ago. The rest are closed, over the last two years. Customers and complaints go in through
     * Derby's bulk import into the empty tables (files written once per size and shared by the
     * sides), which builds the indexes once at the end instead of row by row.
     */
    private static void generate(Connection connection, int complaints, int open) throws Exception {
        RowFiles files = RowFiles.of(complaints, open);
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
        BulkRows.importInto(connection, "CUST_CUSTOMER", RowFiles.CUSTOMER_COLUMNS, files.customers);
        BulkRows.importInto(connection, "CMP_COMPLAINT", RowFiles.COMPLAINT_COLUMNS, files.complaints);
        BulkRows.importInto(connection, "CMP_COMPLAINT_EVENT", RowFiles.EVENT_COLUMNS, files.events);
    }

    /** The rows of one size as files for Derby's import, written once and shared by the sides of a run. */
    private record RowFiles(Path customers, Path complaints, Path events) {

        static final String CUSTOMER_COLUMNS = "ID,VERSION,REFERENCE,NAME,NAME_KEY,PINYIN_KEY,PINYIN_INITIALS,SORT_KEY,STATUS,ACCOUNT_MANAGER";
        static final String COMPLAINT_COLUMNS = "ID,VERSION,REFERENCE,CHANNEL,SEVERITY,SUBJECT,STATUS,ASSIGNEE,ESCALATION_LEVEL,OPENED_AT,"
                + "ACKNOWLEDGE_MINUTES,SOLUTION_MINUTES,RESOLVE_MINUTES,ACKNOWLEDGE_DUE,SOLUTION_DUE,RESOLVE_DUE,ACKNOWLEDGED_AT,SOLVED_AT,RESOLVED_AT,"
                + "CLOSED_AT,REPEAT_CONTACTS,CUSTOMER_ID,CATEGORY_ID,ESCALATION_DUE";
        static final String EVENT_COLUMNS = "ID,VERSION,AT_,KIND,ACTOR,CHANNEL,TO_STATUS,EVENTS_OWNER,EVENTS_POS";
        /** Names as customers have them, Chinese and Western, so the keys the store sets with a name are the real ones. */
        private static final String[] NAMES = { "王芳", "李娜", "张伟", "刘洋", "陈静", "Laura Rossi", "James Smith", "Anna Müller", "Marie Dubois", "Kenji Sato" };
        private static final Map<String, RowFiles> WRITTEN = new HashMap<>();

        static synchronized RowFiles of(int complaints, int open) throws Exception {
            String size = complaints + "-" + open;
            RowFiles files = WRITTEN.get(size);
            if (files == null) {
                Path folder = Files.createDirectories(BenchWork.folder().resolve("rows-" + size));
                files = new RowFiles(folder.resolve("customers.csv"), folder.resolve("complaints.csv"), folder.resolve("events.csv"));
                files.write(complaints, open);
                WRITTEN.put(size, files);
            }
            return files;
        }

        private void write(int complaints, int open) throws Exception {
            Random random = new Random(SEED);
            int customerCount = Math.max(1_000, complaints / 20);
            try (BulkRows out = BulkRows.create(customers)) {
                for (int i = 0; i < customerCount; i++) {
                    // the keys as the store writes them: set with the name
                    org.rapport.customers.model.Customer customer = org.rapport.customers.model.CustomersFactory.eINSTANCE.createCustomer();
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
        complaint.setSeverity(org.rapport.complaints.model.Severity.get(SEVERITIES[severity]));
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

    /**
     * The tick in plain SQL: the complaints whose next escalation is due by its index, 200 at a
     * time; per complaint the level its clocks ask for (the same rule, on a transient complaint
     * built from the row), the update with its version check and the escalation event at the end
     * of its list; a commit per 200.
     */
    private static int sqlTick(Connection connection, String positionsQuery) throws SQLException {
        int escalated = 0;
        long nextEvent = 5 * FIRST_ID;
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, VERSION, REFERENCE, STATUS, ESCALATION_LEVEL, ACKNOWLEDGE_DUE,"
                + " ACKNOWLEDGED_AT, SOLUTION_MINUTES, SOLUTION_DUE, SOLVED_AT, RESOLVE_DUE, RESOLVED_AT FROM CMP_COMPLAINT WHERE ESCALATION_DUE <= ?"
                + " ORDER BY ESCALATION_DUE, REFERENCE FETCH FIRST " + TICK_BATCH + " ROWS ONLY");
                PreparedStatement update = connection.prepareStatement("UPDATE CMP_COMPLAINT SET ESCALATION_LEVEL = ?, STATUS = ?, ESCALATION_DUE = ?,"
                        + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CMP_COMPLAINT_EVENT (ID, VERSION, AT_, KIND, ACTOR, FROM_STATUS,"
                        + " TO_STATUS, LEVEL, NOTE, EVENTS_OWNER, EVENTS_POS) VALUES (?, 1, ?, 'ESCALATION', ?, ?, ?, ?, ?, ?, ?)")) {
            select.setTimestamp(1, timestamp(NOW));
            while (true) {
                Map<Long, Complaint> due = new HashMap<>();
                Map<Long, Long> versions = new HashMap<>();
                List<Long> order = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Complaint complaint = ComplaintsFactory.eINSTANCE.createComplaint();
                        complaint.setReference(rows.getString(3));
                        complaint.setStatus(ComplaintStatus.get(rows.getString(4)));
                        complaint.setEscalationLevel(rows.getInt(5));
                        complaint.setAcknowledgeDue(instant(rows.getTimestamp(6)));
                        complaint.setAcknowledgedAt(instant(rows.getTimestamp(7)));
                        complaint.setSolutionMinutes((Integer) rows.getObject(8));
                        complaint.setSolutionDue(instant(rows.getTimestamp(9)));
                        complaint.setSolvedAt(instant(rows.getTimestamp(10)));
                        complaint.setResolveDue(instant(rows.getTimestamp(11)));
                        complaint.setResolvedAt(instant(rows.getTimestamp(12)));
                        due.put(rows.getLong(1), complaint);
                        versions.put(rows.getLong(1), rows.getLong(2));
                        order.add(rows.getLong(1));
                    }
                }
                if (order.isEmpty()) {
                    connection.commit();
                    return escalated;
                }
                Map<Long, Integer> positions = lastPositions(connection, positionsQuery, order);
                for (long id : order) {
                    Complaint complaint = due.get(id);
                    List<String> breached = ServiceClocks.breached(complaint, NOW);
                    int level = Math.min(ServiceClocks.TOP_LEVEL, 1 + breached.size());
                    ComplaintStatus before = complaint.getStatus();
                    if (!ServiceClocks.DONE.contains(before) && level > complaint.getEscalationLevel()) {
                        complaint.setEscalationLevel(level);
                        if (before != ComplaintStatus.WAITING) {
                            complaint.setStatus(ComplaintStatus.ESCALATED);
                        }
                        insert.setLong(1, nextEvent++);
                        insert.setTimestamp(2, timestamp(NOW));
                        insert.setString(3, Complaints.SYSTEM);
                        insert.setString(4, before.getLiteral());
                        insert.setString(5, complaint.getStatus().getLiteral());
                        insert.setInt(6, level);
                        insert.setString(7, NLS.bind(Messages.escalated_by_clock, Labels.clock(breached.get(level - 2)), level));
                        insert.setLong(8, id);
                        insert.setInt(9, positions.getOrDefault(id, -1) + 1);
                        insert.addBatch();
                        escalated++;
                    }
                    update.setInt(1, complaint.getEscalationLevel());
                    update.setString(2, complaint.getStatus().getLiteral());
                    update.setTimestamp(3, timestamp(ServiceClocks.escalationDue(complaint)));
                    update.setLong(4, id);
                    update.setLong(5, versions.get(id));
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                if (Arrays.stream(updated).anyMatch(n -> n == 0)) {
                    throw new SQLException("changed meanwhile");
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    /** The highest event position of the complaints in the {@code IN} list, grouped: how the baseline asked until finding C5. */
    private static final String GROUPED_POSITIONS = "SELECT EVENTS_OWNER, MAX(EVENTS_POS) FROM CMP_COMPLAINT_EVENT WHERE EVENTS_OWNER IN (%s) GROUP BY EVENTS_OWNER";
    /** The same, the complaints by key each with its highest position in a subquery: how the engine's append asks since C5. */
    private static final String OWNER_POSITIONS = "SELECT c.ID, (SELECT MAX(e.EVENTS_POS) FROM CMP_COMPLAINT_EVENT e WHERE e.EVENTS_OWNER = c.ID)"
            + " FROM CMP_COMPLAINT c WHERE c.ID IN (%s)";

    /** The last position in each complaint's list of events, as a list adding to its end needs it. */
    private static Map<Long, Integer> lastPositions(Connection connection, String query, List<Long> owners) throws SQLException {
        String marks = owners.stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, Integer> positions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(String.format(query, marks))) {
            for (int i = 0; i < owners.size(); i++) {
                select.setLong(i + 1, owners.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int highest = rows.getInt(2);
                    if (!rows.wasNull()) {
                        positions.put(rows.getLong(1), highest);
                    }
                }
            }
        }
        return positions;
    }

    /** The urgency order of {@link StoreComplaintQueue} written in SQL: the first page's references. */
    private static List<String> sqlPage(Connection connection, boolean openOnly) throws SQLException {
        String ack = "(c.ACKNOWLEDGED_AT IS NULL AND c.ACKNOWLEDGE_DUE IS NOT NULL)";
        String sol = "(c.SOLVED_AT IS NULL AND c.SOLUTION_DUE IS NOT NULL)";
        String res = "(c.RESOLVED_AT IS NULL AND c.RESOLVE_DUE IS NOT NULL)";
        String nextDue = "CASE WHEN " + ack + " AND (NOT " + sol + " OR c.ACKNOWLEDGE_DUE <= c.SOLUTION_DUE) AND (NOT " + res
                + " OR c.ACKNOWLEDGE_DUE <= c.RESOLVE_DUE) THEN c.ACKNOWLEDGE_DUE WHEN " + sol + " AND (NOT " + res
                + " OR c.SOLUTION_DUE <= c.RESOLVE_DUE) THEN c.SOLUTION_DUE WHEN " + res + " THEN c.RESOLVE_DUE ELSE c.OPENED_AT END";
        String running = "CASE WHEN " + ack + " OR " + sol + " OR " + res + " THEN 0 ELSE 1 END";
        String handled = "CASE WHEN c.RESOLVED_AT IS NULL THEN 0 ELSE 1 END";
        List<ComplaintStatus> statuses = List.copyOf(Lifecycle.OPEN);
        String where = openOnly ? " WHERE c.STATUS IN (" + statuses.stream().map(s -> "?").collect(Collectors.joining(",")) + ")" : "";
        String sql = "SELECT c.ID, c.REFERENCE, cu.ID, cu.REFERENCE, cu.NAME, c.SUBJECT, c.SEVERITY, c.STATUS, c.ESCALATION_LEVEL, c.ASSIGNEE, k.NAME,"
                + " c.OPENED_AT, c.ACKNOWLEDGE_DUE, c.ACKNOWLEDGED_AT, c.SOLUTION_DUE, c.SOLVED_AT, c.RESOLVE_DUE, c.RESOLVED_AT, " + handled
                + " AS HANDLED, " + running + " AS RUNNING, " + nextDue + " AS NEXT_DUE FROM CMP_COMPLAINT c JOIN CUST_CUSTOMER cu ON cu.ID = c.CUSTOMER_ID"
                + " LEFT JOIN CMP_CATEGORY k ON k.ID = c.CATEGORY_ID" + where
                + " ORDER BY HANDLED, RUNNING, NEXT_DUE, c.ID OFFSET 0 ROWS FETCH FIRST " + PAGE + " ROWS ONLY";
        List<String> references = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (openOnly) {
                for (int i = 0; i < statuses.size(); i++) {
                    select.setString(i + 1, statuses.get(i).getLiteral());
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(2));
                    for (int column = 3; column <= 21; column++) {
                        rows.getObject(column); // every column read, as the service reads them into its rows
                    }
                }
            }
        }
        connection.commit();
        return references;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String times(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(" "));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void line(String format, Object... args) throws Exception {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }
}
