package org.rapport.complaints.ui.internal;

import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A lifecycle step that takes words: how it was resolved (required), why it waits, the follow-up's
 * CSAT (1 to 5) and its optional answer to "how likely are you to recommend us" (0 to 10).
 */
final class StepDialog extends FormDialog {

    record Answer(String note, Integer csat, Integer recommend) {
    }

    private final String noteCaption;
    private final boolean noteRequired;
    private final boolean withCsat;
    private Text note;
    private Button[] scores;
    private Combo recommend;
    private Answer answer;

    private StepDialog(Shell parent, String title, String noteCaption, boolean noteRequired, boolean withCsat) {
        super(parent, title);
        this.noteCaption = noteCaption;
        this.noteRequired = noteRequired;
        this.withCsat = withCsat;
    }

    static Optional<Answer> ask(Shell parent, String title, String noteCaption, boolean noteRequired, boolean withCsat) {
        StepDialog dialog = new StepDialog(parent, title, noteCaption, noteRequired, withCsat);
        return dialog.open() == Window.OK ? Optional.of(dialog.answer) : Optional.empty();
    }

    @Override
    protected void fields(Composite area) {
        if (withCsat) {
            label(area, Messages.field_csat);
            Composite row = new Composite(area, SWT.NONE);
            row.setLayout(new org.eclipse.swt.layout.RowLayout());
            scores = new Button[5];
            for (int i = 0; i < 5; i++) {
                scores[i] = new Button(row, SWT.RADIO);
                scores[i].setText(Messages.csat(i + 1));
                scores[i].addListener(SWT.Selection, e -> check());
            }
            label(area, Messages.field_recommend);
            recommend = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            // the first item: not asked or not answered; then 0 to 10
            recommend.add(Messages.recommend_none);
            for (int score = 0; score <= 10; score++) {
                recommend.add(Messages.recommend(score));
            }
            recommend.select(0);
        }
        note = text(area, noteCaption, true);
    }

    @Override
    protected String missing() {
        if (withCsat && csat() == null) {
            return Messages.missing_csat;
        }
        return noteRequired && value(note) == null ? Messages.missing_resolution : null;
    }

    private Integer csat() {
        for (int i = 0; scores != null && i < scores.length; i++) {
            if (scores[i].getSelection()) {
                return i + 1;
            }
        }
        return null;
    }

    @Override
    protected void okPressed() {
        answer = new Answer(value(note), csat(), recommend == null || recommend.getSelectionIndex() <= 0 ? null : recommend.getSelectionIndex() - 1);
        super.okPressed();
    }
}
