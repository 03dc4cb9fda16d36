package nl.inkoopwerkbank.ui.providers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.TextFields;

import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderField;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.audit.AuditHistory;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.DateFields;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.UnsavedChanges;

/** The detail and edit pane of a provider. Binds the form view model; validates a field when it is left. */
public final class ProviderFormController implements UnsavedChanges {

    private final ProviderFormViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusModel status;
    private final ProvidersViewModel list;

    @FXML private VBox emptyState;
    @FXML private VBox formBox;
    @FXML private Label titleLabel;
    @FXML private Label dirtyLabel;
    @FXML private TextField agbField;
    @FXML private TextField nameField;
    @FXML private ComboBox<ProviderType> typeField;
    @FXML private TextField kvkField;
    @FXML private TextField streetField;
    @FXML private TextField postcodeField;
    @FXML private TextField placeField;
    @FXML private TextField regionField;
    @FXML private TextField contactField;
    @FXML private TextField emailField;
    @FXML private GridPane contractsBox;
    @FXML private TextArea notesField;
    @FXML private Label agbError;
    @FXML private Label nameError;
    @FXML private Label typeError;
    @FXML private Label kvkError;
    @FXML private Label streetError;
    @FXML private Label postcodeError;
    @FXML private Label placeError;
    @FXML private Label regionError;
    @FXML private Label contactError;
    @FXML private Label emailError;
    @FXML private Label contractsError;
    @FXML private Label notesError;
    @FXML private Label formMessage;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button deleteButton;
    @FXML private Button providerHistoryButton;
    private AuditHistory history;

    private final Map<ProviderField, Node> inputs = new EnumMap<>(ProviderField.class);

    public ProviderFormController(ProviderFormViewModel vm, ProvidersViewModel list, Messages messages, Dialogs dialogs,
                                  StatusModel status) {
        this.vm = vm;
        this.list = list;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
    }

    @FXML
    private void initialize() {
        bindText(ProviderField.AGB_CODE, agbField, agbError);
        bindText(ProviderField.NAME, nameField, nameError);
        bindText(ProviderField.KVK_NUMBER, kvkField, kvkError);
        bindText(ProviderField.STREET, streetField, streetError);
        bindText(ProviderField.POSTCODE, postcodeField, postcodeError);
        bindText(ProviderField.PLACE, placeField, placeError);
        bindText(ProviderField.CONTACT_PERSON, contactField, contactError);
        bindText(ProviderField.EMAIL, emailField, emailError);
        bindText(ProviderField.NOTES, notesField, notesError);
        bindError(ProviderField.CONTRACTS, contractsBox, contractsError);

        typeField.getItems().setAll(ProviderType.values());
        typeField.setConverter(Converters.showing(t -> t == null ? "" : messages.get(t.labelKey())));
        typeField.valueProperty().bindBidirectional(vm.typeProperty());
        typeField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.validateField(ProviderField.TYPE);
            }
        });
        inputs.put(ProviderField.TYPE, typeField);
        bindError(ProviderField.TYPE, typeField, typeError);

        bindText(ProviderField.REGION, regionField, regionError);
        // suggest the regions already in use, so the same region is spelled the same way
        TextFields.bindAutoCompletion(regionField, request -> {
            String typed = request.getUserText().toLowerCase(messages.locale());
            return list.regions().stream().filter(r -> r.toLowerCase(messages.locale()).contains(typed)).toList();
        });

        rebuildContracts();
        vm.contracts().addListener((ListChangeListener<ProviderFormViewModel.ContractEntry>) c -> rebuildContracts());

        titleLabel.textProperty().bind(vm.titleProperty());
        dirtyLabel.visibleProperty().bind(vm.dirtyProperty());
        dirtyLabel.managedProperty().bind(vm.dirtyProperty());
        formMessage.textProperty().bind(vm.formMessageProperty());
        formMessage.visibleProperty().bind(vm.formMessageProperty().isNotEmpty());
        formMessage.managedProperty().bind(formMessage.visibleProperty());
        vm.formMessageProperty().addListener((o, a, b) -> {
            formMessage.getStyleClass().removeAll("form-message-ok", "form-message-error");
            formMessage.getStyleClass().add(messages.get("provider.form.saved").equals(b) ? "form-message-ok" : "form-message-error");
        });

        var none = vm.modeProperty().isEqualTo(ProviderFormViewModel.Mode.NONE);
        emptyState.visibleProperty().bind(none);
        formBox.visibleProperty().bind(none.not());
        saveButton.disableProperty().bind(vm.busyProperty());
        revertButton.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        deleteButton.visibleProperty().bind(vm.modeProperty().isEqualTo(ProviderFormViewModel.Mode.EDIT));
        deleteButton.disableProperty().bind(vm.busyProperty());
        providerHistoryButton.visibleProperty().bind(vm.modeProperty().isEqualTo(ProviderFormViewModel.Mode.EDIT));
        providerHistoryButton.managedProperty().bind(providerHistoryButton.visibleProperty());
    }

    /** Gives the form its "Geschiedenis" button (the history of the provider as stored). */
    public void setHistory(AuditHistory history) {
        this.history = history;
    }

    @FXML
    private void onHistory() {
        Provider p = vm.original();
        if (history == null || p == null || p.id() == null) {
            return;
        }
        history.open(AuditEntityType.PROVIDER, String.valueOf(p.id()), p.name() + " (" + p.agbCode() + ")",
                providerHistoryButton);
    }

    private void bindText(ProviderField field, TextInputControl input, Label error) {
        input.textProperty().bindBidirectional(vm.textProperty(field));
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.validateField(field);
            }
        });
        input.setId(field.csvColumn() + "Field");
        inputs.put(field, input);
        bindError(field, input, error);
    }

    private void bindError(ProviderField field, Node input, Label error) {
        error.textProperty().bind(vm.errorProperty(field));
        error.visibleProperty().bind(vm.errorProperty(field).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setId(field.csvColumn() + "Error");
        vm.errorProperty(field).addListener((o, a, b) -> {
            if (b.isEmpty()) {
                input.getStyleClass().remove("invalid");
            } else if (!input.getStyleClass().contains("invalid")) {
                input.getStyleClass().add("invalid");
            }
        });
    }

    private void rebuildContracts() {
        contractsBox.getChildren().clear();
        int row = 0;
        for (ProviderFormViewModel.ContractEntry e : vm.contracts()) {
            CheckBox held = new CheckBox(e.insurer().name());
            held.setId("contract-" + e.insurer().id());
            held.selectedProperty().bindBidirectional(e.heldProperty());
            DatePicker since = new DatePicker();
            since.setId("contract-since-" + e.insurer().id());
            DateFields.dutchStyle(since, messages.locale());
            since.setPromptText(messages.get("provider.form.contract-since"));
            since.setAccessibleText(messages.get("provider.form.contract-since") + " " + e.insurer().name());
            since.valueProperty().bindBidirectional(e.sinceProperty());
            since.disableProperty().bind(e.heldProperty().not());
            since.setMaxWidth(Double.MAX_VALUE);
            contractsBox.add(held, 0, row);
            contractsBox.add(since, 1, row);
            GridPane.setHgrow(since, javafx.scene.layout.Priority.ALWAYS);
            row++;
        }
    }

    @FXML
    private void onSave() {
        save(null, null);
    }

    /** Saves; {@code after} runs once the save succeeded, {@code refused} when it was refused (problems shown). */
    public void save(Runnable after, Runnable refused) {
        vm.save(saved -> {
            status.show(messages.get("status.provider.saved", saved.name()));
            list.reloadAfterEdit();
            if (after != null) {
                after.run();
            }
        }, () -> {
            vm.firstInvalid().map(inputs::get).ifPresent(Node::requestFocus);
            if (refused != null) {
                refused.run();
            }
        });
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.isDirty();
    }

    @Override
    public String unsavedSubject() {
        if (vm.modeProperty().get() != ProviderFormViewModel.Mode.NEW) {
            return vm.titleProperty().get();
        }
        String name = vm.textProperty(ProviderField.NAME).get();
        return name == null || name.isBlank() ? messages.get("unsaved.subject.new-provider")
                : messages.get("unsaved.subject.new-provider.named", name.strip());
    }

    @Override
    public void saveChanges(Runnable onSaved, Runnable onRefused) {
        save(onSaved, onRefused);
    }

    @Override
    public void discardChanges() {
        vm.revert();
    }

    @FXML
    private void onRevert() {
        vm.revert();
    }

    @FXML
    private void onDelete() {
        Provider p = vm.original();
        if (p == null || p.id() == null) {
            return;
        }
        boolean yes = dialogs.confirm(messages.get("provider.delete.title"),
                messages.get("provider.delete.header", p.name()),
                messages.get("provider.delete.content", p.agbCode()),
                messages.get("provider.delete.confirm"));
        if (yes) {
            vm.delete(() -> {
                status.show(messages.get("status.provider.deleted", p.name()));
                list.reloadAfterEdit();
            });
        }
    }

    public void focusFirstField() {
        agbField.requestFocus();
    }

    List<Node> inputsForTest() {
        return List.copyOf(inputs.values());
    }
}
