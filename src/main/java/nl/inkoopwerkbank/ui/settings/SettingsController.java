package nl.inkoopwerkbank.ui.settings;

import java.util.List;
import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.inkoopwerkbank.ui.common.Converters;

import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.Settings;

/** Language, the insurer the buyer works for, and the buyer's name. */
public final class SettingsController {

    /** What the buyer chose. */
    public record Choice(Locale language, String insurerId, String userName, int reminderDays) {
    }

    private final Settings settings;
    private final Messages messages;
    private final String databasePathText;

    @FXML private DialogPane root;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private ComboBox<Insurer> insurerBox;
    @FXML private TextField userField;
    @FXML private javafx.scene.control.Spinner<Integer> reminderSpinner;
    @FXML private Label databasePath;

    private List<Object> shown = List.of();

    public SettingsController(Settings settings, Messages messages, String databasePathText) {
        this.settings = settings;
        this.messages = messages;
        this.databasePathText = databasePathText;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(Messages.SUPPORTED);
        languageBox.setConverter(Converters.showing(l -> l == null ? "" : messages.get("settings.language." + l.getLanguage())));
        languageBox.setValue(Messages.forLocale(settings.language()).locale());
        insurerBox.setConverter(Converters.showing(i -> i == null ? "" : i.name()));
        userField.setText(settings.userName());
        reminderSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(
                Settings.MIN_REMINDER_DAYS, Settings.MAX_REMINDER_DAYS, settings.reminderDays()));
        reminderSpinner.setEditable(true);
        databasePath.setText(databasePathText);
    }

    /** The insurers to choose from (loaded off the FX thread by the caller). */
    public void setInsurers(List<Insurer> insurers) {
        insurerBox.getItems().setAll(insurers);
        insurers.stream().filter(i -> i.id().equals(settings.ownInsurerId())).findFirst().ifPresent(insurerBox::setValue);
    }

    /** Remembers what the dialog shows now, so {@link #changed()} tells whether the buyer edited anything. */
    public void markUnchanged() {
        shown = state();
    }

    /** True when a choice differs from what the dialog showed when it opened (a typed number counts too). */
    public boolean changed() {
        return !state().equals(shown);
    }

    private List<Object> state() {
        return java.util.Arrays.asList(languageBox.getValue(), insurerBox.getValue(), userField.getText(),
                reminderSpinner.getEditor().getText());
    }

    public Choice choice() {
        Insurer i = insurerBox.getValue();
        commitTypedDays();
        Integer days = reminderSpinner.getValue();
        return new Choice(languageBox.getValue(), i == null ? settings.ownInsurerId() : i.id(), userField.getText(),
                days == null ? settings.reminderDays() : days);
    }

    /** A number typed in the spinner counts even when the buyer did not press Enter or leave the field. */
    private void commitTypedDays() {
        String typed = reminderSpinner.getEditor().getText();
        try {
            reminderSpinner.getValueFactory().setValue(reminderSpinner.getValueFactory().getConverter().fromString(typed.strip()));
        } catch (RuntimeException e) {
            // not a number: the spinner keeps its last value
            reminderSpinner.getEditor().setText(String.valueOf(reminderSpinner.getValue()));
        }
    }

    public DialogPane root() {
        return root;
    }
}
