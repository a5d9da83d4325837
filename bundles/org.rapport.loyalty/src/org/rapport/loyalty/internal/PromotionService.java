package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.Promotions;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/** {@link Promotions} over the store, whose access rules and audit apply. */
@Component(service = Promotions.class)
public class PromotionService implements Promotions {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int NAME_LENGTH = 255;
    private static final int CHANNEL_LENGTH = 64;
    private static final BigDecimal MOST = BigDecimal.valueOf(100);

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public PromotionService() {
    }

    /** For tests. */
    public PromotionService(Store store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @Override
    public List<Promotion> promotions() {
        try (UnitOfWork work = store.begin()) {
            return all(work);
        }
    }

    /** Every stored promotion, by first day, then reference. */
    static List<Promotion> all(UnitOfWork work) {
        List<org.rapport.loyalty.model.Promotion> stored = work.query("SELECT p FROM Promotion p ORDER BY p.firstDay, p.reference");
        return stored.stream().map(PromotionService::promotion).toList();
    }

    private static Promotion promotion(org.rapport.loyalty.model.Promotion p) {
        return new Promotion(p.getReference(), p.getName(), p.getFirstDay(), p.getLastDay(), p.getChannel(), p.getMultiplier(), p.getBonus());
    }

    @Override
    public Promotion add(Promotion promotion) {
        String login = allowed();
        String reference = promotion.reference() == null ? "" : promotion.reference().strip();
        if (!REFERENCE.matcher(reference).matches()) {
            throw new LoyaltyException(NLS.bind(Messages.promotion_bad_reference, promotion.reference()));
        }
        if (promotion.name() == null || promotion.name().isBlank() || promotion.name().strip().length() > NAME_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.promotion_bad_name, promotion.name(), NAME_LENGTH));
        }
        if (promotion.firstDay() == null || promotion.lastDay() == null || promotion.lastDay().isBefore(promotion.firstDay())) {
            throw new LoyaltyException(NLS.bind(Messages.promotion_bad_days, promotion.firstDay(), promotion.lastDay()));
        }
        String channel = promotion.channel() == null || promotion.channel().isBlank() ? null : promotion.channel().strip();
        if (channel != null && channel.length() > CHANNEL_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.reference_too_long, new Object[] { "channel", CHANNEL_LENGTH, channel }));
        }
        BigDecimal multiplier = promotion.multiplier();
        if (multiplier != null && (multiplier.compareTo(BigDecimal.ONE) <= 0 || multiplier.compareTo(MOST) > 0 || multiplier.scale() > 2)) {
            throw new LoyaltyException(NLS.bind(Messages.promotion_bad_multiplier, multiplier.toPlainString()));
        }
        if (promotion.bonus() != null && promotion.bonus() <= 0) {
            throw new LoyaltyException(NLS.bind(Messages.points_positive, promotion.bonus()));
        }
        if (multiplier == null && promotion.bonus() == null) {
            throw new LoyaltyException(Messages.promotion_nothing);
        }
        try (UnitOfWork work = store.begin()) {
            if (find(work, reference).isPresent()) {
                throw new LoyaltyException(NLS.bind(Messages.promotion_taken, reference));
            }
            org.rapport.loyalty.model.Promotion made = LoyaltyFactory.eINSTANCE.createPromotion();
            made.setReference(reference);
            made.setName(promotion.name().strip());
            made.setFirstDay(promotion.firstDay());
            made.setLastDay(promotion.lastDay());
            made.setChannel(channel);
            made.setMultiplier(multiplier);
            made.setBonus(promotion.bonus());
            made.setRecordedBy(login);
            work.add(made);
            try {
                work.commit();
            } catch (ConstraintViolationException e) {
                throw new LoyaltyException(NLS.bind(Messages.promotion_taken, reference));
            }
            return promotion(made);
        }
    }

    @Override
    public Promotion end(String reference, LocalDate lastDay) {
        String login = allowed();
        try (UnitOfWork work = store.begin()) {
            org.rapport.loyalty.model.Promotion found = find(work, reference == null ? "" : reference.strip())
                    .orElseThrow(() -> new LoyaltyException(NLS.bind(Messages.promotion_unknown, reference)));
            if (lastDay.isBefore(found.getFirstDay()) || !lastDay.isBefore(found.getLastDay())) {
                throw new LoyaltyException(NLS.bind(Messages.promotion_bad_end, new Object[] { reference, lastDay, found.getFirstDay(), found.getLastDay() }));
            }
            found.setLastDay(lastDay);
            found.setRecordedBy(login);
            work.commit();
            return promotion(found);
        }
    }

    private static Optional<org.rapport.loyalty.model.Promotion> find(UnitOfWork work, String reference) {
        List<org.rapport.loyalty.model.Promotion> found = work.query("SELECT p FROM Promotion p WHERE p.reference = ?1", reference);
        return found.stream().findFirst();
    }

    /** The signed-in user's login, when allowed to change the programme ({@code system} when nobody is signed in). */
    private String allowed() {
        Optional<SessionUser> user = currentUser.get();
        if (user.isPresent() && !user.get().may(LoyaltyAreaId.ID, Action.UPDATE)) {
            throw new AccessDeniedException(NLS.bind(Messages.promotions_denied, user.get().login()));
        }
        return user.map(SessionUser::login).orElse(org.rapport.loyalty.api.Loyalty.SYSTEM);
    }
}
