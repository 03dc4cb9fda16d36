package nl.inkoopwerkbank.ui.calendar;

import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.DateFields;

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
    public Optional<Integer> show(List<CalendarItem> items, CalendarViewModel vm, Window owner, List<String> stylesheets) {
        itemsLabel.setText(items.size() == 1 ? vm.texts().summary(items.get(0))
                : messages.get("calendar.done.many", items.size()));
        doneOnPicker.setValue(vm.today());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("calendar.done.title"));
        dialog.setDialogPane(pane);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType ok = new ButtonType(messages.get("calendar.done.confirm"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ok, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.setId("doneConfirm");
        if (owner != null) {
            dialog.initOwner(owner);
        }
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
                dialog.setResult(ok);
                dialog.close();
            }, ex -> {
                okButton.setDisable(false);
                errors.show(ex);
            });
        });
        dialog.showAndWait();
        return stored[0] ? Optional.of(items.size()) : Optional.empty();
    }
}
