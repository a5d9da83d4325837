package org.rapport.ui.api;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

/**
 * Work off the UI thread whose outcome comes back to it: the one way Rapport's views read the
 * store without freezing. An instance is one daemon thread (it never keeps the workbench from
 * exiting) that runs its tasks one after another, or a small {@link #pool(String, int) pool} of
 * them for work that may run side by side (a dashboard's measures); the outcome is shown only
 * while the widget it belongs to still exists, so closing a view never meets a disposed widget. A
 * part makes its instances when it is created and {@link #close()}s them when it is disposed,
 * which the workbench does for every part when it closes.
 */
public final class Background implements AutoCloseable {

    /** Which waiting task runs next. */
    public enum Order {
        /** In the order asked: counts, saves, requests. */
        FIFO,
        /** The one asked for last first: the page in view while the user scrolls fast. */
        NEWEST_FIRST
    }

    private final Executor executor;

    /** One thread named {@code name} (as thread dumps show it), tasks in the order asked. */
    public Background(String name) {
        this(name, Order.FIFO);
    }

    public Background(String name, Order order) {
        this(order == Order.FIFO ? Executors.newSingleThreadExecutor(task -> daemon(task, name))
                : new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new NewestFirst(), task -> daemon(task, name)));
    }

    /** Over an executor of the caller's: tests run the tasks when they choose. */
    public Background(Executor executor) {
        this.executor = executor;
    }

    /**
     * As many threads as the machine has cores, at most {@code atMost} (each task is a query on a
     * database that shares those cores), named {@code name 1}, {@code name 2}, ... as thread dumps
     * show them; tasks start in the order asked.
     */
    public static Background pool(String name, int atMost) {
        int threads = threads(atMost);
        return new Background(new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name(name + " ", 1).daemon().factory()));
    }

    /** How many threads a {@link #pool(String, int) pool} of at most {@code atMost} has on this machine. */
    public static int threads(int atMost) {
        return Math.max(1, Math.min(atMost, Runtime.getRuntime().availableProcessors()));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs {@code work} off the UI thread; it hands what it has to the UI thread itself
     * ({@link #onUiThread}), as often as it has something (a dashboard's measure, tile by tile).
     * Asked after {@link #close()}, nothing runs.
     */
    public void run(Runnable work) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException closed) {
            // the view is being closed
        }
    }

    /**
     * Runs {@code work} off the UI thread, then {@code done} with its result (or {@code failed}
     * with what it threw) on the UI thread, unless {@code owner} was disposed meanwhile. Asked
     * after {@link #close()}, nothing runs.
     */
    public <T> void run(Widget owner, Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        Display display = owner.getDisplay();
        try {
            executor.execute(() -> {
                T result = null;
                Exception failure = null;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failure = e; // refused by the access rules, the database gone: the view says so
                }
                T value = result;
                Exception problem = failure;
                onUiThread(display, owner, () -> {
                    if (problem == null) {
                        done.accept(value);
                    } else {
                        failed.accept(problem);
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            // the view is being closed
        }
    }

    /** Runs {@code action} on the UI thread later, unless the owner (or the display) is gone by then. */
    public static void onUiThread(Display display, Widget owner, Runnable action) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!owner.isDisposed()) {
                    action.run();
                }
            });
        } catch (SWTException closed) {
            // the workbench closed meanwhile
        }
    }

    /** Stops the threads; tasks not started are dropped and running ones are interrupted. */
    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** A queue that hands out the task offered last first. */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return offerFirst(task);
        }
    }
}
