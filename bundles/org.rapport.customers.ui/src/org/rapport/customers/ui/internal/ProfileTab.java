package org.rapport.customers.ui.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Gender;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.FieldAccess;
import org.rapport.ui.api.Colors;

/** The profile: who the customer is and how to reach them; what the user may change is editable, the rest can be copied. */
@Component(service = CustomerTab.class)
public class ProfileTab implements CustomerTab {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;
    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    /** The tags column's width. */
    private static final int MAX_TAG = 64;
    /** Label, field, label, field. */
    private static final int COLUMNS = 4;
    /** The width of a short field; a long one takes the rest of its row. */
    private static final int FIELD_WIDTH = 220;

    @Reference
    private AuditLog auditLog;
    @Reference
    private Roles roles;

    @Override
    public String label() {
        return Messages.tab_profile;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Control create(Composite parent, CustomerEditing editing) {
        Customer customer = editing.customer();
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite page = new Composite(scroller, SWT.NONE);
        // two label-and-field pairs a row where fields are short; long ones (name, lists, notes) take the whole row
        GridLayoutFactory.swtDefaults().numColumns(COLUMNS).margins(12, 12).spacing(12, 6).applyTo(page);
        List<Runnable> refreshers = new ArrayList<>();
        refreshers.add(text(page, editing, Messages.column_name, P.getCustomer_Name()));
        wide(page);
        refreshers.add(gender(page, editing));
        refreshers.add(parsed(page, editing, Messages.field_birthday, P.getCustomer_Birthday(), Messages.format_date,
                text -> text.isEmpty() ? null : LocalDate.parse(text), value -> value == null ? "" : value.toString()));
        refreshers.add(text(page, editing, Messages.field_occupation, P.getCustomer_Occupation()));
        refreshers.add(text(page, editing, Messages.field_company, P.getCustomer_Company()));
        refreshers.add(text(page, editing, Messages.field_region, P.getCustomer_Region()));
        refreshers.add(parsed(page, editing, Messages.field_income, P.getCustomer_Income(), Messages.format_amount,
                text -> text.isEmpty() ? null : new BigDecimal(text.replace(",", "")), value -> value == null ? "" : value.toPlainString()));
        refreshers.addAll(address(page, editing));
        refreshers.add(consent(page, editing));
        Runnable fit = () -> {
            page.layout(true, true);
            scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        };
        ContactListEditor phones = new ContactListEditor(page, editing, Messages.field_phones, new ContactListEditor.Kind(P.getCustomer_Phones(),
                P.getPhone_Number(), P.getPhone_Label(), P.getPhone_Valid(), F::createPhone, Contacts::normalisePhone, Contacts::isValidPhone,
                Messages.problem_phone, Messages.phone_add_title, Messages.phone_edit_title, Messages.column_phone));
        phones.onResize(fit);
        refreshers.add(phones::refresh);
        ContactListEditor emails = new ContactListEditor(page, editing, Messages.field_emails, new ContactListEditor.Kind(P.getCustomer_Emails(),
                P.getEmailAddress_Address(), P.getEmailAddress_Label(), P.getEmailAddress_Valid(), F::createEmailAddress, Contacts::normaliseEmail,
                Contacts::isValidEmail, Messages.problem_email, Messages.email_add_title, Messages.email_edit_title, Messages.column_email));
        emails.onResize(fit);
        refreshers.add(emails::refresh);
        refreshers.add(parsed(page, editing, Messages.field_tags, P.getCustomer_Tags(), Messages.format_tags, ProfileTab::tags,
                (List<String> tags) -> String.join(", ", tags)));
        wide(page);
        field(page, Messages.field_important_dates, customer.getImportantDates().stream()
                .map(d -> d.getLabel() + ": " + date(d.getDate())).collect(Collectors.joining("\n")));
        wide(page);
        field(page, Messages.field_created, instant(customer.getCreatedAt()));
        field(page, Messages.field_confirmed, instant(customer.getLastConfirmedAt()));
        refreshers.add(text(page, editing, Messages.field_notes, P.getCustomer_Notes()));
        wide(page);
        editing.onUndoOrRedo(() -> refreshers.forEach(Runnable::run));
        recordRestrictedViews(customer);
        scroller.setContent(page);
        scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scroller;
    }

    /** A label, and the field's value to edit as text; returns what shows the value again after an undo. */
    private static Runnable text(Composite page, CustomerEditing editing, String label, EAttribute attribute) {
        return text(page, editing, null, label, attribute);
    }

    /** Like {@link #text(Composite, CustomerEditing, String, EAttribute)}, of the object {@code within} holds (see {@link #parsed}). */
    private static Runnable text(Composite page, CustomerEditing editing, EReference within, String label, EAttribute attribute) {
        return parsed(page, editing, within, label, attribute, null, text -> text.isEmpty() ? null : text, value -> value == null ? "" : value.toString());
    }

    /** A field of the customer itself whose text is parsed; see the next. */
    private static <T> Runnable parsed(Composite page, CustomerEditing editing, String label, EAttribute attribute, String format,
            Function<String, T> parse, Function<T, String> show) {
        return parsed(page, editing, null, label, attribute, format, parse, show);
    }

    /**
     * A field whose text is parsed into the attribute's value; text that does not parse is marked
     * and reported as a problem (the profile is then not saved), the value stays as it was.
     *
     * @param within null for an attribute of the customer; else the customer's containment whose
     *        object has the attribute: a customer without one shows the field empty, and its
     *        first change creates the object (an edit of its own, undone last)
     */
    private static <T> Runnable parsed(Composite page, CustomerEditing editing, EReference within, String label, EAttribute attribute, String format,
            Function<String, T> parse, Function<T, String> show) {
        Label name = new Label(page, SWT.NONE);
        name.setText(label);
        // the field and, under it in the theme's red, what is wrong with its text: a tooltip alone hid the problem
        Composite cell = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(cell);
        boolean multi = attribute == P.getCustomer_Notes();
        Text text = new Text(cell, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        if (format != null) {
            text.setMessage(format);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, multi ? 80 : SWT.DEFAULT).applyTo(text);
        alignLabel(name, text);
        Label problemLine = new Label(cell, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).exclude(true).applyTo(problemLine);
        Consumer<String> showProblem = problem -> {
            boolean none = problem == null;
            problemLine.setText(none ? "" : "\u26a0 " + NLS.bind(Messages.problem_beside, label.replace("&", "").replaceAll("[:：]\\s*$", ""), problem));
            Colors.markProblem(problemLine);
            problemLine.setVisible(!none);
            ((GridData) problemLine.getLayoutData()).exclude = none;
            text.setToolTipText(problem);
            page.layout(true, true);
        };
        boolean[] updating = { false };
        @SuppressWarnings("unchecked")
        Runnable refresh = () -> {
            updating[0] = true;
            EObject owner = within == null ? editing.customer() : (EObject) editing.customer().eGet(within);
            text.setText(show.apply(owner == null ? null : (T) owner.eGet(attribute)));
            showProblem.accept(null);
            editing.problem(label, null);
            updating[0] = false;
        };
        refresh.run();
        text.setEditable(editing.mayChange(attribute) && (within == null || editing.mayChange(within)));
        text.addModifyListener(e -> {
            if (updating[0]) {
                return;
            }
            try {
                T value = parse.apply(text.getText().strip());
                editing.problem(label, null);
                showProblem.accept(null);
                editing.set(holder(editing, within), attribute, value);
            } catch (RuntimeException notAValue) {
                String problem = notAValue instanceof Refused refused ? refused.getMessage()
                        : format == null ? Messages.problem_value : NLS.bind(Messages.problem_format, format);
                showProblem.accept(problem);
                editing.problem(label, problem);
            }
        });
        text.addListener(SWT.FocusOut, e -> editing.endEdit());
        return refresh;
    }

    private static Runnable gender(Composite page, CustomerEditing editing) {
        Label name = new Label(page, SWT.NONE);
        name.setText(Messages.field_gender);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        Gender.VALUES.forEach(g -> combo.add(EnumLabels.of(g)));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(combo);
        alignLabel(name, combo);
        Runnable refresh = () -> combo.select(Gender.VALUES.indexOf(editing.customer().getGender()));
        refresh.run();
        combo.setEnabled(editing.mayChange(P.getCustomer_Gender()));
        combo.addListener(SWT.Selection, e -> {
            editing.set(editing.customer(), P.getCustomer_Gender(), Gender.VALUES.get(combo.getSelectionIndex()));
            editing.endEdit();
        });
        return refresh;
    }

    private static Runnable consent(Composite page, CustomerEditing editing) {
        Label name = new Label(page, SWT.NONE);
        name.setText(Messages.field_consent);
        Button check = new Button(page, SWT.CHECK);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(check);
        alignLabel(name, check);
        Runnable refresh = () -> check.setSelection(editing.customer().isMarketingConsent());
        refresh.run();
        check.setEnabled(editing.mayChange(P.getCustomer_MarketingConsent()));
        check.addListener(SWT.Selection, e -> {
            editing.set(editing.customer(), P.getCustomer_MarketingConsent(), check.getSelection());
            editing.endEdit();
        });
        return refresh;
    }

    /**
     * Shown values of fields some role may not see (income, say) are views the audit log records,
     * off the UI thread: the user who saw them, when, which customer and field, never the value.
     */
    private void recordRestrictedViews(Customer customer) {
        Set<String> restricted = new HashSet<>();
        for (Roles.RoleInfo role : roles.roles()) {
            role.fieldRules().forEach((feature, access) -> {
                if (access == FieldAccess.HIDDEN) {
                    restricted.add(feature);
                }
            });
        }
        List<EAttribute> shown = new ArrayList<>();
        for (EAttribute attribute : customer.eClass().getEAllAttributes()) {
            if (restricted.contains(SessionUser.featureKey(attribute)) && customer.eGet(attribute) != null) {
                shown.add(attribute);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        Thread recorder = new Thread(() -> shown.forEach(attribute -> auditLog.recordView(customer, attribute)), "Rapport audit of views");
        recorder.setDaemon(true);
        recorder.start();
    }

    private static void field(Composite page, String label, String value) {
        Label name = new Label(page, SWT.NONE);
        name.setText(label);
        Text text = new Text(page, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
        alignLabel(name, text);
    }

    /**
     * Puts a label level with the first line of its field: at the top of its row (so that a
     * field's problem line or a list's rows grow downwards), moved down by half the difference
     * of their heights.
     */
    static void alignLabel(Label name, Control field) {
        int first = field instanceof Text text ? text.computeTrim(0, 0, 0, text.getLineHeight()).height : field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int indent = Math.max(0, (first - name.computeSize(SWT.DEFAULT, SWT.DEFAULT).y) / 2);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, indent).applyTo(name);
    }

    /** Makes the field created last take the rest of its row: a long one (a name, a list, the notes). */
    private static void wide(Composite page) {
        Control[] children = page.getChildren();
        ((GridData) children[children.length - 1].getLayoutData()).horizontalSpan = COLUMNS - 1;
    }

    private static String date(LocalDate date) {
        return org.rapport.ui.api.Formats.date(date);
    }

    private static String instant(Instant instant) {
        return org.rapport.ui.api.Formats.dateTime(instant);
    }

    /** The address's fields, edited in place; the first change gives a customer without an address one. */
    private static List<Runnable> address(Composite page, CustomerEditing editing) {
        EReference address = P.getCustomer_Address();
        Runnable street = text(page, editing, address, Messages.field_street, P.getAddress_Street());
        wide(page);
        return List.of(street, text(page, editing, address, Messages.field_postal_code, P.getAddress_PostalCode()),
                text(page, editing, address, Messages.field_city, P.getAddress_City()),
                text(page, editing, address, Messages.field_country, P.getAddress_Country()));
    }

    /** The object a field sets: the customer, or what it holds in {@code within}, created when missing. */
    private static EObject holder(CustomerEditing editing, EReference within) {
        Customer customer = editing.customer();
        if (within == null) {
            return customer;
        }
        EObject held = (EObject) customer.eGet(within);
        if (held == null) {
            held = EcoreUtil.create(within.getEReferenceType());
            editing.set(customer, within, held);
            editing.endEdit();
        }
        return held;
    }

    /** Text that is no value, and the message that says why. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Tags as typed: separated by commas or semicolons, each trimmed, blanks and repeats dropped. */
    static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        for (String part : text.split("[,;，；]")) {
            String tag = part.strip();
            if (tag.length() > MAX_TAG) {
                throw new Refused(NLS.bind(Messages.problem_tag, MAX_TAG, tag));
            }
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
