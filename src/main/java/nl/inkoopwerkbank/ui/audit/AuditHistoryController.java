package nl.inkoopwerkbank.ui.audit;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AuditService;

/**
 * The history dialog of one record: its changes newest first (when, who, what, which fields), and for
 * the chosen change every field's value before and after.
 */
public final class AuditHistoryController {

    private final AuditHistoryViewModel vm;
    private final Messages messages;
    private final List<String> stylesheets;

    @FXML private DialogPane pane;
    @FXML private Label auditStatus;
    @FXML private TableView<AuditService.Item> auditEntries;
    @FXML private TableColumn<AuditService.Item, String> whenColumn;
    @FXML private TableColumn<AuditService.Item, String> whoColumn;
    @FXML private TableColumn<AuditService.Item, String> actionColumn;
    @FXML private TableColumn<AuditService.Item, String> fieldsColumn;
    @FXML private Label auditDetailTitle;
    @FXML private TableView<AuditService.Change> auditChanges;
    @FXML private TableColumn<AuditService.Change, String> fieldColumn;
    @FXML private TableColumn<AuditService.Change, String> beforeColumn;
    @FXML private TableColumn<AuditService.Change, String> afterColumn;

    public AuditHistoryController(AuditHistoryViewModel vm, Messages messages, List<String> stylesheets) {
        this.vm = vm;
        this.messages = messages;
        this.stylesheets = stylesheets;
    }

    @FXML
    private void initialize() {
        auditEntries.setItems(vm.items());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().when()));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        fieldsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        auditEntries.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && auditEntries.getSelectionModel().getSelectedItem() != b) {
                auditEntries.getSelectionModel().select(b);
            }
            auditDetailTitle.setText(b == null ? messages.get("audit.history.choose")
                    : messages.get("audit.history.detail", b.action(), b.when(), b.who()));
        });

        auditChanges.setItems(vm.changes());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        beforeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before()));
        afterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().after()));
        for (TableColumn<AuditService.Change, String> col : List.of(fieldColumn, beforeColumn, afterColumn)) {
            col.setCellFactory(c -> new WrappingCell());
        }
        auditStatus.textProperty().bind(vm.statusProperty());
        auditDetailTitle.setText(messages.get("audit.history.choose"));
    }

    /** Shows the history of one record and waits until the dialog is closed. */
    public void show(AuditEntityType type, String key, String title, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("audit.history.title"));
        pane.setHeaderText(messages.get("audit.history.header", title));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        pane.getStylesheets().setAll(stylesheets);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        ((Button) pane.lookupButton(close)).setId("auditClose");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        vm.load(type, key);
        dialog.showAndWait();
    }

    /** A cell whose text wraps, so a long note or description is read whole. */
    private static final class WrappingCell extends TableCell<AuditService.Change, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("audit-cell-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
            setText(null);
        }
    }
}
