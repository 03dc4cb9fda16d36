package nl.inkoopwerkbank.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.controlsfx.control.SearchableComboBox;

import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;

/**
 * Adds or edits one of the buyer's own items. A refused save names each wrong field, marks it and keeps
 * the dialog open with everything typed; nothing is stored.
 */
public final class CalendarItemController {

    private final Messages messages;

    @FXML private DialogPane pane;
    @FXML private ComboBox<Kind> kindBox;
    @FXML private TextField titleField;
    @FXML private DatePicker datePicker;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private SearchableComboBox<Provider> providerBox;
    @FXML private TextField locationField;
    @FXML private TextArea noteArea;
    @FXML private Label errorLabel;

    private DialogErrors errors;

    public CalendarItemController(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(Kind.MEETING, Kind.REMINDER);
        kindBox.setConverter(Converters.showing(k -> k == null ? "" : messages.get(k.labelKey())));
        providerBox.setConverter(Converters.showing(p -> p == null ? "" : p.name() + " · " + p.agbCode()));
        providerBox.setPromptText(messages.get("calendar.field.provider.none"));
        DateFields.dutchStyle(datePicker, messages.locale());
        kindBox.setId("itemKind");
        titleField.setId("itemTitle");
        datePicker.setId("itemDate");
        startField.setId("itemStart");
        endField.setId("itemEnd");
        providerBox.setId("itemProvider");
        locationField.setId("itemLocation");
        noteArea.setId("itemNote");
        errors = new DialogErrors(Map.of("title", titleField, "date", datePicker, "start", startField, "end", endField,
                "provider", providerBox, "location", locationField, "note", noteArea), errorLabel, messages);
    }

    /**
     * Shows the dialog for a new item ({@code existing} null) of a kind on a day, or for an existing one.
     * Returns the stored item.
     */
    public Optional<OwnItem> show(OwnItem existing, Kind kind, LocalDate day, Provider preset, CalendarViewModel vm,
                                  Dialogs dialogs, List<String> stylesheets) {
        Window owner = dialogs.owner();
        List<Provider> providers = new ArrayList<>();
        providers.add(null);
        providers.addAll(vm.optionsProperty().get().providers());
        providerBox.getItems().setAll(providers);
        if (existing != null) {
            kindBox.setValue(existing.kind());
            titleField.setText(existing.title());
            datePicker.setValue(existing.date());
            startField.setText(existing.start() == null ? "" : existing.start().toString());
            endField.setText(existing.end() == null ? "" : existing.end().toString());
            providerBox.setValue(find(providers, existing.providerAgb()));
            locationField.setText(existing.location());
            noteArea.setText(existing.note());
        } else {
            kindBox.setValue(kind);
            datePicker.setValue(day);
            providerBox.setValue(preset == null ? null : find(providers, preset.agbCode()));
        }
        pane.setHeaderText(messages.get(existing == null ? "calendar.item.new." + kindBox.getValue().name()
                : "calendar.item.edit"));
        FormDialog dialog = new FormDialog(pane, pane.getHeaderText(), messages.get("common.save"), "itemSave", messages,
                owner, stylesheets);
        List<Object> shown = state();
        dialog.askBeforeClosing(dialogs, () -> !state().equals(shown) || DateFields.typedNotTaken(datePicker),
                () -> existing != null ? messages.get("unsaved.subject.item", existing.title())
                        : messages.get(kindBox.getValue() == Kind.MEETING ? "unsaved.subject.new-meeting"
                                : "unsaved.subject.new-reminder"));
        Button saveButton = dialog.confirmButton;
        OwnItem[] stored = {null};
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            errors.clear();
            List<String> problems = new ArrayList<>();
            datePicker.setValue(datePicker.getConverter().fromString(datePicker.getEditor().getText()));
            LocalTime start = time(startField, "start", problems);
            LocalTime end = time(endField, "end", problems);
            if (!problems.isEmpty()) {
                errors.show(problems);
                return;
            }
            Provider p = providerBox.getValue();
            OwnItem item = existing == null
                    ? CalendarService.newOwnItem(kindBox.getValue(), titleField.getText(), datePicker.getValue(), start, end,
                            p == null ? null : p.agbCode(), locationField.getText(), noteArea.getText())
                    : new OwnItem(existing.id(), existing.uid(), kindBox.getValue(), titleField.getText(),
                            datePicker.getValue(), start, end, p == null ? null : p.agbCode(), locationField.getText(),
                            noteArea.getText());
            saveButton.setDisable(true);
            vm.saveOwn(item, saved -> {
                stored[0] = saved;
                dialog.close();
            }, ex -> {
                saveButton.setDisable(false);
                errors.show(ex);
            });
        });
        dialog.dialog.showAndWait();
        return Optional.ofNullable(stored[0]);
    }

    /** What the dialog holds (to tell whether the buyer changed anything). */
    private List<Object> state() {
        return java.util.Arrays.asList(kindBox.getValue(), titleField.getText(), datePicker.getValue(), startField.getText(),
                endField.getText(), providerBox.getValue(), locationField.getText(), noteArea.getText());
    }

    private static Provider find(List<Provider> providers, String agb) {
        return agb == null ? null : providers.stream().filter(p -> p != null && p.agbCode().equals(agb)).findFirst()
                .orElse(null);
    }

    private LocalTime time(TextField field, String name, List<String> problems) {
        String t = field.getText() == null ? "" : field.getText().strip().replace('.', ':');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            problems.add(errors.line(name, messages.get("calendar.error.time", field.getText())));
            return null;
        }
    }
}
