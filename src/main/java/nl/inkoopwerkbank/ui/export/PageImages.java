package nl.inkoopwerkbank.ui.export;

import java.util.List;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import nl.inkoopwerkbank.io.export.PdfPages;

/** Turns rendered PDF pages into JavaFX images (safe off the FX thread: the images are not yet shown). */
final class PageImages {

    private PageImages() {
    }

    static List<Image> of(List<PdfPages.Page> pages) {
        return pages.stream().map(PageImages::image).toList();
    }

    static Image image(PdfPages.Page p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
        return img;
    }
}
