package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.LedgerTexts;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Line;

/** {@link LedgerTexts}: entries described from their rule, source and figures, in the bundle's languages. */
@Component(service = LedgerTexts.class)
public class TextService implements LedgerTexts {

    /** The ledger's own rules and the import's, by id: the key of their names. */
    private static final Map<String, String> OWN_RULES = Map.of(Rules.REDEMPTION, "rule_redemption", Rules.EXPIRY, "rule_expiry", Rules.REVERSAL,
            "rule_reversal", Rules.DEBT_REPAYMENT, "rule_debt_repayment", Rules.ADJUSTMENT, "rule_adjustment", Rules.COMPENSATION, "rule_compensation",
            BalanceRows.RULE, "rule_opening_balance");
    private static final Map<String, String> SHIPPED_TIERS = Map.of(Tiers.SILVER, "tier_name_silver", Tiers.GOLD, "tier_name_gold", Tiers.BLACK,
            "tier_name_black");

    @Reference
    private ClockService clock;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<EarningRule> rules = List.of();

    /** For DS. */
    public TextService() {
    }

    /** For tests. */
    public TextService(ClockService clock, List<EarningRule> rules) {
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    @Override
    public String rule(String ruleId, Locale locale) {
        if (ruleId == null) {
            return "";
        }
        String own = OWN_RULES.get(ruleId);
        if (own != null) {
            return Texts.text(locale, own);
        }
        int colon = ruleId.indexOf(':');
        String base = colon < 0 ? ruleId : ruleId.substring(0, colon);
        String label = rules.stream().filter(r -> r.id().equals(base)).findFirst().map(r -> r.label(locale)).orElse(base);
        return colon < 0 ? label : label + " " + ruleId.substring(colon + 1);
    }

    @Override
    public String describe(String customerRef, Line line, Locale locale) {
        String rule = line.rule() == null ? "" : line.rule();
        String day = day(line.at(), locale);
        String amount = amount(line.amount(), locale);
        String source = line.sourceRef() == null ? "" : line.sourceRef();
        switch (rule) {
        case Rules.BASE:
            return Texts.text(locale, "describe_purchase", day, amount);
        case Rules.BIRTHDAY_DOUBLE:
            return Texts.text(locale, "describe_birthday", day, amount);
        case Rules.REFERRAL:
            String referred = source.startsWith(LedgerService.REFERRAL_SOURCE) ? source.substring(LedgerService.REFERRAL_SOURCE.length()) : source;
            return referred.equals(customerRef) ? Texts.text(locale, "describe_referred", day) : Texts.text(locale, "describe_referrer", referred, day);
        case Rules.REVIEW:
            return Texts.text(locale, "describe_review", source.startsWith(LedgerService.REVIEW_SOURCE) ? source.substring(LedgerService.REVIEW_SOURCE.length()) : source);
        case Rules.REVERSAL:
            return Texts.text(locale, "describe_reversal", line.relatedRef(), amount);
        case Rules.DEBT_REPAYMENT:
            return Texts.text(locale, "describe_debt_repayment", source);
        case Rules.EXPIRY:
            return Texts.text(locale, "describe_expiry", day);
        case Rules.REDEMPTION:
            return Texts.text(locale, "describe_redemption", typed(line.reason(), source));
        case Rules.ADJUSTMENT:
            return Texts.text(locale, "describe_adjustment", typed(line.reason(), ""));
        case Rules.COMPENSATION:
            return Texts.text(locale, "describe_compensation", source, typed(line.reason(), ""));
        case BalanceRows.RULE:
            return Texts.text(locale, "describe_opening", source);
        default:
            if (rule.startsWith(Rules.PROMOTION + ":")) {
                return Texts.text(locale, "describe_promotion", rule.substring(Rules.PROMOTION.length() + 1), day, amount);
            }
            // another party's rule: its label, and the purchase it rewarded or the reason it gave
            return line.amount() != null ? Texts.text(locale, "describe_rule_purchase", rule(rule, locale), day, amount)
                    : rule(rule, locale) + (line.reason() == null ? "" : ": " + line.reason());
        }
    }

    private static String typed(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason;
    }

    @Override
    public String tier(String name, Locale locale) {
        String key = name == null ? null : SHIPPED_TIERS.get(name);
        return key == null ? name : Texts.text(locale, key);
    }

    @Override
    public String recordedBy(String login, Locale locale) {
        return Loyalty.SYSTEM.equals(login) ? Texts.text(locale, "recorded_by_system") : login;
    }

    private String day(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(at.atZone(clock.zone()).toLocalDate());
    }

    private static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
