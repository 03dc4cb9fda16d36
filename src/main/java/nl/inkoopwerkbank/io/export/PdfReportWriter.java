package nl.inkoopwerkbank.io.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Lays a {@link ReportDocument} out on A4 and writes it as PDF/A-2u: Liberation Sans embedded (so it
 * prints the same everywhere and PDFBox never scans the system's fonts), an sRGB output intent, the
 * title and language in the metadata, and page numbers in the margin. The document is turned into
 * XHTML with a print style sheet and rendered by openhtmltopdf.
 */
public final class PdfReportWriter {

    static final String FAMILY = "Liberation Sans";
    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();
    private static volatile byte[] srgb;

    static {
        XRLog.setLevel(XRLog.GENERAL, Level.WARNING);
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /**
     * The XHTML (with its print style sheet) this writer renders a document from; for comparisons with
     * other HTML-to-PDF converters.
     */
    public static String html(ReportDocument doc) {
        return ReportHtml.of(doc);
    }

    /** Renders one document to PDF bytes. */
    public byte[] render(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(doc, out);
        return out.toByteArray();
    }

    /** Renders one document to a stream (the stream is not closed). */
    public void write(ReportDocument doc, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(srgbProfile());
        font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
        builder.withProducer("Inkoopwerkbank");
        builder.withHtmlContent(ReportHtml.of(doc), null);
        builder.toStream(out);
        builder.run();
    }

    /**
     * Puts several rendered documents one after the other in one PDF, keeping the first one's PDF/A
     * identification and colour profile, and gives the whole the given title.
     */
    public byte[] combine(List<byte[]> pdfs, String title) throws IOException {
        if (pdfs.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        try (PDDocument target = Loader.loadPDF(pdfs.get(0))) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 1; i < pdfs.size(); i++) {
                try (PDDocument next = Loader.loadPDF(pdfs.get(i))) {
                    merger.appendDocument(target, next);
                }
            }
            retitle(target, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        }
    }

    private static void retitle(PDDocument doc, String title) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setModificationDate(Calendar.getInstance());
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            if (dc != null) {
                dc.setTitle(title);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            metadata.importXMPMetadata(out.toByteArray());
        } catch (Exception e) {
            throw new IOException("could not update the document title: " + e.getMessage(), e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] bytes = FONTS.computeIfAbsent(file, PdfReportWriter::loadFont);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, weight, style, true);
    }

    private static byte[] loadFont(String file) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] srgbProfile() {
        byte[] p = srgb;
        if (p == null) {
            p = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = p;
        }
        return p;
    }
}
