package org.rapport.customers.ui.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.rapport.customers.ui.api.CustomerLists;

/** Puts {@link CustomerLists} into every workbench context that asks for it, made in that context so it finds that window's list. */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.rapport.customers.ui.api.CustomerLists")
public class CustomerListsFunction extends ContextFunction {

    @Override
    public Object compute(IEclipseContext context, String contextKey) {
        return ContextInjectionFactory.make(ListSelections.class, context);
    }
}
