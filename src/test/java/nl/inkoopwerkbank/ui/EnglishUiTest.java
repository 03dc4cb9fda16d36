package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.i18n.Messages;

@ExtendWith(ApplicationExtension.class)
class EnglishUiTest {

    Path dir;
    UiTestSupport app;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("iwb-en");
        app = UiTestSupport.start(stage, dir, Messages.ENGLISH);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void everyScreenSpeaksEnglishWhenChosen(FxRobot robot) {
        assertEquals("Providers", robot.lookup("#navProviders").queryAs(Labeled.class).getText());
        assertEquals("Portfolio of Salland Zorgverzekeraar", text(robot, "#subtitle"));
        robot.clickOn("#navProviders");
        assertTrue(text(robot, "#countLabel").endsWith("providers"), text(robot, "#countLabel"));
        robot.clickOn("#newButton");
        robot.clickOn("#saveButton");
        assertEquals("This field is required.", text(robot, "#naamError"));
        assertTrue(text(robot, "#formMessage").startsWith("Not saved"));
        UiTestSupport.choose(robot, "#typeFilter", "Maternity care organisation");
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof Labeled l
                && "Maternity care organisation".equals(l.getText())).tryQuery().isPresent(), "type labels in English");
    }
}
