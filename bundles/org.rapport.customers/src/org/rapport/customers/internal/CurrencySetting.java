package org.rapport.customers.internal;

import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.RapportHome;
import org.rapport.customers.api.InstallationCurrency;
import org.rapport.persistence.api.HomeSettings;
import org.rapport.persistence.api.SettingsException;

/** {@link InstallationCurrency} from the home's {@code rapport.properties}, where the installation's other settings are. */
@Component(service = InstallationCurrency.class)
public class CurrencySetting implements InstallationCurrency {

    @Reference
    private RapportHome home;

    private volatile Currency currency;

    /** For DS. */
    public CurrencySetting() {
    }

    /** For tests. */
    public CurrencySetting(RapportHome home) {
        this.home = home;
    }

    @Override
    public Currency currency() {
        Currency known = currency;
        if (known == null) {
            try {
                known = load(home.path());
            } catch (SettingsException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            currency = known;
        }
        return known;
    }

    /** The currency a home's settings name; the default when they name none. */
    static Currency load(Path home) throws SettingsException {
        Map<String, HomeSettings.Value> settings = HomeSettings.read(home, "customers.", List.of(KEY));
        HomeSettings.Value value = settings.get(KEY);
        if (value == null) {
            return Currency.getInstance(DEFAULT);
        }
        String code = value.text().strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (code.matches("[A-Z]{3}")) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException unknown) {
            // reported below, as a malformed code
        }
        throw HomeSettings.problem(home, KEY, value, null, NLS.bind(Messages.currency_unknown, value.text()));
    }
}
