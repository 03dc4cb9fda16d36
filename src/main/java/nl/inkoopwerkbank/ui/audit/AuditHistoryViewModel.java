package nl.inkoopwerkbank.ui.audit;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AuditService;
import nl.inkoopwerkbank.ui.common.Background;

/** The history of one record: its entries newest first, the chosen one's changes, and a status line. */
public final class AuditHistoryViewModel {

    private final AuditService audit;
    private final Background background;
    private final Messages messages;

    private final ObservableList<AuditService.Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<AuditService.Item> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditService.Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditHistoryViewModel(AuditService audit, Background background, Messages messages) {
        this.audit = audit;
        this.background = background;
        this.messages = messages;
        selected.addListener((o, a, b) -> changes.setAll(b == null ? List.of() : b.changes()));
    }

    /** Reads the history of one record (off the FX thread) and chooses the newest entry. */
    public void load(AuditEntityType type, String key) {
        status.set(messages.get("audit.history.loading"));
        background.run(() -> audit.history(type, key, messages), list -> {
            items.setAll(list);
            status.set(messages.get("audit.history.count", list.size()));
            selected.set(list.isEmpty() ? null : list.get(0));
        }, e -> {
            items.clear();
            status.set(messages.get("audit.history.failed", String.valueOf(e.getMessage())));
        });
    }

    public ObservableList<AuditService.Item> items() {
        return items;
    }

    public ObjectProperty<AuditService.Item> selectedProperty() {
        return selected;
    }

    public ObservableList<AuditService.Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
