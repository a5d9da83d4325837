package org.rapport.complaints.api;

import java.math.BigDecimal;
import java.util.List;

import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.model.Complaint;

/**
 * The compensation catalogue (DOMAIN.md section 4): what agents may give for a complaint. Managers
 * add and retire entries; agents choose from the active ones. Loyalty points are posted through the
 * loyalty API in the same transaction as the complaint's change; other kinds are recorded.
 */
public interface CompensationCatalogue {

    /** A new entry: points for {@link CompensationKind#LOYALTY_POINTS}, an amount for the others (optional for a gift or other). */
    record OfferDraft(String code, String name, CompensationKind kind, Long points, BigDecimal amount) {
    }

    /** The entries by code; retired ones only with {@code retired}. */
    List<CompensationOffer> offers(boolean retired);

    /** Adds an entry; refuses a code in use, a points entry without points, a money entry without an amount. */
    CompensationOffer add(OfferDraft draft);

    /** Retires an entry: no longer offered, kept for the compensations given from it. */
    CompensationOffer retire(String code);

    /** Gives the customer the entry's compensation for the complaint (not a closed one), with a note. */
    Complaint compensate(String complaintRef, String offerCode, String note);
}
