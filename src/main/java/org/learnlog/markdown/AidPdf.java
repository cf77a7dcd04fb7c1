package org.learnlog.markdown;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * An aid as a print-ready PDF, laid out by openhtmltopdf from {@link AidPrint}'s page, with the system's
 * fonts embedded so that accents and CJK text print (see docs/decisions/0016).
 */
public final class AidPdf {
    private static final String FONT_CACHE = "pdfbox.fontcache";
    /** Held, so that the level set on it stays: PDFBox says which base fonts it maps, which is no news here. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
        // PDFBox lists the system's fonts once and keeps the list; by default in a file in the user's home.
        if (System.getProperty(FONT_CACHE) == null) {
            try {
                Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"),
                        "learnlog-pdfbox-" + System.getProperty("user.name", "user")));
                System.setProperty(FONT_CACHE, folder.toString());
            } catch (IOException | RuntimeException e) {
                System.setProperty(FONT_CACHE, System.getProperty("java.io.tmpdir"));
            }
        }
    }

    private final AidPrint print = new AidPrint();
    private final List<PdfFonts.Font> fonts = PdfFonts.found();

    /** Whether this system has a font for Chinese, Japanese and Korean text. */
    public boolean canPrint(String text) {
        return !PdfFonts.needsCjk(text) || fonts.stream().anyMatch(font -> font.family().equals(PdfFonts.CJK));
    }

    /** The PDF's bytes: the aid's text, and "author · date" with the page number in each page's footer. */
    public byte[] render(String title, String markdown, String author, LocalDate date) {
        Set<String> families = new LinkedHashSet<>();
        fonts.forEach(font -> families.add(font.family()));
        String footer = (author == null || author.isBlank() ? "" : author.strip() + " · ") + date;
        String html = print.page(title, markdown, footer, List.copyOf(families));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null).toStream(out);
        for (PdfFonts.Font font : fonts) {
            builder.useFont(font.file().toFile(), font.family(), font.bold() ? 700 : 400, FontStyle.NORMAL, true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't lay out \"" + title + "\" as a PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
