package nl.inkoopwerkbank.ui.policies;

import java.util.List;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.Dialogs;

/** The requirement editor dialog (see {@link EditorDialog} for how saving works). */
public final class RequirementEditorController {

    private final PolicyService policies;
    private final Messages messages;
    private RequirementEditorViewModel vm;

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
    }

    /** Shows the dialog for a requirement; returns the saved policy, or empty when cancelled. */
    public Optional<Policy> edit(RequirementEditorViewModel model, Dialogs dialogs, Window owner, List<String> stylesheets) {
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
        return EditorDialog.show(root, errorLabel, messages.get("editor.title"), model::edited, policies, messages, dialogs,
                owner, stylesheets, model::changed,
                messages.get("unsaved.subject.requirement", model.original().id(), model.policy().title()));
    }
}
