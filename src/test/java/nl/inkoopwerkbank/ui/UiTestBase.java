package nl.inkoopwerkbank.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import nl.inkoopwerkbank.i18n.Messages;

/** Each UI test gets the real screens on a fresh database file in its own temporary folder. */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestBase {

    Path dir;
    UiTestSupport app;

    /** The language the screens start in. */
    Locale locale() {
        return Messages.DUTCH;
    }

    /** The clock the workbench reads the day from. */
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    /**
     * Opens the screens; each test class calls it from its own {@code @Start} method, because TestFX does
     * not find inherited ones (TestFX issue 730).
     */
    void open(Stage stage) throws IOException {
        dir = Files.createTempDirectory("iwb-ui");
        app = UiTestSupport.start(stage, dir, locale(), clock());
    }

    @AfterEach
    public void stop() throws IOException {
        app.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
