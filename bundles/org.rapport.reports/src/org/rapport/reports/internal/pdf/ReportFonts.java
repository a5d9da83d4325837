package org.rapport.reports.internal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.osgi.util.NLS;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.internal.Messages;

/**
 * The font a report PDF embeds: one TrueType font with Latin and Chinese glyphs, so that text in
 * either language shows (a PDF without such a font embedded shows boxes for Chinese). It is
 * embedded as a subset: only the glyphs the report uses. Looked for in this order: the file the
 * system property or environment variable {@value #SETTING} names, WenQuanYi Micro Hei (Debian
 * {@code fonts-wqy-microhei}), WenQuanYi Zen Hei, Droid Sans Fallback (Debian
 * {@code fonts-droid-fallback}), then Windows' SimHei and Microsoft YaHei.
 */
public final class ReportFonts {

    /** The system property and environment variable that name a font file (.ttf or .ttc of TrueType outlines). */
    public static final String SETTING = "RAPPORT_REPORT_FONT";

    static final List<String> KNOWN = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/msyh.ttc");

    private ReportFonts() {
    }

    /** The candidates in the order they are tried. */
    static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String named = System.getProperty(SETTING, System.getenv(SETTING));
        if (named != null && !named.isBlank()) {
            candidates.add(Path.of(named));
        }
        KNOWN.forEach(known -> candidates.add(Path.of(known)));
        return candidates;
    }

    /** A font loaded for a document, with the collection it came from, which must stay open until the document is saved. */
    record Embedded(PDFont font, TrueTypeCollection collection) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }

    /**
     * The first font found, loaded into the document for embedding.
     *
     * @throws ReportException naming the places looked in when none is there
     */
    static Embedded load(PDDocument document) {
        List<Path> candidates = candidates();
        for (Path file : candidates) {
            if (Files.isReadable(file)) {
                try {
                    return load(document, file);
                } catch (IOException e) {
                    throw new ReportException(NLS.bind(Messages.pdf_font_unreadable, file, e.getMessage()), e);
                }
            }
        }
        throw new ReportException(NLS.bind(Messages.pdf_no_font, SETTING, String.join(", ", candidates.stream().map(Path::toString).toList())));
    }

    private static Embedded load(PDDocument document, Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return new Embedded(PDType0Font.load(document, file.toFile()), null);
        }
        // the collection's first font
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        if (first[0] == null) {
            collection.close();
            throw new IOException("no font in the collection");
        }
        return new Embedded(PDType0Font.load(document, first[0], true), collection);
    }
}
