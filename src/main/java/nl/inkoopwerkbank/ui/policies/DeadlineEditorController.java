package nl.inkoopwerkbank.ui.policies;

import java.util.List;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The planning-step editor dialog (see {@link EditorDialog} for how saving works). */
public final class DeadlineEditorController {

    private final PolicyService policies;
    private final Messages messages;

    @FXML private DialogPane root;
    @FXML private Label idLabel;
    @FXML private ComboBox<Deadline.Semantics> semanticsBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField actorField;
    @FXML private TextArea actionField;
    @FXML private TextField channelField;
    @FXML private Label errorLabel;

    public DeadlineEditorController(PolicyService policies, Messages messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        semanticsBox.getItems().setAll(Deadline.Semantics.values());
        semanticsBox.setConverter(Converters.showing(s -> s == null ? "" : messages.get(s.labelKey())));
        DateFields.dutchStyle(datePicker, messages.locale());
    }

    public Optional<Policy> edit(DeadlineEditorViewModel model, Dialogs dialogs, Window owner, List<String> stylesheets) {
        idLabel.setText(messages.get("editor.deadline.id", model.original().id()));
        semanticsBox.valueProperty().bindBidirectional(model.semanticsProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        actorField.textProperty().bindBidirectional(model.actorProperty());
        actionField.textProperty().bindBidirectional(model.actionProperty());
        channelField.textProperty().bindBidirectional(model.channelProperty());
        return EditorDialog.show(root, errorLabel, messages.get("editor.deadline.title"), model::edited, policies, messages,
                dialogs, owner, stylesheets, () -> model.changed() || DateFields.typedNotTaken(datePicker),
                messages.get("unsaved.subject.deadline", model.original().id(), model.policy().title()));
    }
}
