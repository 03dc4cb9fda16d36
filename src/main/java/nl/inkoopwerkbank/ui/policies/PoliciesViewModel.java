package nl.inkoopwerkbank.ui.policies;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * State of the policy library: every policy, what is selected (a policy, or one of its contract
 * types), and the full-text search with its hits. The database is read in the background.
 */
public final class PoliciesViewModel {

    /** What the detail pane shows: a whole policy, or one contract type of it. */
    public record Selection(Policy policy, ContractType contractType) {
    }

    private final PolicyService service;
    private final Background background;
    private final Messages messages;

    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<PolicyService.Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long generation;

    public PoliciesViewModel(PolicyService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        searchText.addListener((o, a, b) -> search());
    }

    public void start() {
        reload(null);
    }

    /** Loads the policies again (after a clone or an edit); {@code then} runs once they are shown. */
    public void reload(Runnable then) {
        background.run(service::all, list -> {
            policies.setAll(list);
            status.set(messages.get("policies.count", list.size()));
            if (then != null) {
                then.run();
            }
        }, e -> status.set(messages.get("policies.load-failed", String.valueOf(e.getMessage()))));
    }

    private void search() {
        long mine = ++generation;
        String q = searchText.get();
        if (q == null || q.isBlank()) {
            hits.clear();
            status.set(messages.get("policies.count", policies.size()));
            return;
        }
        background.run(() -> service.search(q), found -> {
            if (mine == generation) {
                hits.setAll(found);
                status.set(messages.get("policies.search.count", found.size()));
            }
        }, e -> status.set(messages.get("policies.load-failed", String.valueOf(e.getMessage()))));
    }

    public void select(Policy policy, ContractType contractType) {
        selection.set(policy == null ? null : new Selection(policy, contractType));
    }

    public boolean searching() {
        return searchText.get() != null && !searchText.get().isBlank();
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<PolicyService.Hit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The requirements the detail pane lists for the selection. */
    public List<nl.inkoopwerkbank.domain.policy.Requirement> requirementsOfSelection() {
        Selection s = selection.get();
        if (s == null) {
            return List.of();
        }
        return s.contractType() == null ? s.policy().requirements() : s.policy().requirementsFor(s.contractType().id());
    }
}
