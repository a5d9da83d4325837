package org.rapport.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;

/**
 * The {@code rapport-ctl} application: finds the dispatcher service, runs the command line and
 * returns its exit code, which the start script passes on to the shell.
 */
public class CliApplication implements IApplication {

    /** DS activates components asynchronously; a command line waits this long for the dispatcher. */
    private static final long DISPATCHER_WAIT_SECONDS = 30;

    @Override
    public Object start(IApplicationContext appContext) throws Exception {
        String[] args = (String[]) appContext.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        appContext.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<CommandDispatcher, CommandDispatcher> tracker = new ServiceTracker<>(bundleContext, CommandDispatcher.class, null);
        tracker.open();
        try {
            CommandDispatcher dispatcher = tracker.waitForService(TimeUnit.SECONDS.toMillis(DISPATCHER_WAIT_SECONDS));
            if (dispatcher == null) {
                System.err.println("rapport-ctl: the command service did not start; see the log in the configuration folder");
                return CliCommand.FAILED;
            }
            return dispatcher.dispatch(CliContext.system(), List.copyOf(Arrays.asList(args)));
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt
    }
}
