package org.rapport.reports.internal.loyalty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.reports.api.DimensionValues;
import org.rapport.reports.api.Dimensions;

/** The programme's tiers by their name in any case ({@code gold} is Gold). */
@Component(service = DimensionValues.class)
public class TierValues implements DimensionValues {

    private final MemberTiers programme;

    @Activate
    public TierValues(@Reference(name = "programme") MemberTiers programme) {
        this.programme = programme;
    }

    @Override
    public String dimension() {
        return Dimensions.TIER;
    }

    @Override
    public Optional<String> stored(String name) {
        return programme.tiers().stream().map(MemberTiers.Tier::name).filter(tier -> tier.equalsIgnoreCase(name.strip())).findFirst();
    }

    @Override
    public List<String> known() {
        return programme.tiers().stream().map(MemberTiers.Tier::name).toList();
    }
}
