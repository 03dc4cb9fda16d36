package nl.inkoopwerkbank.ui.calendar;

import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The "mark done" dialog: a day (today by default) and a note for one or more items, stored together. */
public final class CalendarDoneController {

    private final Messages messages;

    @FXML private DialogPane pane;
    @FXML private Label itemsLabel;
    @FXML private DatePicker doneOnPicker;
    @FXML private TextArea noteArea;
    @FXML private Label errorLabel;

    private DialogErrors errors;

    public CalendarDoneController(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        DateFields.dutchStyle(doneOnPicker, messages.locale());
        doneOnPicker.setId("doneOnPicker");
        noteArea.setId("doneNote");
        errors = new DialogErrors(java.util.Map.of("doneOn", doneOnPicker, "note", noteArea), errorLabel, messages);
    }

    /** Shows the dialog; the number of items marked when the buyer confirmed and the marks were stored. */
    public Optional<Integer> show(List<CalendarItem> items, CalendarViewModel vm, Dialogs dialogs, List<String> stylesheets) {
        Window owner = dialogs.owner();
        itemsLabel.setText(items.size() == 1 ? vm.texts().summary(items.get(0))
                : messages.get("calendar.done.many", items.size()));
        doneOnPicker.setValue(vm.today());
        FormDialog dialog = new FormDialog(pane, messages.get("calendar.done.title"), messages.get("calendar.done.confirm"),
                "doneConfirm", messages, owner, stylesheets);
        java.time.LocalDate day = doneOnPicker.getValue();
        dialog.askBeforeClosing(dialogs, () -> !java.util.Objects.equals(day, doneOnPicker.getValue())
                        || !noteArea.getText().isBlank() || DateFields.typedNotTaken(doneOnPicker),
                () -> messages.get("unsaved.subject.done"));
        Button okButton = dialog.confirmButton;
        boolean[] stored = {false};
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            errors.clear();
            // a typed date only reaches the value when the field commits it
            doneOnPicker.setValue(doneOnPicker.getConverter().fromString(doneOnPicker.getEditor().getText()));
            if (doneOnPicker.getValue() == null) {
                errors.show(List.of(errors.line("doneOn", messages.get("calendar.error.date-required"))));
                return;
            }
            okButton.setDisable(true);
            vm.markDone(items.stream().map(CalendarItem::key).toList(), doneOnPicker.getValue(), noteArea.getText(), () -> {
                stored[0] = true;
                dialog.close();
            }, ex -> {
                okButton.setDisable(false);
                errors.show(ex);
            });
        });
        dialog.dialog.showAndWait();
        return stored[0] ? Optional.of(items.size()) : Optional.empty();
    }
}
