package org.rapport.complaints.internal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.complaints.api.CompensationCatalogue;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/** {@link CompensationCatalogue} over the store; the compensation itself as {@link Complaints#compensate} gives one. */
@Component(service = CompensationCatalogue.class)
public class CatalogueService implements CompensationCatalogue {

    private static final int CODE_LENGTH = 64;
    private static final int NAME_LENGTH = 200;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Loyalty loyalty;

    /** For DS. */
    public CatalogueService() {
    }

    /** For tests. */
    public CatalogueService(Store store, ClockService clock, CurrentUser currentUser, Loyalty loyalty) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
        this.loyalty = loyalty;
    }

    @Override
    public List<CompensationOffer> offers(boolean retired) {
        try (UnitOfWork work = store.begin()) {
            return retired ? work.query("SELECT o FROM CompensationOffer o ORDER BY o.code")
                    : work.query("SELECT o FROM CompensationOffer o WHERE o.active = ?1 ORDER BY o.code", Boolean.TRUE);
        }
    }

    @Override
    public CompensationOffer add(OfferDraft draft) {
        String code = ComplaintService.required(draft.code(), "code", CODE_LENGTH);
        String name = ComplaintService.required(draft.name(), "name", NAME_LENGTH);
        CompensationKind kind = draft.kind();
        if (kind == null) {
            throw new ComplaintsException(NLS.bind(Messages.field_missing, "kind"));
        }
        Long points = null;
        BigDecimal amount = draft.amount();
        if (kind == CompensationKind.LOYALTY_POINTS) {
            if (draft.points() == null || draft.points() <= 0 || amount != null) {
                throw new ComplaintsException(NLS.bind(Messages.catalogue_points, code, draft.points() == null ? "" : draft.points()));
            }
            points = draft.points();
        } else {
            if (draft.points() != null) {
                throw new ComplaintsException(NLS.bind(Messages.catalogue_no_points, code, Labels.compensation(kind)));
            }
            boolean amountOptional = kind == CompensationKind.GIFT || kind == CompensationKind.OTHER || kind == CompensationKind.EXTENDED_WARRANTY;
            if (amount == null && !amountOptional || amount != null && amount.signum() <= 0) {
                throw new ComplaintsException(NLS.bind(Messages.catalogue_amount, code, amount == null ? "" : amount.toPlainString()));
            }
        }
        try (UnitOfWork work = store.begin()) {
            if (!work.query("SELECT o.code FROM CompensationOffer o WHERE o.code = ?1", code).isEmpty()) {
                throw new ComplaintsException(NLS.bind(Messages.catalogue_exists, code));
            }
            CompensationOffer offer = ComplaintsFactory.eINSTANCE.createCompensationOffer();
            offer.setCode(code);
            offer.setName(name);
            offer.setKind(kind);
            offer.setPoints(points);
            offer.setAmount(amount);
            offer.setActive(true);
            work.add(offer);
            work.commit();
            return offer;
        }
    }

    @Override
    public CompensationOffer retire(String code) {
        try (UnitOfWork work = store.begin()) {
            CompensationOffer offer = find(work, code);
            offer.setActive(false);
            work.commit();
            return offer;
        }
    }

    private static CompensationOffer find(UnitOfWork work, String code) {
        List<CompensationOffer> found = work.query("SELECT o FROM CompensationOffer o WHERE o.code = ?1", code == null ? "" : code.strip());
        if (found.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.catalogue_unknown, code));
        }
        return found.get(0);
    }

    @Override
    public Complaint compensate(String complaintRef, String offerCode, String note) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = ComplaintService.find(work, complaintRef);
            CompensationOffer offer = find(work, offerCode);
            if (!offer.isActive()) {
                throw new ComplaintsException(NLS.bind(Messages.catalogue_retired, offer.getCode()));
            }
            String given = ComplaintService.optional(note, "note", Compensations.DESCRIPTION_LENGTH - NAME_LENGTH - 3);
            String description = given == null ? offer.getName() : offer.getName() + ": " + given;
            Compensations.give(work, complaint, new Compensations.Gift(offer.getKind(), offer.getPoints(), offer.getAmount(), description, offer.getCode(),
                    clock.now(), currentUser.get().map(SessionUser::login).orElse(Complaints.SYSTEM)), loyalty);
            ComplaintService.commit(work, complaintRef);
            return complaint;
        }
    }
}
