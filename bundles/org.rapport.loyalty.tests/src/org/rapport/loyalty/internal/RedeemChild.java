package org.rapport.loyalty.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.testing.ChildStore;

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
        ChildStore child = ChildStore.open(args, List.of(CustomersPackage.eINSTANCE, LoyaltyPackage.eINSTANCE));
        Store store = child.store;
        CurrentUser user = child.user;
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
        child.close();
    }
}
