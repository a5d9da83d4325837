package org.rapport.example.hello;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.core.api.ClockService;

/** The smallest useful view: it shows that it was contributed, and uses a Rapport service (the clock). */
public class HelloPart {

    @PostConstruct
    void create(Composite parent, @Translation Messages messages, ClockService clock) {
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(parent);
        Label text = new Label(parent, SWT.WRAP);
        text.setText(messages.hello_text);
        text.setData("org.rapport.widget", "example-hello");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        Label today = new Label(parent, SWT.NONE);
        today.setText(MessageFormat.format(messages.hello_clock, clock.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG))));
    }
}
