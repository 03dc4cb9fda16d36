package nl.inkoopwerkbank.ui.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * Batch export of contract summaries: a policy (and optionally one contract type), the providers it
 * covers with a tick each, one PDF per provider or one combined PDF; the export runs in the background
 * with progress and can be cancelled (nothing is written then).
 */
public final class BatchExportViewModel {

    /** A provider in the list with its tick. */
    public static final class Choice {
        private final Provider provider;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        Choice(Provider provider) {
            this.provider = provider;
        }

        public Provider provider() {
            return provider;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    private final ExportService exports;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObservableList<ContractType> contractTypes = FXCollections.observableArrayList();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractType> contractType = new SimpleObjectProperty<>();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(c -> new Observable[] {c.selectedProperty()});
    private final IntegerProperty selectedCount = new SimpleIntegerProperty();
    private final BooleanProperty combined = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();
    /** Providers to keep ticked when the list is first filled (from the portfolio screen); null = all. */
    private Set<Long> preset;

    public BatchExportViewModel(ExportService exports, Background background, Messages messages) {
        this.exports = exports;
        this.background = background;
        this.messages = messages;
        choices.addListener((ListChangeListener<Choice>) c -> selectedCount.set(
                (int) choices.stream().filter(x -> x.selectedProperty().get()).count()));
        policy.addListener((o, a, b) -> {
            contractTypes.setAll(b == null ? List.of() : b.contractTypes());
            contractType.set(null);
            refill();
        });
        contractType.addListener((o, a, b) -> refill());
    }

    /** Opens on a policy, contract type and providers (any may be null: the first policy, all types, all providers). */
    public void open(Policy startPolicy, ContractType startType, Collection<Provider> tick) {
        preset = tick == null ? null : tick.stream().map(Provider::id).collect(Collectors.toSet());
        policies.setAll(exports.policies());
        Policy p = startPolicy != null ? startPolicy : policies.isEmpty() ? null : policies.get(0);
        policy.set(p);
        if (startType != null) {
            contractType.set(startType);
        }
        preset = null;
    }

    private void refill() {
        Policy p = policy.get();
        if (p == null) {
            choices.clear();
            return;
        }
        ContractType c = contractType.get();
        List<Choice> list = exports.providersFor(p, c == null ? null : c.id()).stream().map(Choice::new).toList();
        if (preset != null) {
            list.forEach(x -> x.selectedProperty().set(preset.contains(x.provider().id())));
        }
        choices.setAll(list);
        status.set("");
        progress.set(0);
    }

    public void selectAll(boolean on) {
        choices.forEach(c -> c.selectedProperty().set(on));
    }

    public List<Provider> selectedProviders() {
        return choices.stream().filter(c -> c.selectedProperty().get()).map(Choice::provider).toList();
    }

    /** The name a save dialog proposes for the combined PDF. */
    public String suggestedFileName() {
        Policy p = policy.get();
        return (p == null ? "samenvattingen" : messages.get("export.batch.file", p.id())) + ".pdf";
    }

    /** Writes the summaries of the ticked providers to {@code target} (a folder, or a .pdf file when combined). */
    public void export(Path target) {
        List<Provider> list = selectedProviders();
        Policy p = policy.get();
        if (list.isEmpty() || p == null || running.get()) {
            return;
        }
        ContractType c = contractType.get();
        boolean together = combined.get();
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        running.set(true);
        progress.set(0);
        status.set(messages.get("export.batch.running", 0, list.size()));
        background.run(() -> exports.writeSummaries(list, p, c == null ? null : c.id(), target, together, messages,
                (done, total) -> ExportChoices.onFx(() -> {
                    progress.set(total == 0 ? 1 : (double) done / total);
                    status.set(messages.get("export.batch.running", Math.min(done, list.size()), list.size()));
                }), mine::get), r -> {
            running.set(false);
            progress.set(1);
            status.set(together ? messages.get("export.batch.done.combined", r.summaries(), target.toString())
                    : messages.get("export.batch.done.folder", r.summaries(), target.toString()));
        }, e -> {
            running.set(false);
            progress.set(0);
            status.set(e instanceof CancellationException ? messages.get("export.batch.cancelled")
                    : messages.get("export.batch.failed", String.valueOf(e.getMessage())));
        });
    }

    public void cancel() {
        cancel.set(true);
    }


    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObservableList<ContractType> contractTypes() {
        return contractTypes;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObjectProperty<ContractType> contractTypeProperty() {
        return contractType;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public IntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public BooleanProperty combinedProperty() {
        return combined;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
