package org.rapport.security.ui.internal;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuthenticationException;

/**
 * What the login and setup dialogs share: a title area whose error line shows why the last try
 * failed, labelled fields in tab order, and an OK button that is the default (Enter) while Esc
 * and the other button cancel. They open before the workbench, so they have no parent shell.
 * <p>
 * Either may open before the database has (docs/performance.md, "Start-up", S2 and S3): OK pressed
 * early says what it waits for and goes on as soon as the database is open. When the open database
 * turns out to be the other dialog's case (users where the setup expected none, none where the
 * login expected some), the dialog closes with {@link #NO_USERS} or {@link #HAS_USERS}; when it
 * cannot be opened, with {@link #UNREACHABLE}.
 */
abstract class CredentialsDialog extends TitleAreaDialog {

    /** Tests and screenshots find widgets by this data key, as the workbench's do. */
    static final String WIDGET = "org.rapport.widget";
    /** Return code: the database has no users, so nobody can sign in; set up the first administrator instead. */
    static final int NO_USERS = 2;
    /** Return code: the database could not be opened ({@link #failure()} says why). */
    static final int UNREACHABLE = 3;
    /** Return code: the database has users already (made meanwhile by another desktop); sign in instead. */
    static final int HAS_USERS = 4;

    private final String okLabel;
    private final String cancelLabel;
    private final CompletableFuture<Boolean> noUsers;
    private boolean waiting;
    private String failure;

    /**
     * @param noUsers completes when the database is open, with whether it has no users (done
     *        already when it was open before the dialog)
     */
    CredentialsDialog(Shell parent, String okLabel, String cancelLabel, CompletableFuture<Boolean> noUsers) {
        super(parent);
        this.okLabel = okLabel;
        this.cancelLabel = cancelLabel;
        this.noUsers = noUsers;
        setHelpAvailable(false);
    }

    @Override
    protected int getShellStyle() {
        // a top-level window of its own (taskbar, title), not resizable: it holds a few fields
        return SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    @Override
    public void create() {
        super.create();
        cancelOnEscape(getShell());
        Display display = getShell().getDisplay();
        noUsers.whenComplete((empty, error) -> display.asyncExec(() -> databaseOpened(Boolean.TRUE.equals(empty), error)));
    }

    /** Whether this dialog is for a database without users (the setup) or with them (the login). */
    abstract boolean forEmptyDatabase();

    /** Lets the person type and press OK, or not while the dialog waits for the database. */
    abstract void enableInput(boolean enabled);

    private void databaseOpened(boolean empty, Throwable error) {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            failure = cause.getMessage();
            setReturnCode(UNREACHABLE);
            close();
        } else if (empty != forEmptyDatabase()) {
            setReturnCode(empty ? NO_USERS : HAS_USERS);
            close();
        } else if (waiting) {
            waiting = false;
            setMessage(heading());
            enableInput(true);
            okPressed();
        }
    }

    /**
     * For {@code okPressed}, once the fields are checked: whether the database is open. If not,
     * the dialog says {@code message}, waits with its fields disabled (what was typed stays in
     * them) and presses OK again as soon as the database is open.
     */
    boolean databaseReady(String message) {
        if (noUsers.isDone()) {
            return true;
        }
        waiting = true;
        enableInput(false);
        setErrorMessage(null); // an error line would hide the message
        setMessage(message);
        return false;
    }

    /** Why the database could not be opened, after {@link #UNREACHABLE}. */
    String failure() {
        return failure;
    }

    /**
     * Esc cancels, as in any dialog. SWT closes a shell on Esc only when it has a parent, and
     * these open before the workbench has a window, so the dialog's controls do it themselves.
     */
    private void cancelOnEscape(Control control) {
        control.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                cancelPressed();
            }
        });
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                cancelOnEscape(child);
            }
        }
    }

    abstract String title();

    abstract String heading();

    abstract void createFields(Composite fields);

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        setMessage(heading());
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        createFields(fields);
        return area;
    }

    static Text field(Composite parent, String label, String name, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        text.setData(WIDGET, name);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true).setData(WIDGET, "ok");
        createButton(parent, IDialogConstants.CANCEL_ID, cancelLabel, false).setData(WIDGET, "cancel");
    }

    /** Shows why the last try failed, and selects the field to correct. */
    void fail(String message, Text focus) {
        setErrorMessage(message);
        if (focus != null) {
            focus.selectAll();
            focus.setFocus();
        }
    }

    /** The text of a password field as characters, so the caller can wipe them after use. */
    static char[] secret(Text text) {
        return text.getTextChars();
    }

    /** A call to the security services that may refuse. */
    @FunctionalInterface
    interface Attempt {
        void run() throws AuthenticationException;
    }

    /**
     * Runs the attempt with a busy cursor (hashing a password takes a moment) and wipes the
     * secret afterwards; returns the message to show, or null when it succeeded. A refusal's
     * message is the service's own; a broken database gets a message of its own.
     */
    String attempt(Attempt attempt, char[]... secrets) {
        String[] error = new String[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                attempt.run();
            } catch (AuthenticationException | IllegalArgumentException | AccessDeniedException e) {
                error[0] = e.getMessage();
            } catch (RuntimeException e) {
                error[0] = NLS.bind(Messages.failed, e.getMessage());
            } finally {
                for (char[] secret : secrets) {
                    wipe(secret);
                }
            }
        });
        return error[0];
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
