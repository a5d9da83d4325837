package org.rapport.security.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.service.component.ComponentContext;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/** Finds the signed-in user through a component's optional, dynamic CurrentUser reference, at each use. */
final class SignedIn {

    private SignedIn() {
    }

    static Supplier<Optional<SessionUser>> lookup(ComponentContext context, String reference) {
        return () -> {
            CurrentUser current = (CurrentUser) context.locateService(reference);
            return current == null ? Optional.empty() : current.get();
        };
    }
}
