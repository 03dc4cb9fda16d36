package nl.inkoopwerkbank.ui.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import nl.inkoopwerkbank.domain.calendar.CalendarFilter;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter.ProviderScope;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.CalendarTexts;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The state of the calendar screen: every item (loaded in the background), the filters, the items they
 * let through, the chosen item, the view and the day it shows. Changes go through the service in the
 * background; afterwards the items are loaded again and the chosen item stays chosen.
 */
public final class CalendarViewModel {

    /** How the items are shown. */
    public enum Mode { MONTH, WEEK, AGENDA }

    /** What the filters can choose from, read with the items. */
    public record Options(Map<String, String> insurers, Map<String, String> contractTypes, List<Provider> providers,
                          List<Policy> policies) {
    }

    private record Loaded(List<CalendarItem> items, Options options, ProviderScope scope) {
    }

    private final CalendarService service;
    private final PolicyService policies;
    private final ProviderService providers;
    private final Background background;
    private final Messages messages;

    private final ObservableList<CalendarItem> visible = FXCollections.observableArrayList();
    private final ObjectProperty<CalendarItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableSet<String> insurerFilter = FXCollections.observableSet();
    private final ObjectProperty<String> contractTypeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Provider> providerFilter = new SimpleObjectProperty<>();
    private final ObservableSet<Status> statusFilter = FXCollections.observableSet();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Options> options = new SimpleObjectProperty<>(
            new Options(Map.of(), Map.of(), List.of(), List.of()));

    private List<CalendarItem> all = List.of();
    private ProviderScope scope;
    private LocalDate today = LocalDate.now();
    private CalendarTexts texts;

    public CalendarViewModel(CalendarService service, PolicyService policies, ProviderService providers,
                             Background background, Messages messages) {
        this.service = service;
        this.policies = policies;
        this.providers = providers;
        this.background = background;
        this.messages = messages;
        this.texts = new CalendarTexts(messages, List.of());
        insurerFilter.addListener((SetChangeListener<String>) c -> apply());
        statusFilter.addListener((SetChangeListener<Status>) c -> apply());
        contractTypeFilter.addListener((o, a, b) -> apply());
        textFilter.addListener((o, a, b) -> apply());
        providerFilter.addListener((o, a, b) -> reload(null));
    }

    /** Loads every item and the filter choices again; {@code then} runs afterwards on the FX thread. */
    public void reload(Runnable then) {
        loading.set(true);
        Provider p = providerFilter.get();
        background.run(() -> {
            List<Policy> ps = policies.all();
            Map<String, String> insurers = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            ps.stream().sorted(Comparator.comparing((Policy x) -> x.insurer().name())).forEach(x -> {
                insurers.putIfAbsent(x.insurer().id(), x.insurer().name());
                for (ContractType ct : x.contractTypes()) {
                    types.putIfAbsent(ct.id(), ct.name());
                }
            });
            List<Provider> provs = providers.all().stream()
                    .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
            return new Loaded(service.items(), new Options(insurers, types, provs, ps), p == null ? null : service.scope(p));
        }, l -> {
            loading.set(false);
            all = l.items();
            scope = l.scope();
            today = service.today();
            texts = new CalendarTexts(messages, l.options().policies());
            options.set(l.options());
            apply();
            if (then != null) {
                then.run();
            }
        }, e -> {
            loading.set(false);
            countText.set(messages.get("calendar.load-failed", String.valueOf(e.getMessage())));
        });
    }

    /** The filter the controls describe. */
    public CalendarFilter filter() {
        Set<Status> statuses = statusFilter.isEmpty() ? Set.of() : EnumSet.copyOf(statusFilter);
        return new CalendarFilter(Set.copyOf(insurerFilter), contractTypeFilter.get(), scope, statuses, Set.of(), null,
                null, textFilter.get());
    }

    private void apply() {
        String key = selected.get() == null ? null : selected.get().key();
        List<CalendarItem> shown = filter().apply(all);
        visible.setAll(shown);
        countText.set(messages.get("calendar.count", shown.size(), all.size()));
        selected.set(key == null ? null : shown.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null));
    }

    public void clearFilters() {
        insurerFilter.clear();
        statusFilter.clear();
        contractTypeFilter.set(null);
        textFilter.set("");
        providerFilter.set(null);
    }

    /** Chooses the item with this key (and shows its day), when the filters let it through. */
    public boolean select(String key) {
        Optional<CalendarItem> item = visible.stream().filter(i -> i.key().equals(key)).findFirst();
        item.ifPresent(i -> {
            selected.set(i);
            date.set(i.date());
        });
        return item.isPresent();
    }

    /** The day a new item starts on: the chosen item's day, else the day the calendar shows. */
    public LocalDate selectedDay() {
        return selected.get() != null ? selected.get().date() : date.get();
    }

    // ------------------------------------------------------------------------------------------ changes

    /** Runs a change in the background, then reloads; {@code onError} gets what went wrong. */
    public void change(Runnable work, Runnable onDone, Consumer<Throwable> onError) {
        String key = selected.get() == null ? null : selected.get().key();
        background.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> reload(() -> {
            if (key != null) {
                select(key);
            }
            if (onDone != null) {
                onDone.run();
            }
        }), onError);
    }

    public void markDone(List<String> keys, LocalDate on, String note, Runnable onDone, Consumer<Throwable> onError) {
        change(() -> service.markDone(keys, on, note), onDone, onError);
    }

    public void unmarkDone(List<String> keys, Runnable onDone, Consumer<Throwable> onError) {
        change(() -> service.unmarkDone(keys), onDone, onError);
    }

    /** The stored own item behind a calendar key, read in the background. */
    public void ownItem(String key, Consumer<Optional<OwnItem>> onLoaded, Consumer<Throwable> onError) {
        background.run(() -> service.ownItems().stream().filter(o -> o.key().equals(key)).findFirst(), onLoaded,
                onError);
    }

    public void saveOwn(OwnItem item, Consumer<OwnItem> onSaved, Consumer<Throwable> onError) {
        background.run(() -> service.save(item), onSaved, onError);
    }

    public void startTerm(String agb, String policyId, String termId, LocalDate on, String note,
                          Consumer<TermStart> onSaved, Consumer<Throwable> onError) {
        background.run(() -> service.startTerm(agb, policyId, termId, on, note), onSaved, onError);
    }

    public void export(List<CalendarItem> items, Path file, Runnable onDone, Consumer<Throwable> onError) {
        background.run(() -> {
            service.exportIcs(items, file);
            return Boolean.TRUE;
        }, ok -> onDone.run(), onError);
    }

    // ------------------------------------------------------------------------------------------ accessors

    public CalendarService service() {
        return service;
    }

    public CalendarTexts texts() {
        return texts;
    }

    public LocalDate today() {
        return today;
    }

    public ObservableList<CalendarItem> visible() {
        return visible;
    }

    public ObjectProperty<CalendarItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableSet<String> insurerFilter() {
        return insurerFilter;
    }

    public ObjectProperty<String> contractTypeFilterProperty() {
        return contractTypeFilter;
    }

    public ObjectProperty<Provider> providerFilterProperty() {
        return providerFilter;
    }

    public ObservableSet<Status> statusFilter() {
        return statusFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Options> optionsProperty() {
        return options;
    }

    public String ownInsurerId() {
        return service.ownInsurerId();
    }
}
