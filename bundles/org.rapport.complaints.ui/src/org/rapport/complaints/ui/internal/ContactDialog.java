package org.rapport.complaints.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.api.Channels;

/** A further contact from the customer about the complaint: the channel it came by and what was said. */
final class ContactDialog extends FormDialog {

    record Contact(String channel, String note) {
    }

    private final Channels channels;
    private final List<String> codes = new ArrayList<>();
    private Combo channel;
    private Text note;
    private Contact contact;

    private ContactDialog(Shell parent, Channels channels) {
        super(parent, Messages.contact_title);
        this.channels = channels;
    }

    static Optional<Contact> ask(Shell parent, Channels channels) {
        ContactDialog dialog = new ContactDialog(parent, channels);
        return dialog.open() == Window.OK ? Optional.of(dialog.contact) : Optional.empty();
    }

    @Override
    protected void fields(Composite area) {
        label(area, Messages.field_channel);
        channel = new Combo(area, SWT.READ_ONLY);
        for (Channels.ChannelInfo info : channels.channels()) {
            codes.add(info.code());
            channel.add(info.label());
        }
        channel.select(Math.max(0, codes.indexOf(Channels.HOTLINE)));
        note = text(area, Messages.field_note, true);
    }

    @Override
    protected String missing() {
        return value(note) == null ? Messages.missing_note : null;
    }

    @Override
    protected void okPressed() {
        contact = new Contact(codes.get(channel.getSelectionIndex()), value(note));
        super.okPressed();
    }
}
