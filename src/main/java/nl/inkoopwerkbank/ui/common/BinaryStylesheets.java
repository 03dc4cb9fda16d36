package nl.inkoopwerkbank.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.css.Stylesheet;

/**
 * A build step ({@code mvn process-classes}): writes next to every stylesheet in the given folder its
 * binary form ({@code app.css} → {@code app.bss}). JavaFX loads the binary form when it finds one beside the
 * {@code .css} it is asked for, and so skips parsing the text at every start. The build writes them again
 * each time, so a binary form never lags behind its stylesheet.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    /** @param args the folder with the stylesheets (target/classes/styles) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets <folder with .css files>");
        }
        List<Path> sheets;
        try (var files = Files.list(Path.of(args[0]))) {
            sheets = files.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
        System.out.println("BinaryStylesheets: " + sheets.size() + " stylesheets in binary form in " + args[0]);
    }
}
