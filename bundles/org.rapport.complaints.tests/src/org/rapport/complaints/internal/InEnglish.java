package org.rapport.complaints.internal;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Dates in explanations are written in English while a test class runs (weekday and month names), whatever the machine's locale. */
public final class InEnglish implements BeforeAllCallback, AfterAllCallback {

    private Locale before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(before);
    }
}
