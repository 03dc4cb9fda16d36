package nl.inkoopwerkbank.ui.calendar;

import java.time.LocalDate;
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
import javafx.stage.Window;

import org.controlsfx.control.SearchableComboBox;

import nl.inkoopwerkbank.domain.calendar.TermStart;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;

/**
 * Starts a policy's relative term for a provider on a day and shows, before saving, when it runs out
 * ("vervalt 1 december 2026; laatste dag 30 november 2026").
 */
public final class CalendarTermController {

    private final Messages messages;

    @FXML private DialogPane pane;
    @FXML private SearchableComboBox<Provider> providerBox;
    @FXML private ComboBox<Policy> policyBox;
    @FXML private ComboBox<RelativeTerm> termBox;
    @FXML private Label dateLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextArea noteArea;
    @FXML private Label previewLabel;
    @FXML private Label errorLabel;

    private CalendarViewModel vm;
    private DialogErrors errors;

    public CalendarTermController(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        providerBox.setConverter(Converters.showing(p -> p == null ? "" : p.name() + " · " + p.agbCode()));
        policyBox.setConverter(Converters.showing(p -> p == null ? "" : p.insurer().name() + " · " + p.title()));
        DateFields.dutchStyle(datePicker, messages.locale());
        providerBox.setId("termProvider");
        policyBox.setId("termPolicy");
        termBox.setId("termTerm");
        datePicker.setId("termDate");
        noteArea.setId("termNote");
        previewLabel.setId("termPreview");
        errors = new DialogErrors(Map.of("provider", providerBox, "policy", policyBox, "term", termBox,
                "startedOn", datePicker, "note", noteArea), errorLabel, messages);
        policyBox.valueProperty().addListener((o, a, p) -> {
            termBox.getItems().setAll(p == null ? List.of() : CalendarService.startableTerms(p));
            if (!termBox.getItems().isEmpty()) {
                termBox.setValue(termBox.getItems().get(0));
            }
        });
        termBox.valueProperty().addListener((o, a, t) -> {
            String key = t == null ? null : "calendar.trigger." + t.trigger();
            dateLabel.setText(messages.get(key != null && messages.bundle().containsKey(key) ? key
                    : "calendar.field.startedOn"));
            preview();
        });
        datePicker.valueProperty().addListener((o, a, b) -> preview());
    }

    /** Shows the dialog (the provider preset when the calendar is filtered on one); returns the stored start. */
    public Optional<TermStart> show(Provider preset, CalendarViewModel model, Dialogs dialogs, List<String> stylesheets) {
        Window owner = dialogs.owner();
        this.vm = model;
        termBox.setConverter(Converters.showing(t -> t == null ? ""
                : vm.texts().period(t.offset()) + " · " + t.action()));
        providerBox.getItems().setAll(vm.optionsProperty().get().providers());
        if (preset != null) {
            providerBox.getItems().stream().filter(p -> p.agbCode().equals(preset.agbCode())).findFirst()
                    .ifPresent(providerBox::setValue);
        }
        List<Policy> withTerms = vm.optionsProperty().get().policies().stream()
                .filter(p -> !CalendarService.startableTerms(p).isEmpty()).toList();
        policyBox.getItems().setAll(withTerms);
        withTerms.stream().filter(p -> p.insurer().id().equals(vm.ownInsurerId())).findFirst()
                .or(() -> withTerms.stream().findFirst()).ifPresent(policyBox::setValue);
        datePicker.setValue(vm.today());
        FormDialog dialog = new FormDialog(pane, messages.get("calendar.term.title"), messages.get("calendar.term.start"),
                "termSave", messages, owner, stylesheets);
        List<Object> shown = state();
        dialog.askBeforeClosing(dialogs, () -> !state().equals(shown) || DateFields.typedNotTaken(datePicker),
                () -> messages.get("unsaved.subject.term"));
        Button saveButton = dialog.confirmButton;
        TermStart[] stored = {null};
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            errors.clear();
            datePicker.setValue(datePicker.getConverter().fromString(datePicker.getEditor().getText()));
            Provider p = providerBox.getValue();
            Policy policy = policyBox.getValue();
            RelativeTerm t = termBox.getValue();
            saveButton.setDisable(true);
            vm.startTerm(p == null ? null : p.agbCode(), policy == null ? null : policy.id(), t == null ? null : t.id(),
                    datePicker.getValue(), noteArea.getText(), saved -> {
                        stored[0] = saved;
                        dialog.close();
                    }, ex -> {
                        saveButton.setDisable(false);
                        errors.show(ex);
                    });
        });
        preview();
        dialog.dialog.showAndWait();
        return Optional.ofNullable(stored[0]);
    }

    /** What the dialog holds (to tell whether the buyer changed anything). */
    private List<Object> state() {
        return java.util.Arrays.asList(providerBox.getValue(), policyBox.getValue(), termBox.getValue(), datePicker.getValue(),
                noteArea.getText());
    }

    /** When the chosen term runs out from the chosen day. */
    private void preview() {
        RelativeTerm t = termBox.getValue();
        LocalDate d = datePicker.getValue();
        if (t == null || d == null || t.offset() == null) {
            previewLabel.setText("");
            return;
        }
        LocalDate due = d.plus(t.offset());
        previewLabel.setText("lapses".equals(t.effect())
                ? messages.get("calendar.term.preview.lapses", Formats.date(due, messages.locale()),
                        Formats.date(due.minusDays(1), messages.locale()))
                : messages.get("calendar.term.preview", Formats.date(due, messages.locale())));
    }
}
