package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void settingsAndWindowGeometrySurviveARestart() {
        try (Workbench wb = Workbench.open(dir.resolve("s"), false)) {
            Settings s = wb.settings();
            assertEquals(Locale.forLanguageTag("nl"), s.language(), "Dutch by default");
            assertEquals("salland", s.ownInsurerId());
            assertTrue(s.windowGeometry().isEmpty());
            s.setLanguage(Locale.ENGLISH);
            s.setOwnInsurerId("vgz");
            s.setUserName("  J. de Inkoper ");
            s.setWindowGeometry(new Settings.WindowGeometry(10.5, 20, 1300, 850, true));
        }
        try (Workbench wb = Workbench.open(dir.resolve("s"), false)) {
            Settings s = wb.settings();
            assertEquals("en", s.language().getLanguage());
            assertEquals("vgz", s.ownInsurerId());
            assertEquals("J. de Inkoper", s.userName());
            assertEquals(Optional.of(new Settings.WindowGeometry(10.5, 20, 1300, 850, true)), s.windowGeometry());
        }
    }
}
