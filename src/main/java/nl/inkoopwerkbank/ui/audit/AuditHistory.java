package nl.inkoopwerkbank.ui.audit;

import javafx.scene.Node;
import javafx.stage.Window;

import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/** Opens the history dialog of a record; the screens with a "Geschiedenis" button get one of these. */
public final class AuditHistory {

    private final ViewLoader views;

    public AuditHistory(ViewLoader views) {
        this.views = views;
    }

    /**
     * Shows the history of one record and waits until it is closed.
     *
     * @param title how the dialog names the record ("Geschiedenis van {title}")
     * @param from  a node of the calling screen (its window owns the dialog); may be null
     */
    public void open(AuditEntityType type, String key, String title, Node from) {
        Window owner = from == null || from.getScene() == null ? null : from.getScene().getWindow();
        ViewLoader.Loaded<AuditHistoryController> d = views.load(View.AUDIT_HISTORY_DIALOG);
        d.controller().show(type, key, title, owner);
    }
}
