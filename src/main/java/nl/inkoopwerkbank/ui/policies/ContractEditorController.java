package nl.inkoopwerkbank.ui.policies;

import java.util.List;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The contract-type editor dialog (see {@link EditorDialog} for how saving works). */
public final class ContractEditorController {

    private final PolicyService policies;
    private final Messages messages;

    @FXML private DialogPane root;
    @FXML private Label idLabel;
    @FXML private TextField nameField;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField durationField;
    @FXML private TextField extensionField;
    @FXML private TextField offeredField;
    @FXML private CheckBox negotiableBox;
    @FXML private CheckBox newProvidersBox;
    @FXML private TextArea notesField;
    @FXML private Label errorLabel;

    public ContractEditorController(PolicyService policies, Messages messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        DateFields.dutchStyle(startPicker, messages.locale());
        DateFields.dutchStyle(endPicker, messages.locale());
    }

    public Optional<Policy> edit(ContractEditorViewModel model, Dialogs dialogs, Window owner, List<String> stylesheets) {
        idLabel.setText(messages.get("editor.contract.id", model.original().id()));
        nameField.textProperty().bindBidirectional(model.nameProperty());
        startPicker.valueProperty().bindBidirectional(model.startProperty());
        endPicker.valueProperty().bindBidirectional(model.endProperty());
        durationField.textProperty().bindBidirectional(model.durationTextProperty());
        extensionField.textProperty().bindBidirectional(model.extensionYearsProperty());
        offeredField.textProperty().bindBidirectional(model.offeredViaProperty());
        negotiableBox.selectedProperty().bindBidirectional(model.negotiableProperty());
        newProvidersBox.selectedProperty().bindBidirectional(model.newProvidersProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());
        return EditorDialog.show(root, errorLabel, messages.get("editor.contract.title"), model::edited, policies, messages,
                dialogs, owner, stylesheets,
                () -> model.changed() || DateFields.typedNotTaken(startPicker) || DateFields.typedNotTaken(endPicker),
                messages.get("unsaved.subject.contract", model.original().name(), model.policy().title()));
    }
}
