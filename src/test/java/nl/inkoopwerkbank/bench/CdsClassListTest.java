package nl.inkoopwerkbank.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The recorded class list behind the class-data-sharing archive still fits the code: a class that was
 * renamed or removed since the list was recorded is simply left out of the archive, so a list gone stale
 * silently slows the start. Re-record it as docs/bench-startup.md says when this fails.
 */
class CdsClassListTest {

    private static final Path LIST = Path.of("src/main/cds/classes.lst");

    @Test
    void theApplicationsClassesInTheListStillExist() throws IOException {
        List<String> own = Files.readAllLines(LIST).stream()
                .filter(l -> l.startsWith("nl/inkoopwerkbank/"))
                .map(l -> l.split(" ")[0])
                .toList();
        assertTrue(own.size() > 100, "the list holds the application's classes: " + own.size());
        assertTrue(own.contains("nl/inkoopwerkbank/Launcher"), "the start class is in the list");
        assertTrue(own.contains("nl/inkoopwerkbank/ui/shell/MainWindowController"), "the main window is in the list");
        List<String> gone = own.stream()
                .filter(c -> getClass().getClassLoader().getResource(c + ".class") == null)
                .toList();
        assertTrue(gone.size() * 20 <= own.size(), gone.size() + " of " + own.size()
                + " classes in " + LIST + " no longer exist; record the list again (docs/bench-startup.md): " + gone);
    }
}
