package org.rapport.cli.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.core.api.RapportHome;

/**
 * The {@code rapport-ctl} application: finds the dispatcher service, runs the command line and
 * returns its exit code, which the start script passes on to the shell.
 */
public class CliApplication implements IApplication {

    private static final Logger LOG = Logger.getLogger(CliApplication.class.getName());

    /** DS activates components asynchronously; a command line waits at most this long for them. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    @Override
    public Object start(IApplicationContext appContext) throws Exception {
        String[] args = (String[]) appContext.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        appContext.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<CommandDispatcher, CommandDispatcher> tracker = new ServiceTracker<>(bundleContext, CommandDispatcher.class, null);
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr = new ServiceTracker<>(bundleContext, ServiceComponentRuntime.class, null);
        ServiceTracker<RapportHome, RapportHome> home = new ServiceTracker<>(bundleContext, RapportHome.class, null);
        tracker.open();
        scr.open();
        home.open();
        try {
            RapportHome rapportHome = home.waitForService(STARTUP_WAIT.toMillis());
            if (rapportHome != null) {
                CommandLineLogging.toFile(rapportHome.path());
            }
            CommandDispatcher dispatcher = tracker.waitForService(STARTUP_WAIT.toMillis());
            ServiceComponentRuntime runtime = scr.waitForService(TimeUnit.SECONDS.toMillis(1));
            if (dispatcher == null) {
                System.err.println(Messages.not_started);
                return CliCommand.FAILED;
            }
            if (runtime != null) {
                List<String> pending = CommandsReady.await(runtime, STARTUP_WAIT);
                if (!pending.isEmpty()) {
                    LOG.warning(() -> "rapport-ctl: commands still waiting for their services: " + pending);
                }
            }
            return dispatcher.dispatch(CliContext.system(), List.copyOf(Arrays.asList(args)));
        } finally {
            home.close();
            scr.close();
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt
    }
}
