package org.rapport.complaints.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintExistsException;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.Severity;
import org.rapport.complaints.ui.internal.admin.categories.CategoryChoices;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.ui.api.EnumLabels;

/**
 * A new complaint of a customer, as the agent takes it down: subject, severity, channel, category
 * (from the tree, active ones only) and what the customer said. It opens at the clock's now, so its clocks start at once.
 */
final class NewComplaintDialog extends FormDialog {

    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyMMdd-HHmmss");

    private final String customerName;
    private final Channels channels;
    private final Map<String, String> categories;
    private final List<String> channelCodes = new ArrayList<>();
    private final List<String> categoryCodes = new ArrayList<>();
    private Text subject;
    private Combo severity;
    private Combo channel;
    private Combo category;
    private Text description;
    private Draft draft;

    record Draft(String subject, Severity severity, String channel, String category, String description) {
    }

    private NewComplaintDialog(Shell parent, String customerName, Channels channels, Map<String, String> categories) {
        super(parent, NLS.bind(Messages.new_title, customerName));
        this.customerName = customerName;
        this.channels = channels;
        this.categories = categories;
    }

    /** Asks for the complaint, then opens it; the complaint opened, or empty when the user cancelled. */
    static Optional<Complaint> open(Shell parent, String customerRef, String customerName, Complaints complaints, Categories categories, Channels channels,
            ClockService clock) {
        // the tree as it stands, without the retired categories: those take no new complaints
        NewComplaintDialog dialog = new NewComplaintDialog(parent, customerName, channels, CategoryChoices.of(categories.tree(false), Locale.getDefault()));
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        Draft draft = dialog.draft;
        Instant now = clock.now();
        String base = "CP-" + REFERENCE.format(now.atZone(ZoneId.systemDefault()));
        for (int attempt = 1;; attempt++) {
            // two agents in the same second: the second takes the next free suffix
            String reference = attempt == 1 ? base : base + "-" + attempt;
            try {
                return Optional.of(complaints.open(new NewComplaint(reference, customerRef, now, draft.channel(), draft.category(), draft.severity(),
                        draft.subject(), draft.description())));
            } catch (ComplaintExistsException taken) {
                if (attempt >= 20) {
                    throw taken;
                }
            }
        }
    }

    @Override
    protected void fields(Composite area) {
        EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
        label(area, Messages.field_customer);
        label(area, customerName);
        subject = text(area, Messages.field_subject, false);
        label(area, Messages.field_severity);
        severity = new Combo(area, SWT.READ_ONLY);
        Severity.VALUES.forEach(s -> severity.add(labels.of(s)));
        severity.select(Severity.GENERAL.getValue());
        label(area, Messages.field_channel);
        channel = new Combo(area, SWT.READ_ONLY);
        for (Channels.ChannelInfo info : channels.channels()) {
            channelCodes.add(info.code());
            channel.add(info.label());
        }
        channel.select(Math.max(0, channelCodes.indexOf(Channels.HOTLINE)));
        label(area, Messages.field_category);
        category = new Combo(area, SWT.READ_ONLY);
        category.add(Messages.category_none);
        categories.forEach((code, name) -> {
            categoryCodes.add(code);
            category.add(name);
        });
        category.select(0);
        description = text(area, Messages.field_description, true);
    }

    @Override
    protected String missing() {
        return value(subject) == null ? Messages.missing_subject : null;
    }

    @Override
    protected void okPressed() {
        draft = new Draft(value(subject), Severity.VALUES.get(severity.getSelectionIndex()), channelCodes.get(channel.getSelectionIndex()),
                category.getSelectionIndex() > 0 ? categoryCodes.get(category.getSelectionIndex() - 1) : null, value(description));
        super.okPressed();
    }
}
