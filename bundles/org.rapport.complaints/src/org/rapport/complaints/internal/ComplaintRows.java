package org.rapport.complaints.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.ComplaintExistsException;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.Intake;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/**
 * The complaints import kind: {@code ref,customer_ref,opened_at,channel,category,severity,subject,description},
 * each row through {@link Complaints#intake(UnitOfWork, NewComplaint)}: a new complaint with the policy
 * and clocks of an interactive one, or a repeat contact joining the customer's open complaint of the
 * same category (a warning says which). A reference already stored is a duplicate, not stored again.
 */
@Component(service = RowMapper.class)
public class ComplaintRows implements RowMapper {

    public static final String KIND = "complaints";

    @Reference
    private Complaints complaints;

    /** For DS. */
    public ComplaintRows() {
    }

    /** For tests. */
    public ComplaintRows(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public String id() {
        return KIND;
    }

    @Override
    public String label() {
        return Messages.import_kind_complaints;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("ref", "customer_ref", "opened_at", "severity", "subject");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("channel", "category", "description");
    }

    @Override
    public String area() {
        return ComplaintsAreaId.ID;
    }

    @Override
    public MappedRun<?> start(ImportContext context) {
        return new MappedRun<NewComplaint>() {
            @Override
            public NewComplaint validate(Row row, Findings findings) {
                Instant openedAt = null;
                try {
                    openedAt = OffsetDateTime.parse(row.get("opened_at").strip()).toInstant();
                } catch (DateTimeException bad) {
                    findings.reject(row.line(), "opened_at", row.get("opened_at"), Messages.import_bad_opened_at);
                }
                Severity severity = Severity.get(row.get("severity").strip().toUpperCase(Locale.ROOT));
                if (severity == null) {
                    findings.reject(row.line(), "severity", row.get("severity"), NLS.bind(Messages.cli_bad_severity, row.get("severity")));
                }
                if (openedAt == null || severity == null) {
                    return null;
                }
                return new NewComplaint(row.get("ref"), row.get("customer_ref"), openedAt, value(row, "channel"), value(row, "category"), severity,
                        row.get("subject"), value(row, "description"));
            }

            @Override
            public long store(UnitOfWork work, List<Validated<NewComplaint>> values, Findings findings) {
                Set<String> inBatch = new HashSet<>();
                long stored = 0;
                for (Validated<NewComplaint> value : values) {
                    String ref = value.value().reference();
                    if (ref != null && !inBatch.add(ref.strip())) {
                        findings.duplicate(value.line(), ref, ref, "ref");
                        continue;
                    }
                    try {
                        Intake intake = complaints.intake(work, value.value());
                        if (intake.joined()) {
                            // not an error: the row is stored, as a repeat contact of the complaint it joined
                            findings.warn(value.line(), "ref", ref, NLS.bind(Messages.import_joined, ref, intake.complaint().getReference()));
                        }
                        stored++;
                    } catch (ComplaintExistsException exists) {
                        findings.duplicate(value.line(), ref, ref, "ref");
                    } catch (ComplaintsException refused) {
                        findings.reject(value.line(), "ref", ref, refused.getMessage());
                    }
                }
                return stored;
            }
        };
    }

    private static String value(Row row, String column) {
        return row.has(column) ? row.get(column) : null;
    }
}
