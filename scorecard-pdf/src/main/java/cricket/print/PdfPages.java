package cricket.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages written top to bottom: lines of text at a cursor that moves down, a new page when one is full. Only what
 * a scorecard needs: left- and right-aligned text in columns, wrapped paragraphs and rules. Text is set in Helvetica,
 * one of PDF's standard fonts, so nothing is embedded; a character it cannot show is printed as "?".
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** What the pages show, in order: the document's ID is made of it (see {@link #finish}). */
    private final MessageDigest shown = md5();

    private PDPageContentStream page;
    private float y;

    PdfPages() {
        newPage();
    }

    /** Moves down {@code height} points, starting a new page first when they do not fit. */
    void space(float height) {
        if (y - height < MARGIN) {
            newPage();
        } else {
            y -= height;
        }
    }

    /** One line of text at {@code x} from the margin, at the cursor (call {@link #space} first). */
    void text(float x, String text, float size, boolean heavy) {
        write(MARGIN + x, text, size, heavy);
    }

    /** One line of text ending at {@code right} from the margin. */
    void right(float right, String text, float size, boolean heavy) {
        String shown = printable(text, heavy);
        write(MARGIN + right - width(shown, size, heavy), shown, size, heavy);
    }

    /** {@code text} wrapped to the page's width, each line on its own, {@code leading} apart. */
    void paragraph(String text, float size, float leading) {
        for (String line : wrap(printable(text, false), size, WIDTH)) {
            space(leading);
            write(MARGIN, line, size, false);
        }
    }

    /** A thin line across the page at the cursor. */
    void rule() {
        note("rule " + y);
        try {
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, y - 3);
            page.lineTo(MARGIN + WIDTH, y - 3);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw on a PDF page in memory", e);
        }
    }

    /** {@code text} cut with "..." to fit {@code width} points. */
    String fit(String text, float size, float width) {
        String shown = printable(text, false);
        if (width(shown, size, false) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && width(shown + "...", size, false) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "...";
    }

    /**
     * The document's bytes. Its ID (the trailer's {@code /ID}) is a digest of what its pages show, where PDFBox would
     * make one from the clock: the same card prints to the same bytes on every instance and after every rebuild, so
     * its ETag holds and a CDN or a browser gets a 304 rather than the whole file again.
     */
    byte[] finish() {
        try {
            page.close();
            COSString id = new COSString(shown.digest());
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PDF to memory", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a PDF in memory", e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            note("page");
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add a page to a PDF in memory", e);
        }
    }

    private void write(float x, String text, float size, boolean heavy) {
        note(x + " " + y + " " + size + (heavy ? " b " : " r ") + text);
        try {
            page.beginText();
            page.setFont(heavy ? bold : regular, size);
            page.newLineAtOffset(x, y);
            page.showText(printable(text, heavy));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write text to a PDF page in memory", e);
        }
    }

    private void note(String drawn) {
        shown.update(drawn.getBytes(StandardCharsets.UTF_8));
        shown.update((byte) '\n');
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5"); // what PDF readers expect an ID to be (ISO 32000-1, 14.4)
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(tried, size, false) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size, boolean heavy) {
        try {
            return (heavy ? bold : regular).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text for a PDF", e);
        }
    }

    /** The text with each character the standard font cannot encode replaced (a dash for a long dash, else "?"). */
    private String printable(String text, boolean heavy) {
        PDType1Font font = heavy ? bold : regular;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = c == '\u2014' || c == '\u2013' ? "-" : c < ' ' ? " " : Character.toString(c);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
