package nl.inkoopwerkbank.ui.backup;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;

/** A list of backups (date, reason, size), newest first, and what the selected one holds. */
public final class BackupListController {

    private final BackupTexts texts;
    private final Messages messages;

    @FXML private HBox root;
    @FXML private TableView<BackupInfo> backupTable;
    @FXML private TableColumn<BackupInfo, String> backupWhenColumn;
    @FXML private TableColumn<BackupInfo, String> backupReasonColumn;
    @FXML private TableColumn<BackupInfo, String> backupSizeColumn;
    @FXML private VBox backupDetails;
    @FXML private Label backupDetailTitle;
    @FXML private GridPane backupDetailFacts;
    @FXML private Label backupDetailReason;
    @FXML private Label backupDetailSize;
    @FXML private Label backupDetailEncrypted;
    @FXML private Label backupDetailVersion;
    @FXML private Label backupDetailFile;
    @FXML private VBox backupContents;

    public BackupListController(BackupTexts texts) {
        this.texts = texts;
        this.messages = texts.messages();
    }

    @FXML
    private void initialize() {
        backupWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.when(c.getValue().createdAt())));
        backupReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.reason(c.getValue())));
        backupSizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.size(c.getValue().sizeBytes())));
        backupWhenColumn.setSortable(false);
        backupReasonColumn.setSortable(false);
        backupSizeColumn.setSortable(false);
        backupTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails(b));
        showDetails(null);
    }

    /** Shows these backups (newest first) and selects {@code selectId}, or the newest when it is not among them. */
    public void setBackups(List<BackupInfo> backups, String selectId) {
        backupTable.getItems().setAll(backups);
        BackupInfo pick = backups.stream().filter(b -> b.id().equals(selectId)).findFirst()
                .orElse(backups.isEmpty() ? null : backups.get(0));
        if (pick != null) {
            backupTable.getSelectionModel().select(pick);
            backupTable.scrollTo(pick);
        } else {
            backupTable.getSelectionModel().clearSelection();
        }
        showDetails(pick);
    }

    public ReadOnlyObjectProperty<BackupInfo> selectedProperty() {
        return backupTable.getSelectionModel().selectedItemProperty();
    }

    public BackupInfo selected() {
        return backupTable.getSelectionModel().getSelectedItem();
    }

    private void showDetails(BackupInfo b) {
        backupContents.getChildren().clear();
        if (b == null) {
            backupDetailTitle.setText(messages.get("backups.detail.none"));
            backupDetailFacts.setVisible(false);
            return;
        }
        backupDetailFacts.setVisible(true);
        backupDetailTitle.setText(texts.title(b));
        backupDetailReason.setText(texts.reason(b));
        backupDetailSize.setText(texts.size(b.sizeBytes()));
        backupDetailEncrypted.setText(messages.get(b.encrypted() ? "backups.detail.encrypted.yes" : "backups.detail.encrypted.no"));
        backupDetailVersion.setText(b.schemaVersion().isBlank() ? messages.get("backups.detail.version.unknown") : b.schemaVersion());
        backupDetailFile.setText(b.id());
        List<String> lines = texts.contents(b);
        if (lines.isEmpty()) {
            Label unknown = new Label(messages.get("backups.detail.contents.unknown"));
            unknown.setWrapText(true);
            unknown.getStyleClass().add("muted");
            unknown.setId("backupContentsUnknown");
            backupContents.getChildren().add(unknown);
        } else {
            for (String line : lines) {
                Label l = new Label(line);
                l.getStyleClass().add("backup-count");
                backupContents.getChildren().add(l);
            }
        }
    }

    public HBox root() {
        return root;
    }
}
