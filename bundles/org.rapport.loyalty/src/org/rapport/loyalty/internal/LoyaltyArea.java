package org.rapport.loyalty.internal;

import static org.rapport.security.api.Area.each;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The loyalty area describes itself to the platform. Balances and tiers are commercial data, which
 * sales read for every customer (DOMAIN.md section 7); they post (redeem) for the accounts they
 * manage. Service agents read and post for anyone they serve (redemption at the desk, compensation
 * for a complaint). Manual adjustments need the update permission: managers hold it.
 */
@Component(service = Area.class)
public class LoyaltyArea implements Area {

    @Override
    public String id() {
        return LoyaltyAreaId.ID;
    }

    @Override
    public String label() {
        return Messages.area_loyalty;
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(LoyaltyArea.class.getResource("/icons/loyalty.png"));
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        List<Access> sales = new ArrayList<>(each(Scope.ALL, Action.READ));
        sales.addAll(each(Scope.OWN, Action.CREATE));
        return Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)),
                Roles.SALES, List.copyOf(sales),
                Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ, Action.CREATE));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        // the loyalty views (org.rapport.loyalty.ui) sit in perspectives other areas already offer to
        // the right people; a rule here (loyalty read) would offer Sales to every service agent
        return List.of();
    }
}
