package org.rapport.complaints.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.EventKind;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Gives a compensation in the complaint's unit of work, whether chosen from the catalogue or not:
 * points go to the ledger in the same unit of work, so they are stored with the complaint or not at all.
 */
final class Compensations {

    static final int DESCRIPTION_LENGTH = 500;

    /** What is given, by whom and when. */
    record Gift(CompensationKind kind, Long points, BigDecimal amount, String description, String offerCode, Instant at, String login) {
    }

    private Compensations() {
    }

    static void give(UnitOfWork work, Complaint complaint, Gift gift, Loyalty loyalty) {
        String reference = complaint.getReference();
        if (complaint.getStatus() == ComplaintStatus.CLOSED) {
            throw new ComplaintsException(NLS.bind(Messages.compensation_closed, reference));
        }
        Compensation compensation = ComplaintsFactory.eINSTANCE.createCompensation();
        compensation.setKind(gift.kind());
        compensation.setAmount(gift.amount());
        compensation.setDescription(gift.description());
        compensation.setAt(gift.at());
        compensation.setGrantedBy(gift.login());
        compensation.setOfferCode(gift.offerCode());
        if (gift.kind() == CompensationKind.LOYALTY_POINTS) {
            Long points = gift.points();
            if (points == null || points <= 0) {
                throw new ComplaintsException(NLS.bind(Messages.compensation_points, reference, points == null ? "" : points));
            }
            if (loyalty == null) {
                throw new ComplaintsException(Messages.compensation_no_loyalty);
            }
            String reason = gift.description() == null ? NLS.bind(Messages.compensation_reason, reference) : gift.description();
            loyalty.compensate(work, complaint.getCustomer().getReference(), points, reference, reason);
            compensation.setPoints(points);
        }
        complaint.getCompensations().add(compensation);
        ComplaintEvent event = ComplaintsFactory.eINSTANCE.createComplaintEvent();
        event.setKind(EventKind.COMPENSATION);
        event.setAt(gift.at());
        event.setActor(gift.login());
        event.setNote(gift.description());
        complaint.getEvents().add(event);
    }
}
