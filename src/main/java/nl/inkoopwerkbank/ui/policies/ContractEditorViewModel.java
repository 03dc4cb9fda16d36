package nl.inkoopwerkbank.ui.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;

/** A contract type being edited: name, duration, how it is offered, negotiable, open to new providers, notes. */
public final class ContractEditorViewModel {

    private final Policy policy;
    private final ContractType original;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty durationText = new SimpleStringProperty();
    private final StringProperty extensionYears = new SimpleStringProperty();
    private final StringProperty offeredVia = new SimpleStringProperty();
    private final BooleanProperty negotiable = new SimpleBooleanProperty();
    private final BooleanProperty newProviders = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty();
    /** What the editor showed when it opened. */
    private final List<Object> shown;

    public ContractEditorViewModel(Policy policy, ContractType contract, Messages messages) {
        this.policy = policy;
        this.original = contract;
        this.messages = messages;
        name.set(contract.name());
        ContractType.Duration d = contract.duration();
        start.set(d == null ? null : d.start());
        end.set(d == null ? null : d.end());
        durationText.set(d == null || d.description() == null ? "" : d.description());
        extensionYears.set(d == null ? "0" : String.valueOf(d.extensionIntentYears()));
        offeredVia.set(String.join(", ", contract.offeredVia()));
        negotiable.set(contract.negotiable());
        newProviders.set(contract.newProviders());
        notes.set(contract.notes() == null ? "" : contract.notes());
        shown = values();
    }

    /** True when the buyer changed anything since the editor opened. */
    public boolean changed() {
        return !values().equals(shown);
    }

    private List<Object> values() {
        return java.util.Arrays.asList(text(name), start.get(), end.get(), text(durationText), text(extensionYears), text(offeredVia), negotiable.get(), newProviders.get(), text(notes));
    }

    /** A text field shows null as empty: both count as the same. */
    private static Object text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    /** The policy as it was when the editor opened. */
    public Policy policy() {
        return policy;
    }

    public Policy edited(List<String> errors) {
        if (name.get() == null || name.get().isBlank()) {
            errors.add(messages.get("editor.contract.name-required"));
        }
        int ext = 0;
        try {
            ext = Integer.parseInt(extensionYears.get() == null || extensionYears.get().isBlank() ? "0" : extensionYears.get().trim());
            if (ext < 0 || ext > 10) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(messages.get("editor.contract.extension-invalid", extensionYears.get()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        ContractType.Duration d = new ContractType.Duration(start.get(), end.get(),
                durationText.get() == null || durationText.get().isBlank() ? null : durationText.get().trim(), ext);
        List<String> via = Arrays.stream(offeredVia.get() == null ? new String[0] : offeredVia.get().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        ContractType c = new ContractType(original.id(), name.get().trim(), original.kind(), original.requires(),
                original.providerTypes(), d, via, negotiable.get(), newProviders.get(), original.tiers(), original.source(),
                notes.get() == null || notes.get().isBlank() ? null : notes.get().trim());
        List<ContractType> all = new ArrayList<>();
        for (ContractType x : policy.contractTypes()) {
            all.add(x.id().equals(original.id()) ? c : x);
        }
        return new Policy(policy.id(), policy.insurer(), policy.year(), policy.domain(), policy.title(), policy.source(),
                policy.notes(), all, policy.requirements(), policy.deadlines(), policy.relativeTerms(),
                policy.quoteContents(), policy.calculations(), policy.ambiguities());
    }

    public ContractType original() {
        return original;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty durationTextProperty() {
        return durationText;
    }

    public StringProperty extensionYearsProperty() {
        return extensionYears;
    }

    public StringProperty offeredViaProperty() {
        return offeredVia;
    }

    public BooleanProperty negotiableProperty() {
        return negotiable;
    }

    public BooleanProperty newProvidersProperty() {
        return newProviders;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
