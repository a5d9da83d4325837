package org.rapport.customers.ui.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.rapport.customers.ui.api.CustomerProfiles;

/**
 * Puts {@link CustomerProfiles} into every workbench context that asks for it (the e4 bridge of
 * a DS component): made in the asking context, so it opens profiles in that context's window.
 */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.rapport.customers.ui.api.CustomerProfiles")
public class CustomerProfilesFunction extends ContextFunction {

    @Override
    public Object compute(IEclipseContext context, String contextKey) {
        return ContextInjectionFactory.make(CustomerEditors.class, context);
    }
}
