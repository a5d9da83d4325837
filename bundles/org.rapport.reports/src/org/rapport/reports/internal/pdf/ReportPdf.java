package org.rapport.reports.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eclipse.osgi.util.NLS;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.FigureText;
import org.rapport.reports.internal.Messages;

/**
 * Lays a report out on A4 pages with PDFBox: title, the exporting user and time, period,
 * breakdown and filters, the definition, a bar chart of the first figure (one bar per row of the
 * breakdown, or the total alone) with the target as a dashed line, then the figures' table. Text
 * is in one embedded font with Chinese glyphs; the chart is drawn with vector operations, so no
 * display is needed. Every page's foot names the exporting user (the watermark).
 */
public final class ReportPdf {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float ROW = 15;

    private final PDDocument document;
    private final PDFont font;
    private final String watermark;
    private PDPageContentStream page;
    private int pages;
    private float y;

    private ReportPdf(PDDocument document, PDFont font, String watermark) {
        this.document = document;
        this.font = font;
        this.watermark = watermark;
    }

    /**
     * Writes the PDF of a result.
     *
     * @param exportedBy who exported it and when, as a line for people
     */
    public static void write(ReportProvider measure, ReportResult result, String exportedBy, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts.Embedded font = ReportFonts.load(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(measure.title());
            info.setSubject(measure.definition());
            info.setAuthor(exportedBy);
            info.setCreator("Rapport");
            ReportPdf pdf = new ReportPdf(document, font.font(), "Rapport · " + exportedBy);
            pdf.newPage();
            pdf.heading(measure, result, exportedBy);
            pdf.chart(measure, result);
            pdf.table(measure, result);
            pdf.page.close();
            document.save(out);
        }
    }

    private void heading(ReportProvider measure, ReportResult result, String exportedBy) throws IOException {
        line(measure.title(), 18, MARGIN);
        y -= 6;
        line(exportedBy, 9, MARGIN);
        line(NLS.bind(Messages.pdf_period, result.query().period().from(), result.query().period().to()), 10, MARGIN);
        String by = result.query().by();
        line(NLS.bind(Messages.pdf_by, by == null ? Messages.pdf_none : DimensionLabels.heading(by)), 10, MARGIN);
        List<String> filters = new ArrayList<>();
        result.query().filters().forEach((dimension, value) -> filters.add(DimensionLabels.heading(dimension) + " = " + (value.isEmpty() ? Messages.pdf_empty_value : value)));
        line(NLS.bind(Messages.pdf_filters, filters.isEmpty() ? Messages.pdf_none : String.join("; ", filters)), 10, MARGIN);
        y -= 4;
        paragraph(NLS.bind(Messages.pdf_definition, measure.definition()), 9);
        y -= 10;
    }

    private void chart(ReportProvider measure, ReportResult result) throws IOException {
        FigureColumn column = result.columns().get(0);
        List<ReportRow> bars = result.rows().isEmpty() ? List.of(result.total()) : result.rows();
        List<BarChart.Bar> values = new ArrayList<>();
        for (ReportRow row : bars) {
            Figure figure = row.figures().get(0);
            values.add(new BarChart.Bar(row.label(), figure.hasData() ? figure.value().doubleValue() : null,
                    figure.hasData() ? FigureText.forPeople(figure, column.unit()) : Messages.pdf_no_data));
        }
        Double target = measure.targets().stream().filter(t -> t.column().equals(column.key())).findFirst().map(t -> t.value().doubleValue()).orElse(null);
        String targetLabel = target == null ? null
                : NLS.bind(Messages.pdf_target, measure.targets().stream().filter(t -> t.column().equals(column.key())).findFirst().orElseThrow().direction()
                        == org.rapport.reports.api.Target.Direction.AT_LEAST ? Messages.pdf_at_least : Messages.pdf_at_most,
                        FigureText.forPeople(new Figure(java.math.BigDecimal.valueOf(target), null), column.unit()));
        float height = 190;
        if (y - height - 40 < MARGIN) {
            newPage();
        }
        line(measure.columnLabel(column.key()), 10, MARGIN);
        new BarChart(page, font).draw(values, column.unit() == FigureColumn.Unit.SHARE, target, targetLabel, MARGIN, y - height, WIDTH - 2 * MARGIN, height);
        y -= height + 40;
    }

    private void table(ReportProvider measure, ReportResult result) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(result.query().by() == null ? Messages.pdf_period_column : DimensionLabels.heading(result.query().by()));
        boolean[] based = new boolean[result.columns().size()];
        for (int i = 0; i < based.length; i++) {
            header.add(measure.columnLabel(result.columns().get(i).key()));
            // a sum is over nothing in particular: no base column
            based[i] = result.total().figures().get(i).base() != null;
            if (based[i]) {
                header.add(Messages.pdf_base);
            }
        }
        float[] x = columns(header.size());
        row(header, x);
        rule();
        for (ReportRow row : result.rows()) {
            row(cells(result, row, based), x);
        }
        if (!result.rows().isEmpty()) {
            rule();
        }
        row(cells(result, result.total(), based), x);
    }

    private static List<String> cells(ReportResult result, ReportRow row, boolean[] based) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        for (int i = 0; i < result.columns().size(); i++) {
            Figure figure = row.figures().get(i);
            cells.add(figure.hasData() ? FigureText.forPeople(figure, result.columns().get(i).unit()) : Messages.pdf_no_data);
            if (based[i]) {
                cells.add(figure.base() == null ? "" : String.valueOf(figure.base()));
            }
        }
        return cells;
    }

    /** The left edge of each column: the first wide, the figures sharing the rest. */
    private static float[] columns(int count) {
        float[] x = new float[count];
        x[0] = MARGIN;
        float first = (WIDTH - 2 * MARGIN) * 0.4f;
        float each = (WIDTH - 2 * MARGIN - first) / Math.max(1, count - 1);
        for (int i = 1; i < count; i++) {
            x[i] = MARGIN + first + (i - 1) * each;
        }
        return x;
    }

    private void row(List<String> cells, float[] x) throws IOException {
        if (y - ROW < MARGIN + 20) {
            newPage();
        }
        for (int i = 0; i < cells.size(); i++) {
            float room = (i + 1 < x.length ? x[i + 1] : WIDTH - MARGIN) - x[i] - 6;
            text(Text.fit(cells.get(i), font, 9, room), 9, x[i], y - 11);
        }
        y -= ROW;
    }

    private void rule() throws IOException {
        page.setStrokingColor(0.6f, 0.6f, 0.6f);
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y - 2);
        page.lineTo(WIDTH - MARGIN, y - 2);
        page.stroke();
        y -= 4;
    }

    private void line(String text, float size, float x) throws IOException {
        y -= size * 1.4f;
        text(text, size, x, y);
    }

    private void paragraph(String text, float size) throws IOException {
        for (String wrapped : Text.wrap(text, font, size, WIDTH - 2 * MARGIN)) {
            if (y - size * 1.4f < MARGIN + 20) {
                newPage();
            }
            line(wrapped, size, MARGIN);
        }
    }

    private void text(String text, float size, float x, float atY) throws IOException {
        page.beginText();
        page.setNonStrokingColor(0f, 0f, 0f);
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(Text.printable(text));
        page.endText();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        page.beginText();
        page.setNonStrokingColor(0.45f, 0.45f, 0.45f);
        page.setFont(font, 7);
        page.newLineAtOffset(MARGIN, 25);
        page.showText(Text.printable(watermark + " · " + NLS.bind(Messages.pdf_page, pages)));
        page.endText();
        y = HEIGHT - MARGIN;
    }
}
