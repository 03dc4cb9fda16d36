package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.Labeled;

import java.io.IOException;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

import nl.inkoopwerkbank.i18n.Messages;

class EnglishUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Override
    java.util.Locale locale() {
        return Messages.ENGLISH;
    }




    @Test
    void everyScreenSpeaksEnglishWhenChosen(FxRobot robot) {
        assertEquals("Providers", robot.lookup("#navProviders").queryAs(Labeled.class).getText());
        UiTestSupport.awaitNode(robot, "#typeHeader2");
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
