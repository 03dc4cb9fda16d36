package nl.inkoopwerkbank.ui.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderField;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.ProviderValidator;
import nl.inkoopwerkbank.domain.provider.StaleEditException;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The provider being created or edited: one property per field, one error message per field, the
 * contracts per insurer, and whether there are unsaved changes. Knows nothing about controls.
 */
public final class ProviderFormViewModel {

    public enum Mode { NONE, NEW, EDIT }

    /** One insurer row in the contracts part of the form. */
    public static final class ContractEntry {
        private final Insurer insurer;
        private final BooleanProperty held = new SimpleBooleanProperty(false);
        private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();

        ContractEntry(Insurer insurer) {
            this.insurer = insurer;
        }

        public Insurer insurer() {
            return insurer;
        }

        public BooleanProperty heldProperty() {
            return held;
        }

        public ObjectProperty<LocalDate> sinceProperty() {
            return since;
        }
    }

    private final ProviderService service;
    private final Background background;
    private final Messages messages;

    private final Map<ProviderField, StringProperty> text = new EnumMap<>(ProviderField.class);
    private final ObjectProperty<ProviderType> type = new SimpleObjectProperty<>();
    private final ObservableList<ContractEntry> contracts = FXCollections.observableArrayList();
    private final Map<ProviderField, ReadOnlyStringWrapper> errors = new EnumMap<>(ProviderField.class);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");

    private Provider original;
    private boolean loading;

    public ProviderFormViewModel(ProviderService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        for (ProviderField f : ProviderField.values()) {
            if (f != ProviderField.TYPE && f != ProviderField.CONTRACTS) {
                StringProperty p = new SimpleStringProperty("");
                p.addListener(this::changed);
                text.put(f, p);
            }
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        type.addListener(this::changed);
    }

    /** The insurers offered in the contracts part; called once the list is known. */
    public void setInsurers(List<Insurer> insurers) {
        contracts.clear();
        for (Insurer i : insurers) {
            ContractEntry e = new ContractEntry(i);
            e.held.addListener(this::changed);
            e.since.addListener(this::changed);
            contracts.add(e);
        }
    }

    private void changed(Observable o) {
        if (!loading) {
            dirty.set(mode.get() != Mode.NONE && !toProvider().sameContent(original));
            if (!formMessage.get().isEmpty() && dirty.get()) {
                formMessage.set("");
            }
        }
    }

    public void startNew() {
        fill(new Provider(null, "", "", null, "", "", "", "", "", "", "", List.of(), "", 0), Mode.NEW);
    }

    public void edit(Provider p) {
        fill(p, Mode.EDIT);
    }

    public void clear() {
        fill(new Provider(null, "", "", null, "", "", "", "", "", "", "", List.of(), "", 0), Mode.NONE);
    }

    private void fill(Provider p, Mode m) {
        loading = true;
        try {
            original = p;
            mode.set(m);
            set(ProviderField.AGB_CODE, p.agbCode());
            set(ProviderField.NAME, p.name());
            type.set(p.type());
            set(ProviderField.KVK_NUMBER, p.kvkNumber());
            set(ProviderField.STREET, p.street());
            set(ProviderField.POSTCODE, p.postcode());
            set(ProviderField.PLACE, p.place());
            set(ProviderField.REGION, p.region());
            set(ProviderField.CONTACT_PERSON, p.contactPerson());
            set(ProviderField.EMAIL, p.email());
            set(ProviderField.NOTES, p.notes());
            for (ContractEntry e : contracts) {
                Optional<ProviderContract> c = p.contractWith(e.insurer.id());
                e.held.set(c.isPresent());
                e.since.set(c.map(ProviderContract::since).orElse(null));
            }
            errors.values().forEach(w -> w.set(""));
            formMessage.set("");
            title.set(m == Mode.NEW ? messages.get("provider.form.new-title") : nz(p.name()));
            // compare against the normalised form, so an untouched form is never "dirty"
            original = toProvider();
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    private void set(ProviderField f, String v) {
        text.get(f).set(v == null ? "" : v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The form's content as a provider (normalised: trimmed, postcode as {@code 1234 AB}). */
    public Provider toProvider() {
        List<ProviderContract> cs = new ArrayList<>();
        for (ContractEntry e : contracts) {
            if (e.held.get()) {
                cs.add(new ProviderContract(e.insurer.id(), e.since.get()));
            }
        }
        return new Provider(original == null ? null : original.id(),
                ProviderValidator.normalizeNumber(get(ProviderField.AGB_CODE)),
                get(ProviderField.NAME), type.get(),
                ProviderValidator.normalizeNumber(get(ProviderField.KVK_NUMBER)),
                get(ProviderField.STREET),
                ProviderValidator.normalizePostcode(get(ProviderField.POSTCODE)),
                get(ProviderField.PLACE), get(ProviderField.REGION), get(ProviderField.CONTACT_PERSON),
                get(ProviderField.EMAIL), cs, get(ProviderField.NOTES),
                original == null ? 0 : original.version());
    }

    private String get(ProviderField f) {
        return text.get(f).get() == null ? "" : text.get(f).get().trim();
    }

    /**
     * Checks one field, as when the user leaves it. The postcode is tidied to {@code 1234 AB}; the
     * AGB-code is also checked for uniqueness against the database.
     */
    public void validateField(ProviderField field) {
        if (mode.get() == Mode.NONE) {
            return;
        }
        if (field == ProviderField.POSTCODE) {
            String norm = ProviderValidator.normalizePostcode(get(ProviderField.POSTCODE));
            if (!norm.equals(text.get(ProviderField.POSTCODE).get())) {
                text.get(ProviderField.POSTCODE).set(norm);
            }
        }
        Optional<Violation> v;
        if (field == ProviderField.TYPE) {
            v = type.get() == null ? Optional.of(Violation.of(field.csvColumn(), "validation.required")) : Optional.empty();
        } else if (field == ProviderField.CONTRACTS) {
            v = Optional.empty();
        } else {
            String value = field == ProviderField.AGB_CODE || field == ProviderField.KVK_NUMBER
                    ? ProviderValidator.normalizeNumber(get(field)) : get(field);
            v = ProviderValidator.validateField(field, value);
        }
        errors.get(field).set(v.map(messages::format).orElse(""));
        if (v.isEmpty() && field == ProviderField.AGB_CODE) {
            String agb = ProviderValidator.normalizeNumber(get(ProviderField.AGB_CODE));
            Long id = original == null ? null : original.id();
            background.run(() -> service.agbCodeTaken(agb, id), taken -> {
                if (taken && agb.equals(ProviderValidator.normalizeNumber(get(ProviderField.AGB_CODE)))) {
                    errors.get(ProviderField.AGB_CODE).set(messages.get("validation.agb.taken", agb));
                }
            }, e -> { });
        }
    }

    /** Checks every field; returns the first invalid field, if any. */
    public Optional<ProviderField> validateAll() {
        List<Violation> violations = ProviderValidator.validate(toProvider());
        showViolations(violations);
        return firstInvalid();
    }

    private void showViolations(List<Violation> violations) {
        errors.values().forEach(w -> w.set(""));
        for (Violation v : violations) {
            for (ProviderField f : ProviderField.values()) {
                if (f.csvColumn().equals(v.field()) && errors.get(f).get().isEmpty()) {
                    errors.get(f).set(messages.format(v));
                }
            }
        }
        long n = errors.values().stream().filter(w -> !w.get().isEmpty()).count();
        formMessage.set(n == 0 ? "" : messages.get("provider.form.invalid", n));
    }

    public Optional<ProviderField> firstInvalid() {
        for (ProviderField f : ProviderField.values()) {
            if (!errors.get(f).get().isEmpty()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Validates and saves in the background. {@code onSaved} gets the stored provider; when the input is
     * refused the errors show at the fields and {@code onRefused} runs.
     */
    public void save(Consumer<Provider> onSaved, Runnable onRefused) {
        if (validateAll().isPresent()) {
            onRefused.run();
            return;
        }
        Provider p = toProvider();
        busy.set(true);
        background.run(() -> service.save(p), saved -> {
            busy.set(false);
            edit(saved);
            formMessage.set(messages.get("provider.form.saved"));
            onSaved.accept(saved);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException ve) {
                showViolations(ve.violations());
            } else if (e instanceof StaleEditException) {
                formMessage.set(messages.get("provider.form.stale"));
            } else {
                formMessage.set(messages.get("provider.form.save-failed", String.valueOf(e.getMessage())));
            }
            onRefused.run();
        });
    }

    /** Puts the last saved values back. */
    public void revert() {
        if (mode.get() == Mode.EDIT) {
            fill(original, Mode.EDIT);
        } else if (mode.get() == Mode.NEW) {
            startNew();
        }
    }

    public void delete(Runnable onDeleted) {
        if (mode.get() != Mode.EDIT || original.id() == null) {
            return;
        }
        long id = original.id();
        busy.set(true);
        background.run(() -> service.delete(id), deleted -> {
            busy.set(false);
            clear();
            onDeleted.run();
        }, e -> {
            busy.set(false);
            formMessage.set(messages.get("provider.form.delete-failed", String.valueOf(e.getMessage())));
        });
    }

    public StringProperty textProperty(ProviderField f) {
        return text.get(f);
    }

    public ObjectProperty<ProviderType> typeProperty() {
        return type;
    }

    public ObservableList<ContractEntry> contracts() {
        return contracts;
    }

    public ReadOnlyStringProperty errorProperty(ProviderField f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    /** The provider as last loaded or saved (null id when new). */
    public Provider original() {
        return original;
    }
}
