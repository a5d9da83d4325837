package org.rapport.customers.ui.internal;

import java.util.Optional;
import java.util.function.BiFunction;

import org.rapport.customers.api.CustomerFigures;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.ui.api.Formats;

/**
 * A revenue figure of the header, computed by the database through {@link CustomerFigures}, in
 * the installation's currency. A user who may not read purchase amounts gets the store's refusal,
 * and the header leaves the fact out.
 */
abstract class RevenueFact implements CustomerHeaderFact {

    abstract FactSources sources();

    /** Which of the two revenues this fact shows, computed alone (a header refresh asks each once). */
    abstract BiFunction<CustomerFigures, Long, java.math.BigDecimal> which();

    @Override
    public Kind kind() {
        return Kind.AMOUNT;
    }

    @Override
    public Optional<String> value(long customerId) {
        java.math.BigDecimal amount = which().apply(sources().figures, customerId);
        try {
            return Optional.of(Formats.money(amount, sources().currency.currency()));
        } catch (IllegalStateException badSetting) {
            // the figure is right; what is wrong is the setting, and the message says where
            return Optional.of(Formats.money(amount) + "  \u26a0 " + badSetting.getMessage());
        }
    }
}
