package org.rapport.customers.ui.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Address;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Gender;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.FieldAccess;

/** The profile: who the customer is and how to reach them; what the user may change is editable, the rest can be copied. */
@Component(service = CustomerTab.class)
public class ProfileTab implements CustomerTab {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

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
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(page);
        List<Runnable> refreshers = new ArrayList<>();
        refreshers.add(text(page, editing, Messages.column_name, P.getCustomer_Name()));
        refreshers.add(gender(page, editing));
        refreshers.add(parsed(page, editing, Messages.field_birthday, P.getCustomer_Birthday(), Messages.format_date,
                text -> text.isEmpty() ? null : LocalDate.parse(text), value -> value == null ? "" : value.toString()));
        field(page, Messages.field_important_dates, customer.getImportantDates().stream()
                .map(d -> d.getLabel() + ": " + date(d.getDate())).collect(Collectors.joining("\n")));
        refreshers.add(text(page, editing, Messages.field_occupation, P.getCustomer_Occupation()));
        refreshers.add(text(page, editing, Messages.field_company, P.getCustomer_Company()));
        refreshers.add(text(page, editing, Messages.field_region, P.getCustomer_Region()));
        field(page, Messages.field_address, address(customer.getAddress()));
        field(page, Messages.field_phones, customer.getPhones().stream().map(p -> p.getNumber() + (p.getLabel() == null ? "" : " (" + p.getLabel() + ")"))
                .collect(Collectors.joining("\n")));
        field(page, Messages.field_emails, customer.getEmails().stream().map(e -> e.getAddress() + (e.getLabel() == null ? "" : " (" + e.getLabel() + ")"))
                .collect(Collectors.joining("\n")));
        field(page, Messages.field_tags, String.join(", ", customer.getTags()));
        refreshers.add(consent(page, editing));
        refreshers.add(parsed(page, editing, Messages.field_income, P.getCustomer_Income(), Messages.format_amount,
                text -> text.isEmpty() ? null : new BigDecimal(text.replace(",", "")), value -> value == null ? "" : value.toPlainString()));
        field(page, Messages.field_created, instant(customer.getCreatedAt()));
        field(page, Messages.field_confirmed, instant(customer.getLastConfirmedAt()));
        refreshers.add(text(page, editing, Messages.field_notes, P.getCustomer_Notes()));
        editing.onUndoOrRedo(() -> refreshers.forEach(Runnable::run));
        recordRestrictedViews(customer);
        scroller.setContent(page);
        scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scroller;
    }

    /** A label, and the field's value to edit as text; returns what shows the value again after an undo. */
    private static Runnable text(Composite page, CustomerEditing editing, String label, EAttribute attribute) {
        return parsed(page, editing, label, attribute, null, text -> text.isEmpty() ? null : text, value -> value == null ? "" : value.toString());
    }

    /**
     * A field whose text is parsed into the attribute's value; text that does not parse is marked
     * and reported as a problem (the profile is then not saved), the value stays as it was.
     */
    private static <T> Runnable parsed(Composite page, CustomerEditing editing, String label, EAttribute attribute, String format,
            Function<String, T> parse, Function<T, String> show) {
        Label name = new Label(page, SWT.NONE);
        name.setText(label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        boolean multi = attribute == P.getCustomer_Notes();
        Text text = new Text(page, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        if (format != null) {
            text.setMessage(format);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(360, multi ? 80 : SWT.DEFAULT).applyTo(text);
        boolean[] updating = { false };
        @SuppressWarnings("unchecked")
        Runnable refresh = () -> {
            updating[0] = true;
            text.setText(show.apply((T) editing.customer().eGet(attribute)));
            text.setBackground(null);
            text.setToolTipText(null);
            editing.problem(label, null);
            updating[0] = false;
        };
        refresh.run();
        text.setEditable(editing.mayChange(attribute));
        text.addModifyListener(e -> {
            if (updating[0]) {
                return;
            }
            try {
                T value = parse.apply(text.getText().strip());
                editing.problem(label, null);
                text.setBackground(null);
                text.setToolTipText(null);
                editing.set(editing.customer(), attribute, value);
            } catch (RuntimeException notAValue) {
                String problem = format == null ? Messages.problem_value : NLS.bind(Messages.problem_format, format);
                editing.problem(label, problem);
                text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
                text.setToolTipText(problem);
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
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Text text = new Text(page, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : CustomerEditorPart.DATE.format(date);
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : CustomerEditorPart.DATE_TIME.format(instant);
    }

    private static String address(Address address) {
        if (address == null) {
            return "";
        }
        return java.util.stream.Stream.of(address.getStreet(), join(address.getPostalCode(), address.getCity()), address.getCountry())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }
}
