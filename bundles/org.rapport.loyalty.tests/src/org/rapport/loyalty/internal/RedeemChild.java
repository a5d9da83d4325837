package org.rapport.loyalty.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/**
 * One of the two desktops of {@link RedemptionTest}: a separate JVM that prepares a redemption
 * (reads the balance and the stock, adds the entries), says READY, and commits when it reads GO,
 * then says REDEEMED or REFUSED with the message.
 */
public final class RedeemChild {

    private RedeemChild() {
    }

    public static void main(String[] args) throws Exception {
        // arguments: JDBC URL, user, password, customer reference, reward reference
        DatabaseSettings settings = new DatabaseSettings(DatabaseKind.ofUrl(args[0]).orElseThrow(), args[0], args[1], args[2], Optional.empty(),
                Optional.empty(), Path.of(System.getProperty("java.io.tmpdir")));
        EclipseLinkStore store = EclipseLinkStore.open(settings, List.of(CustomersPackage.eINSTANCE, LoyaltyPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
        SessionUser mo = new SessionUser("mo", "Mo", Set.of("manager"), List.of(), Map.of());
        CurrentUser user = new CurrentUser() {
            @Override
            public Optional<SessionUser> get() {
                return Optional.of(mo);
            }

            @Override
            public SessionUser require() {
                return mo;
            }

            @Override
            public void signOut() {
                throw new AccessDeniedException("not in this test");
            }
        };
        LedgerService ledger = new LedgerService(store, Clock::systemUTC, user, List.of(new BaseAccrual()));
        RewardService rewards = new RewardService(store, ledger, Clock::systemUTC, user);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (UnitOfWork work = store.begin()) {
            rewards.prepare(work, args[3], args[4]);
            System.out.println("READY");
            System.out.flush();
            in.readLine();
            try {
                RewardService.commit(work, args[3], args[4]);
                System.out.println("REDEEMED");
            } catch (LoyaltyException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
        }
        System.out.flush();
        store.close();
    }
}
