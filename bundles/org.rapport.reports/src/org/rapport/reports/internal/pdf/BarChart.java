package org.rapport.reports.internal.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A bar chart drawn with PDF vector operations: one bar per value from a zero line (below it for
 * a negative amount), the value over each bar and its label under it, a row with no data marked
 * as such and left without a bar, and the target as a dashed line. Shares are drawn on a scale
 * from 0 to 100 %.
 */
final class BarChart {

    /** One bar: its label, its value (null for no data) and the value as people read it. */
    record Bar(String label, Double value, String shown) {
    }

    private static final float LABEL = 7;

    private final PDPageContentStream page;
    private final PDFont font;

    BarChart(PDPageContentStream page, PDFont font) {
        this.page = page;
        this.font = font;
    }

    void draw(List<Bar> bars, boolean share, Double target, String targetLabel, float x, float y, float width, float height) throws IOException {
        double top = share ? 1 : 0;
        double bottom = 0;
        for (Bar bar : bars) {
            if (bar.value() != null) {
                top = Math.max(top, bar.value());
                bottom = Math.min(bottom, bar.value());
            }
        }
        if (target != null) {
            top = Math.max(top, target);
        }
        if (top == bottom) {
            top = bottom + 1;
        }
        // room for the value over the highest bar and the labels under the chart
        float plotBottom = y + 14;
        float plotHeight = height - 28;
        double scale = plotHeight / (top - bottom);
        float zero = (float) (plotBottom - bottom * scale);

        page.setStrokingColor(0.3f, 0.3f, 0.3f);
        page.setLineWidth(0.8f);
        page.moveTo(x, zero);
        page.lineTo(x + width, zero);
        page.stroke();

        float slot = width / bars.size();
        float barWidth = Math.min(60, slot * 0.6f);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = x + slot * i + slot / 2;
            if (bar.value() != null) {
                float top2 = (float) (zero + bar.value() * scale);
                page.setNonStrokingColor(0.12f, 0.47f, 0.55f);
                page.addRect(centre - barWidth / 2, Math.min(zero, top2), barWidth, Math.abs(top2 - zero));
                page.fill();
                centred(bar.shown(), centre, Math.max(zero, top2) + 3, slot);
            } else {
                centred(bar.shown(), centre, zero + 3, slot);
            }
            centred(bar.label(), centre, y, slot);
        }
        if (target != null) {
            float at = (float) (zero + target * scale);
            page.setStrokingColor(0.8f, 0.2f, 0.2f);
            page.setLineWidth(1f);
            page.setLineDashPattern(new float[] { 4, 3 }, 0);
            page.moveTo(x, at);
            page.lineTo(x + width, at);
            page.stroke();
            page.setLineDashPattern(new float[0], 0);
            page.beginText();
            page.setNonStrokingColor(0.8f, 0.2f, 0.2f);
            page.setFont(font, LABEL);
            page.newLineAtOffset(x + width - Text.width(targetLabel, font, LABEL), at + 3);
            page.showText(Text.printable(targetLabel));
            page.endText();
        }
    }

    private void centred(String text, float centre, float atY, float room) throws IOException {
        String shown = Text.fit(text, font, LABEL, room - 2);
        page.beginText();
        page.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        page.setFont(font, LABEL);
        page.newLineAtOffset(centre - Text.width(shown, font, LABEL) / 2, atY);
        page.showText(shown);
        page.endText();
    }
}
