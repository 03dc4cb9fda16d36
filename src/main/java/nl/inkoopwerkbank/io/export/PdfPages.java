package nl.inkoopwerkbank.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the pages of a PDF to pixels, for a print preview or for printing. */
public final class PdfPages {

    /** One rendered page: {@code argb} holds width x height pixels, row by row. */
    public record Page(int width, int height, int[] argb) {
    }

    private PdfPages() {
    }

    public static int count(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Every page at the given resolution (96 dpi is life size on most screens). */
    public static List<Page> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Page> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = img.getWidth();
                int h = img.getHeight();
                pages.add(new Page(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
            }
            return pages;
        }
    }
}
