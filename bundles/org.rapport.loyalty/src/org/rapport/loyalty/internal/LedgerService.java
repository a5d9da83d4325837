package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Purchase;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.EarningRule.Award;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.api.ReviewFacts;
import org.rapport.loyalty.model.Consumption;
import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierChange;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/** {@link Loyalty}: the ledger's postings over the store, with the registered earning rules. */
@Component(service = Loyalty.class)
public class LedgerService implements Loyalty {

    private static final int REF_LENGTH = 64;
    private static final int REASON_LENGTH = 1000;
    /** What a review's entries name as their source, before the purchase reviewed (not the purchase itself: a return takes nothing of it back). */
    static final String REVIEW_SOURCE = "review:";
    /** What both referral entries name as their source, before the referred customer. */
    static final String REFERRAL_SOURCE = "referral:";
    private static final int QUALIFIER_LENGTH = 32;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;
    /** Highest ranking first, as DS orders them for a field of this kind. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<EarningRule> rules = List.of();

    /**
     * The ledgers of the customers posted to in each open unit of work: the store's queries do not
     * see what a unit of work has not committed, so a second posting for the same customer in the
     * same transaction continues from the first one's state. Weak: a closed unit of work goes.
     */
    private final Map<UnitOfWork, Map<String, CustomerLedger>> open = Collections.synchronizedMap(new WeakHashMap<>());

    /** For DS. */
    public LedgerService() {
    }

    /** For tests: the rules in the order they are asked. */
    public LedgerService(Store store, ClockService clock, CurrentUser currentUser, List<EarningRule> rules) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
        this.rules = List.copyOf(rules);
    }

    @Override
    public Posting earn(UnitOfWork work, PurchaseEvent purchase) {
        checked(purchase);
        return earn(work, ledger(work, purchase.customerRef()), purchase, new Settings(work));
    }

    private String checked(PurchaseEvent purchase) {
        String ref = reference(purchase.purchaseRef(), "purchaseRef");
        if (purchase.at() == null || purchase.amount() == null) {
            throw new LoyaltyException(NLS.bind(Messages.purchase_incomplete, ref));
        }
        if (purchase.amount().signum() < 0) {
            throw new LoyaltyException(NLS.bind(Messages.purchase_negative, ref, purchase.amount().toPlainString()));
        }
        return ref;
    }

    private Posting earn(UnitOfWork work, CustomerLedger ledger, PurchaseEvent purchase, Settings settings) {
        String ref = checked(purchase);
        if (ledger.earned(ref)) {
            return Posting.NOTHING;
        }
        Programme programme = settings.programme();
        long base = purchase.amount().multiply(BigDecimal.valueOf(programme.getPointsPerUnit())).setScale(0, RoundingMode.FLOOR).longValueExact();
        String customerRef = ledger.customer.getReference();
        LocalDate day = purchase.at().atZone(clock.zone()).toLocalDate();
        org.rapport.loyalty.model.Referral referral = pendingReferral(work, ledger);
        List<Promotion> promotions = settings.promotions().stream().filter(p -> p.covers(day, purchase.channel())).toList();
        PurchaseFacts facts = new PurchaseFacts(customerRef, Optional.ofNullable(ledger.customer.getBirthday()), ref, purchase.at(), purchase.amount(),
                clock.zone(), base, Optional.ofNullable(purchase.channel()), Optional.ofNullable(referral).map(r -> r.getReferrer().getReference()),
                promotions, settings.bonuses());
        CustomerLedger.Writer writer = writer();
        List<LedgerEntry> written = new ArrayList<>();
        for (EarningRule rule : rules) {
            for (Award award : rule.awards(facts)) {
                if (award.points() <= 0) {
                    continue;
                }
                boolean buyer = award.customerRef() == null || award.customerRef().equals(customerRef);
                CustomerLedger target = buyer ? ledger
                        : referral != null && award.customerRef().equals(referral.getReferrer().getReference()) ? ledger(work, referral.getReferrer())
                                : ledger(work, award.customerRef());
                LedgerEntry entry = target.entry(rule.kind(), award.points(), purchase.at(), ruleId(rule, award), writer);
                // a referral's points belong to the referral, not the purchase: a return of the purchase leaves them
                entry.setSourceRef(rule.kind() == EntryKind.REFERRAL ? REFERRAL_SOURCE + customerRef : ref);
                if (buyer) {
                    entry.setAmount(purchase.amount());
                }
                entry.setReason(limit(award.reason()));
                entry.setExpiresOn(day.plusMonths(programme.getExpiryMonths()));
                written.addAll(target.earn(entry, writer));
                if (!buyer) {
                    join(work, target, purchase.at(), writer, settings);
                }
            }
        }
        if (written.stream().anyMatch(e -> e.getCustomer() == ledger.customer)) {
            join(work, ledger, purchase.at(), writer, settings);
        }
        return new Posting(written, Optional.empty());
    }

    /** The entry's rule id: the rule's, and the award's qualifier after a colon (promotion:SPRING). */
    private static String ruleId(EarningRule rule, Award award) {
        if (award.qualifier() == null || award.qualifier().isBlank()) {
            return rule.id();
        }
        String qualifier = award.qualifier().length() <= QUALIFIER_LENGTH ? award.qualifier() : award.qualifier().substring(0, QUALIFIER_LENGTH);
        return rule.id() + ":" + qualifier;
    }

    /**
     * The customer's referral while it is not yet rewarded (then this purchase is the customer's
     * first: only a customer who never bought is referred), else null.
     */
    private static org.rapport.loyalty.model.Referral pendingReferral(UnitOfWork work, CustomerLedger ledger) {
        if (!ledger.referralKnown) {
            List<org.rapport.loyalty.model.Referral> found = CustomerLedger.id(ledger.customer) == 0 ? List.of()
                    : work.query("SELECT r FROM Referral r WHERE r.referred = ?1", ledger.customer);
            ledger.referral = found.isEmpty() ? null : found.get(0);
            ledger.referralKnown = true;
        }
        if (ledger.referral == null) {
            return null;
        }
        String source = REFERRAL_SOURCE + ledger.customer.getReference();
        CustomerLedger full = ledger.completed();
        return full.entries().stream().anyMatch(e -> e.getKind() == EntryKind.REFERRAL && source.equals(e.getSourceRef())) ? null : ledger.referral;
    }

    /**
     * The points of the purchase records a commit stores ({@link PurchasePoints}), in the order
     * they were made (sales before returns of the same moment, then in the order stored): a sale
     * earns, a return of a sale with an order reference takes its points back. A record without a
     * date or amount earns nothing.
     */
    void purchasesStored(UnitOfWork work, List<Purchase> purchases) {
        List<Purchase> ordered = purchases.stream().filter(p -> p.getAt() != null && p.getAmount() != null && p.eContainer() instanceof Customer)
                .sorted(Comparator.comparing(Purchase::getAt).thenComparing(PurchaseLedgers::isReturn).thenComparingLong(CustomerLedger::id)).toList();
        if (ordered.isEmpty()) {
            return;
        }
        Map<String, CustomerLedger> ledgers = open.computeIfAbsent(work, w -> new HashMap<>());
        try {
            PurchaseLedgers.read(work, ordered, ledgers);
            Settings settings = new Settings(work);
            TierUpgrades upgrades = new TierUpgrades(work, clock.zone(), settings.tiers(), settings.programme());
            for (Purchase purchase : ordered) {
                String customerRef = ((Customer) purchase.eContainer()).getReference();
                String purchaseRef = PurchaseLedgers.purchaseRef(purchase);
                Posting posting = Posting.NOTHING;
                if (!PurchaseLedgers.isReturn(purchase)) {
                    posting = earn(work, ledgers.get(customerRef),
                            new PurchaseEvent(customerRef, purchaseRef, purchase.getAt(), purchase.getAmount(), purchase.getChannel()), settings);
                } else if (purchase.getOrderRef() != null && !purchase.getOrderRef().isBlank()) {
                    CustomerLedger ledger = ledgers.get(customerRef).completed();
                    ledgers.put(customerRef, ledger);
                    posting = reverse(ledger,
                            new ReturnEvent(customerRef, "return:" + CustomerLedger.id(purchase), purchaseRef, purchase.getAt(), purchase.getAmount().abs()));
                }
                upgrades.purchase(purchase, purchaseRef, posting.points(), ledgers.get(customerRef));
            }
            upgrades.apply(writer().login());
        } finally {
            // the commit follows: if it fails, the store drops what was added here, so nothing of it may be remembered
            open.remove(work);
        }
    }

    @Override
    public Posting reverse(UnitOfWork work, ReturnEvent purchaseReturn) {
        checked(purchaseReturn);
        return reverse(ledger(work, purchaseReturn.customerRef()), purchaseReturn);
    }

    private static void checked(ReturnEvent purchaseReturn) {
        String returnRef = reference(purchaseReturn.returnRef(), "returnRef");
        reference(purchaseReturn.purchaseRef(), "purchaseRef");
        if (purchaseReturn.at() == null || purchaseReturn.amount() == null) {
            throw new LoyaltyException(NLS.bind(Messages.purchase_incomplete, returnRef));
        }
    }

    private Posting reverse(CustomerLedger ledger, ReturnEvent purchaseReturn) {
        String returnRef = purchaseReturn.returnRef();
        String purchaseRef = purchaseReturn.purchaseRef();
        List<LedgerEntry> earned = ledger.entries().stream().filter(e -> e.getPoints() > 0 && purchaseRef.equals(e.getSourceRef()) && e.getRelatedRef() == null)
                .toList();
        // every earlier return of this purchase, by its reference: its amount and the points it took (entry and debt)
        Map<String, BigDecimal> returned = new LinkedHashMap<>();
        long taken = 0;
        for (LedgerEntry e : ledger.entries()) {
            if (purchaseRef.equals(e.getRelatedRef())) {
                returned.put(e.getSourceRef(), e.getAmount());
                taken -= e.getPoints();
            }
        }
        for (Debt d : ledger.debts()) {
            if (purchaseRef.equals(d.getRelatedRef())) {
                returned.put(d.getSourceRef(), d.getAmount());
                taken += d.getPoints();
            }
        }
        if (earned.isEmpty() || returned.containsKey(returnRef)) {
            return Posting.NOTHING;
        }
        long points = earned.stream().mapToLong(LedgerEntry::getPoints).sum();
        BigDecimal bought = earned.get(0).getAmount();
        BigDecimal amount = purchaseReturn.amount().abs();
        BigDecimal soFar = returned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(amount).min(bought);
        long target = bought.signum() == 0 ? points
                : BigDecimal.valueOf(points).multiply(soFar).divide(bought, 0, RoundingMode.FLOOR).longValueExact();
        long expired = expiredPoints(ledger, earned);
        long reverse = Math.max(0, Math.min(target, points - expired) - taken);
        if (reverse == 0) {
            return Posting.NOTHING;
        }
        CustomerLedger.Writer writer = writer();
        long covered = Math.min(reverse, ledger.balance());
        String reason = NLS.bind(Messages.reason_reversal, returnRef, purchaseRef);
        List<LedgerEntry> written = new ArrayList<>();
        if (covered > 0) {
            LedgerEntry reversal = ledger.entry(EntryKind.REVERSAL, -covered, purchaseReturn.at(), Rules.REVERSAL, writer);
            reversal.setSourceRef(returnRef);
            reversal.setRelatedRef(purchaseRef);
            reversal.setAmount(amount);
            reversal.setReason(reason);
            // the purchase's own points first: they are the ones going back
            written.add(ledger.spend(reversal, covered, earned.stream().filter(e -> ledger.open(e) > 0).toList()));
        }
        Optional<Debt> debt = Optional.empty();
        if (reverse > covered) {
            debt = Optional.of(ledger.owe(reverse - covered, purchaseReturn.at(), returnRef, purchaseRef, amount, reason, writer));
        }
        return new Posting(written, debt);
    }

    private static long expiredPoints(CustomerLedger ledger, List<LedgerEntry> earned) {
        long expired = 0;
        for (LedgerEntry e : ledger.entries()) {
            if (e.getKind() == EntryKind.EXPIRY) {
                for (Consumption c : e.getConsumed()) {
                    if (earned.stream().anyMatch(x -> x == c.getEarning() || CustomerLedger.id(x) != 0 && CustomerLedger.id(x) == CustomerLedger.id(c.getEarning()))) {
                        expired += c.getPoints();
                    }
                }
            }
        }
        return expired;
    }

    @Override
    public Posting adjust(UnitOfWork work, String customerRef, long points, String reason) {
        Optional<SessionUser> user = currentUser.get();
        if (user.isPresent() && !user.get().may(LoyaltyAreaId.ID, Action.UPDATE)) {
            throw new AccessDeniedException(NLS.bind(Messages.adjust_denied, user.get().login()));
        }
        return post(work, customerRef, points, EntryKind.ADJUSTMENT, Rules.ADJUSTMENT, null, reason, true);
    }

    /**
     * An opening balance brought from another system ({@link BalanceRows}): points earned on
     * {@code day} (today when null), expiring as points earned that day do, named by the import.
     */
    Posting openingBalance(UnitOfWork work, String customerRef, long points, LocalDate day, String reason, String importId) {
        positive(points);
        CustomerLedger ledger = ledger(work, customerRef);
        CustomerLedger.Writer writer = writer();
        Instant at = day == null ? writer.now() : day.atStartOfDay(clock.zone()).toInstant();
        Settings settings = new Settings(work);
        LedgerEntry entry = ledger.entry(EntryKind.ADJUSTMENT, points, at, BalanceRows.RULE, writer);
        entry.setSourceRef(reference(importId, "importId"));
        entry.setReason(limit(reason == null ? NLS.bind(Messages.reason_opening, importId) : reason));
        entry.setExpiresOn(at.atZone(clock.zone()).toLocalDate().plusMonths(settings.programme().getExpiryMonths()));
        Posting posting = new Posting(ledger.earn(entry, writer), Optional.empty());
        join(work, ledger, at, writer, settings);
        return posting;
    }

    @Override
    public Posting compensate(UnitOfWork work, String customerRef, long points, String complaintRef, String reason) {
        positive(points);
        return post(work, customerRef, points, EntryKind.COMPENSATION, Rules.COMPENSATION, reference(complaintRef, "complaintRef"), reason, true);
    }

    @Override
    public Posting redeem(UnitOfWork work, String customerRef, long points, String rewardRef, String reason) {
        positive(points);
        return post(work, customerRef, -points, EntryKind.REDEMPTION, Rules.REDEMPTION, reference(rewardRef, "rewardRef"), reason, false);
    }

    private static void positive(long points) {
        if (points <= 0) {
            throw new LoyaltyException(NLS.bind(Messages.points_positive, points));
        }
    }

    /** A manual posting at the clock's time: earning or spending by its sign. */
    private Posting post(UnitOfWork work, String customerRef, long points, EntryKind kind, String rule, String sourceRef, String reason,
            boolean reasonRequired) {
        if (points == 0) {
            throw new LoyaltyException(Messages.points_zero);
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            throw new LoyaltyException(Messages.reason_required);
        }
        CustomerLedger ledger = ledger(work, customerRef);
        CustomerLedger.Writer writer = writer();
        LedgerEntry entry = ledger.entry(kind, points, writer.now(), rule, writer);
        entry.setSourceRef(sourceRef);
        entry.setReason(reason == null ? null : limit(reason.strip()));
        if (points > 0) {
            entry.setExpiresOn(writer.now().atZone(clock.zone()).toLocalDate().plusMonths(programme(work).getExpiryMonths()));
            return new Posting(ledger.earn(entry, writer), Optional.empty());
        }
        return new Posting(List.of(ledger.spend(entry, -points, List.of())), Optional.empty());
    }

    @Override
    public Posting earn(PurchaseEvent purchase) {
        return committed(work -> earn(work, purchase));
    }

    @Override
    public Posting reverse(ReturnEvent purchaseReturn) {
        return committed(work -> reverse(work, purchaseReturn));
    }

    @Override
    public Posting adjust(String customerRef, long points, String reason) {
        return committed(work -> adjust(work, customerRef, points, reason));
    }

    private Posting committed(Function<UnitOfWork, Posting> posting) {
        try (UnitOfWork work = store.begin()) {
            Posting done = posting.apply(work);
            work.commit();
            return done;
        }
    }

    @Override
    public ExpiryRun expire(LocalDate asOf) {
        List<Customer> customers;
        try (UnitOfWork work = store.begin()) {
            customers = work.query("SELECT DISTINCT e.customer FROM LedgerEntry e WHERE e.expiresOn <= ?1", asOf);
        }
        int touched = 0;
        long points = 0;
        for (Customer customer : customers) {
            long expired;
            try {
                expired = expire(customer.getReference(), asOf);
            } catch (ConstraintViolationException sameMoment) {
                // another desktop expired (or spent) this customer's points at the same moment and took the
                // spend number this run read; read again: what it expired is gone, what is left (if any) expires
                expired = expire(customer.getReference(), asOf);
            }
            if (expired > 0) {
                touched++;
                points += expired;
            }
        }
        return new ExpiryRun(asOf, touched, points);
    }

    /** Expires one customer's points due on {@code asOf} in a unit of work of its own; the points expired. */
    private long expire(String customerRef, LocalDate asOf) {
        try (UnitOfWork work = store.begin()) {
            CustomerLedger ledger = ledger(work, customerRef);
            LedgerEntry expiry = ledger.entry(EntryKind.EXPIRY, 0, asOf.atStartOfDay(clock.zone()).toInstant(), Rules.EXPIRY, writer());
            expiry.setSourceRef("expiry:" + asOf);
            expiry.setReason(NLS.bind(Messages.reason_expiry, asOf));
            if (ledger.expire(expiry, asOf) == null) {
                return 0;
            }
            work.commit();
            return -expiry.getPoints();
        }
    }

    @Override
    public Account account(String customerRef) {
        try (UnitOfWork work = store.begin()) {
            CustomerLedger ledger = CustomerLedger.read(work, customer(work, customerRef));
            List<Line> lines = new ArrayList<>();
            for (LedgerEntry e : ledger.entries()) {
                List<Taken> consumed = e.getConsumed().stream().map(c -> new Taken(CustomerLedger.id(c.getEarning()), c.getPoints())).toList();
                lines.add(new Line(CustomerLedger.id(e), e.getAt(), e.getKind(), e.getPoints(), ledger.open(e), e.getRuleId(), e.getSourceRef(), e.getRelatedRef(),
                        e.getAmount(), e.getExpiresOn(), e.getRecordedBy(), e.getReason(), consumed));
            }
            List<DebtLine> debts = ledger.debts().stream()
                    .map(d -> new DebtLine(CustomerLedger.id(d), d.getAt(), d.getPoints(), ledger.outstanding(d), d.getSourceRef(), d.getRelatedRef())).toList();
            List<Membership> membership = work.query("SELECT m FROM Membership m WHERE m.customer = ?1", ledger.customer);
            return new Account(customerRef, ledger.balance(), ledger.debt(), membership.stream().findFirst().map(Tiers::current), lines, debts);
        }
    }

    @Override
    public Optional<String> tier(String customerRef) {
        try (UnitOfWork work = store.begin()) {
            // the last change by the order changes were made (as the reports count it); the membership's own tier before any
            List<Object[]> rows = work.query(
                    "SELECT m.tier, t.toTier, t.persistentId FROM Membership m LEFT JOIN m.history t WHERE m.customer.reference = ?1", customerRef);
            String tier = null;
            long last = Long.MIN_VALUE;
            for (Object[] row : rows) {
                long id = row[2] == null ? Long.MIN_VALUE : ((Number) row[2]).longValue();
                if (tier == null || id > last) {
                    tier = row[1] == null ? (String) row[0] : (String) row[1];
                    last = id;
                }
            }
            return Optional.ofNullable(tier);
        }
    }

    @Override
    public Referral refer(String referrerRef, String referredRef) {
        reference(referrerRef, "referrerRef");
        reference(referredRef, "referredRef");
        if (referrerRef.strip().equals(referredRef.strip())) {
            throw new LoyaltyException(NLS.bind(Messages.referral_self, referredRef));
        }
        CustomerLedger.Writer writer = writer();
        try (UnitOfWork work = store.begin()) {
            Customer referrer = customer(work, referrerRef.strip());
            Customer referred = customer(work, referredRef.strip());
            List<org.rapport.loyalty.model.Referral> before = work.query("SELECT r FROM Referral r WHERE r.referred = ?1", referred);
            if (!before.isEmpty()) {
                throw new LoyaltyException(NLS.bind(Messages.referral_twice,
                        new Object[] { referredRef, before.get(0).getReferrer().getReference(), day(before.get(0).getAt()) }));
            }
            if (!referred.getPurchases().isEmpty()) {
                throw new LoyaltyException(NLS.bind(Messages.referral_not_new, referredRef));
            }
            org.rapport.loyalty.model.Referral referral = LoyaltyFactory.eINSTANCE.createReferral();
            referral.setReferrer(referrer);
            referral.setReferred(referred);
            referral.setAt(writer.now());
            referral.setRecordedBy(writer.login());
            work.add(referral);
            try {
                work.commit();
            } catch (ConstraintViolationException e) {
                // another desktop referred the same customer at the same moment
                throw new LoyaltyException(NLS.bind(Messages.referral_twice, new Object[] { referredRef, "?", day(writer.now()) }));
            }
            return new Referral(referrer.getReference(), referred.getReference(), referral.getAt(), referral.getRecordedBy());
        }
    }

    @Override
    public Posting review(UnitOfWork work, String customerRef, String purchaseRef) {
        String ref = reference(purchaseRef, "purchaseRef").strip();
        if (ref.length() > REF_LENGTH - REVIEW_SOURCE.length()) {
            throw new LoyaltyException(NLS.bind(Messages.reference_too_long, new Object[] { "purchaseRef", REF_LENGTH - REVIEW_SOURCE.length(), ref }));
        }
        CustomerLedger ledger = ledger(work, customerRef);
        Purchase bought = ledger.customer.getPurchases().stream()
                .filter(p -> p.getAt() != null && p.getAmount() != null && !PurchaseLedgers.isReturn(p) && ref.equals(PurchaseLedgers.purchaseRef(p))).findFirst()
                .orElseThrow(() -> new LoyaltyException(NLS.bind(Messages.review_no_purchase, customerRef, ref)));
        String source = REVIEW_SOURCE + ref;
        Optional<LedgerEntry> rewarded = ledger.entries().stream().filter(e -> e.getPoints() > 0 && source.equals(e.getSourceRef())).findFirst();
        if (rewarded.isPresent()) {
            throw new LoyaltyException(NLS.bind(Messages.review_twice, new Object[] { ref, customerRef, day(rewarded.get().getAt()) }));
        }
        Settings settings = new Settings(work);
        CustomerLedger.Writer writer = writer();
        ReviewFacts facts = new ReviewFacts(ledger.customer.getReference(), ref, bought.getAt(), bought.getAmount(), writer.now(), clock.zone(),
                settings.bonuses());
        List<LedgerEntry> written = new ArrayList<>();
        for (EarningRule rule : rules) {
            Optional<Award> award = rule.award(facts);
            if (award.isPresent() && award.get().points() > 0) {
                LedgerEntry entry = ledger.entry(rule.kind(), award.get().points(), writer.now(), ruleId(rule, award.get()), writer);
                entry.setSourceRef(source);
                entry.setReason(limit(award.get().reason()));
                entry.setExpiresOn(day(writer.now()).plusMonths(settings.programme().getExpiryMonths()));
                written.addAll(ledger.earn(entry, writer));
            }
        }
        if (!written.isEmpty()) {
            join(work, ledger, writer.now(), writer, settings);
        }
        return new Posting(written, Optional.empty());
    }

    @Override
    public Posting review(String customerRef, String purchaseRef) {
        return committed(work -> review(work, customerRef, purchaseRef));
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.zone()).toLocalDate();
    }

    /** The programme's stored settings, or the shipped defaults (the model's default values). */
    static Programme programme(UnitOfWork work) {
        List<Programme> stored = work.query("SELECT p FROM Programme p ORDER BY p.persistentId");
        return stored.isEmpty() ? LoyaltyFactory.eINSTANCE.createProgramme() : stored.get(0);
    }

    /** The programme and the lowest tier, each read once per posting or reaction, on first use. */
    static final class Settings {
        private final UnitOfWork work;
        private Programme programme;
        private List<TierDefinition> tiers;
        private List<Promotion> promotions;

        Settings(UnitOfWork work) {
            this.work = work;
        }

        Programme programme() {
            if (programme == null) {
                programme = LedgerService.programme(work);
            }
            return programme;
        }

        List<TierDefinition> tiers() {
            if (tiers == null) {
                tiers = Tiers.all(work);
            }
            return tiers;
        }

        List<Promotion> promotions() {
            if (promotions == null) {
                promotions = PromotionService.all(work);
            }
            return promotions;
        }

        Bonuses bonuses() {
            Programme p = programme();
            return new Bonuses(p.getReferrerPoints(), p.getReferredPoints(), p.getReviewPoints());
        }

        String lowestTier() {
            return tiers().get(0).getName();
        }
    }

    /** A customer's first earning makes the customer a member of the lowest tier (DOMAIN.md: Silver from the first purchase). */
    private static void join(UnitOfWork work, CustomerLedger ledger, Instant at, CustomerLedger.Writer writer, Settings settings) {
        if (ledger.member == null) {
            List<Membership> found = CustomerLedger.id(ledger.customer) == 0 ? List.of()
                    : work.query("SELECT m FROM Membership m WHERE m.customer = ?1", ledger.customer);
            ledger.membership = found.isEmpty() ? null : found.get(0);
            ledger.member = ledger.membership != null;
        }
        if (ledger.member) {
            return;
        }
        Membership membership = LoyaltyFactory.eINSTANCE.createMembership();
        membership.setCustomer(ledger.customer);
        membership.setTier(settings.lowestTier());
        membership.setSince(at);
        TierChange change = LoyaltyFactory.eINSTANCE.createTierChange();
        change.setToTier(membership.getTier());
        change.setReason(Messages.reason_joined);
        change.setAt(at);
        change.setChangedBy(writer.login());
        membership.getHistory().add(change);
        work.add(membership);
        ledger.member = true;
        ledger.membership = membership;
        ledger.joined = true;
    }

    private CustomerLedger ledger(UnitOfWork work, String customerRef) {
        Map<String, CustomerLedger> ledgers = open.computeIfAbsent(work, w -> new HashMap<>());
        CustomerLedger ledger = ledgers.get(customerRef);
        if (ledger == null) {
            ledger = CustomerLedger.read(work, customer(work, customerRef));
            ledgers.put(customerRef, ledger);
        } else if (ledger != ledger.completed()) {
            ledger = ledger.completed();
            ledgers.put(customerRef, ledger);
        }
        return ledger;
    }

    /** A customer reached through a reference (a referral's referrer): looked up by the object, which the signed-in user may not find by reference. */
    private CustomerLedger ledger(UnitOfWork work, Customer customer) {
        Map<String, CustomerLedger> ledgers = open.computeIfAbsent(work, w -> new HashMap<>());
        CustomerLedger ledger = ledgers.get(customer.getReference());
        ledger = ledger == null ? CustomerLedger.read(work, customer) : ledger.completed();
        ledgers.put(customer.getReference(), ledger);
        return ledger;
    }

    private static Customer customer(UnitOfWork work, String customerRef) {
        if (customerRef == null || customerRef.isBlank()) {
            throw new LoyaltyException(NLS.bind(Messages.reference_missing, "customerRef"));
        }
        List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", customerRef);
        if (found.isEmpty()) {
            throw new LoyaltyException(NLS.bind(Messages.no_customer, customerRef));
        }
        return found.get(0);
    }

    private static String reference(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new LoyaltyException(NLS.bind(Messages.reference_missing, name));
        }
        if (value.length() > REF_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.reference_too_long, new Object[] { name, REF_LENGTH, value }));
        }
        return value;
    }

    private static String limit(String text) {
        return text == null || text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }

    private CustomerLedger.Writer writer() {
        return new CustomerLedger.Writer(currentUser.get().map(SessionUser::login).orElse(SYSTEM), clock.now());
    }

}
