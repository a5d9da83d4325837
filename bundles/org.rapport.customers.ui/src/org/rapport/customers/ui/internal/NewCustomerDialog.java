package org.rapport.customers.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.api.Contacts;
import org.rapport.ui.api.Colors;

/**
 * New customer: the facts the duplicate check needs (reference, name, phone, e-mail, birthday).
 * What is wrong is written in red under the field and Create stays greyed out until it is right;
 * everything else is entered in the profile, which opens after the save.
 */
final class NewCustomerDialog extends TitleAreaDialog {

    /** What was entered: trimmed, contacts in their stored spelling, empty fields null. */
    record Entry(String reference, String name, String phone, String email, LocalDate birthday) {
    }

    private final String suggestedReference;
    private Text reference;
    private Text name;
    private Text phone;
    private Text email;
    private Text birthday;
    private Label problem;
    private Entry entry;
    /** Whether the person typed yet: a fresh dialog does not greet them with what is missing. */
    private boolean typed;

    NewCustomerDialog(Shell parent, String suggestedReference) {
        super(parent);
        this.suggestedReference = suggestedReference;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.new_customer_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.new_customer_title);
        setMessage(Messages.new_customer_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        name = field(fields, Messages.new_customer_name, "new-customer-name");
        reference = field(fields, Messages.new_customer_reference, "new-customer-reference");
        reference.setText(suggestedReference == null ? "" : suggestedReference);
        phone = field(fields, Messages.new_customer_phone, "new-customer-phone");
        email = field(fields, Messages.new_customer_email, "new-customer-email");
        birthday = field(fields, Messages.new_customer_birthday, "new-customer-birthday");
        birthday.setMessage("YYYY-MM-DD");
        problem = new Label(fields, SWT.WRAP);
        problem.setData(CustomersPart.WIDGET, "new-customer-problem");
        Colors.markProblem(problem);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(problem);
        name.setFocus();
        return area;
    }

    private Text field(Composite parent, String label, String id) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setData(CustomersPart.WIDGET, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> {
            typed = problem != null;
            check();
        });
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.new_customer_create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    /** Reads the fields: the entry, or what is wrong with it in the problem line (and Create greyed out). */
    private void check() {
        if (problem == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String wrong = null;
        String typedPhone = phone.getText().strip();
        String typedEmail = email.getText().strip();
        LocalDate born = null;
        if (name.getText().isBlank()) {
            wrong = Messages.new_customer_name_required;
        } else if (reference.getText().isBlank()) {
            wrong = Messages.new_customer_reference_required;
        } else if (reference.getText().strip().length() > 32) {
            wrong = Messages.new_customer_reference_too_long;
        } else if (!typedPhone.isEmpty() && !Contacts.isValidPhone(Contacts.normalisePhone(typedPhone))) {
            wrong = Messages.new_customer_phone_invalid;
        } else if (!typedEmail.isEmpty() && !Contacts.isValidEmail(Contacts.normaliseEmail(typedEmail))) {
            wrong = Messages.new_customer_email_invalid;
        } else if (!birthday.getText().isBlank()) {
            try {
                born = LocalDate.parse(birthday.getText().strip());
            } catch (DateTimeParseException e) {
                wrong = Messages.new_customer_birthday_invalid;
            }
        }
        problem.setText(wrong == null || !typed ? "" : wrong);
        problem.getParent().layout(new Control[] { problem });
        getButton(IDialogConstants.OK_ID).setEnabled(wrong == null);
        entry = wrong != null ? null
                : new Entry(reference.getText().strip(), name.getText().strip(), typedPhone.isEmpty() ? null : Contacts.normalisePhone(typedPhone),
                        typedEmail.isEmpty() ? null : Contacts.normaliseEmail(typedEmail), born);
    }

    /** What was entered, once Create was pressed; null before or after Cancel. */
    Entry entry() {
        return getReturnCode() == OK ? entry : null;
    }

    /** The fields, for the workbench tests: name, reference, phone, e-mail, birthday. */
    Text[] fields() {
        return new Text[] { name, reference, phone, email, birthday };
    }
}
