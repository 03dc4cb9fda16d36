package nl.inkoopwerkbank.ui.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Converters;

/**
 * The requirement editor dialog. "Opslaan" validates the whole edited policy; when it is refused the
 * dialog stays open with the reasons, so nothing typed is lost.
 */
public final class RequirementEditorController {

    private final PolicyService policies;
    private final Messages messages;
    private RequirementEditorViewModel vm;
    private Policy saved;

    @FXML private DialogPane root;
    @FXML private Label idLabel;
    @FXML private TextArea textField;
    @FXML private ComboBox<RequirementRole> roleBox;
    @FXML private ComboBox<String> topicBox;
    @FXML private TextField appliesField;
    @FXML private TextField sectionField;
    @FXML private VBox thresholdBox;
    @FXML private Label factQuestion;
    @FXML private ComboBox<Operator> operatorBox;
    @FXML private TextField thresholdField;
    @FXML private Label errorLabel;

    public RequirementEditorController(PolicyService policies, Messages messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        roleBox.getItems().setAll(RequirementRole.values());
        roleBox.setConverter(Converters.showing(r -> r == null ? "" : messages.get(r.labelKey())));
        topicBox.getItems().setAll(PolicyComparison.TOPICS);
        topicBox.setConverter(Converters.showing(t -> t == null ? "" : messages.get("policy.topic." + t)));
        operatorBox.setConverter(Converters.showing(o -> o == null ? "" : ConditionText.sign(o) + "  "
                + messages.get("editor.operator." + o.name())));
        errorLabel.setVisible(false);
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }

    /** Shows the dialog for a requirement; returns the saved policy, or empty when cancelled. */
    public Optional<Policy> edit(RequirementEditorViewModel model, Window owner, List<String> stylesheets) {
        this.vm = model;
        idLabel.setText(messages.get("editor.id", model.original().id()));
        textField.textProperty().bindBidirectional(model.textProperty());
        roleBox.valueProperty().bindBidirectional(model.roleProperty());
        topicBox.valueProperty().bindBidirectional(model.topicProperty());
        appliesField.textProperty().bindBidirectional(model.appliesToProperty());
        sectionField.textProperty().bindBidirectional(model.sectionProperty());
        thresholdBox.setVisible(model.thresholdEditable());
        thresholdBox.setManaged(model.thresholdEditable());
        if (model.thresholdEditable()) {
            factQuestion.setText(model.factQuestion());
            operatorBox.getItems().setAll(model.operators());
            operatorBox.valueProperty().bindBidirectional(model.operatorProperty());
            thresholdField.textProperty().bindBidirectional(model.thresholdProperty());
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("editor.title"));
        dialog.setDialogPane(root);
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        root.getButtonTypes().setAll(save, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        root.getStylesheets().setAll(stylesheets);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button saveButton = (Button) root.lookupButton(save);
        saveButton.setId("editorSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!trySave()) {
                e.consume(); // keep the dialog open with the reasons
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(b -> b == save).map(b -> saved);
    }

    private boolean trySave() {
        List<String> errors = new ArrayList<>();
        Policy edited = vm.edited(errors);
        if (edited != null) {
            for (Problem p : policies.trySave(edited)) {
                errors.add(messages.get(p.messageKey(), p.args().toArray()));
            }
        }
        if (!errors.isEmpty()) {
            errorLabel.setText(messages.get("editor.not-saved", String.join("\n", errors)));
            errorLabel.setVisible(true);
            return false;
        }
        saved = edited;
        return true;
    }
}
