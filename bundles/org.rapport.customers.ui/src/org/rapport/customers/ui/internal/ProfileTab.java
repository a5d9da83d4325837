package org.rapport.customers.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Address;
import org.rapport.customers.model.Customer;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.Roles;
import org.rapport.security.model.FieldAccess;

/** The profile: who the customer is and how to reach them, as label and value pairs people can copy. */
@Component(service = CustomerTab.class)
public class ProfileTab implements CustomerTab {

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
    public Control create(Composite parent, Customer customer) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite page = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).applyTo(page);
        field(page, Messages.field_gender, CustomerEditorPart.literal(customer.getGender()));
        field(page, Messages.field_birthday, date(customer.getBirthday()));
        field(page, Messages.field_important_dates, customer.getImportantDates().stream()
                .map(d -> d.getLabel() + ": " + date(d.getDate())).collect(Collectors.joining("\n")));
        field(page, Messages.field_occupation, customer.getOccupation());
        field(page, Messages.field_company, customer.getCompany());
        field(page, Messages.field_region, customer.getRegion());
        field(page, Messages.field_address, address(customer.getAddress()));
        field(page, Messages.field_phones, customer.getPhones().stream().map(p -> p.getNumber() + (p.getLabel() == null ? "" : " (" + p.getLabel() + ")"))
                .collect(Collectors.joining("\n")));
        field(page, Messages.field_emails, customer.getEmails().stream().map(e -> e.getAddress() + (e.getLabel() == null ? "" : " (" + e.getLabel() + ")"))
                .collect(Collectors.joining("\n")));
        field(page, Messages.field_tags, String.join(", ", customer.getTags()));
        field(page, Messages.field_consent, customer.isMarketingConsent() ? Messages.yes : Messages.no);
        field(page, Messages.field_income, customer.getIncome() == null ? "" : customer.getIncome().toPlainString());
        field(page, Messages.field_created, instant(customer.getCreatedAt()));
        field(page, Messages.field_confirmed, instant(customer.getLastConfirmedAt()));
        field(page, Messages.field_notes, customer.getNotes());
        recordRestrictedViews(customer);
        scroller.setContent(page);
        scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scroller;
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
            EClass owner = attribute.getEContainingClass();
            String key = owner.getEPackage().getNsURI() + "#" + owner.getName() + "." + attribute.getName();
            if (restricted.contains(key) && customer.eGet(attribute) != null) {
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
