package nl.inkoopwerkbank.ui.providers;

import java.util.ArrayList;
import java.util.List;

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

import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.ProviderQuery;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.SortKey;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * State of the providers list: search text, filters and sort, and the rows the database returns for
 * them. Every change queries the database in the background; only the newest answer is shown.
 */
public final class ProvidersViewModel {

    private final ProviderService service;
    private final Background background;
    private final Messages messages;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ProviderType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractFilter> contractFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SortKey> sortKey = new SimpleObjectProperty<>(SortKey.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);

    private final ObservableList<ProviderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<Insurer> insurers = FXCollections.observableArrayList();
    private final ObservableList<ContractFilter> contractFilters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private long generation;
    private long total;

    public ProvidersViewModel(ProviderService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        searchText.addListener((o, a, b) -> refresh());
        typeFilter.addListener((o, a, b) -> refresh());
        regionFilter.addListener((o, a, b) -> refresh());
        contractFilter.addListener((o, a, b) -> refresh());
    }

    /** Loads the choice lists (insurers, regions) and the rows. */
    public void start() {
        background.run(() -> new Object[] {service.insurers(), service.regions()}, lists -> {
            @SuppressWarnings("unchecked")
            List<Insurer> ins = (List<Insurer>) lists[0];
            @SuppressWarnings("unchecked")
            List<String> regs = (List<String>) lists[1];
            insurers.setAll(ins);
            setRegions(regs);
            List<ContractFilter> filters = new ArrayList<>();
            for (Insurer i : ins) {
                filters.add(new ContractFilter(i.id(), ContractStatus.CONTRACTED,
                        messages.get("providers.filter.contracted", i.shortName())));
                filters.add(new ContractFilter(i.id(), ContractStatus.NOT_CONTRACTED,
                        messages.get("providers.filter.not-contracted", i.shortName())));
            }
            filters.add(new ContractFilter(null, ContractStatus.NOT_CONTRACTED, messages.get("providers.filter.no-contract")));
            contractFilters.setAll(filters);
            refresh();
        }, e -> countText.set(messages.get("providers.load-failed", e.getMessage())));
    }

    private void setRegions(List<String> regs) {
        String keep = regionFilter.get();
        regions.setAll(regs);
        if (keep != null && !regs.contains(keep)) {
            regionFilter.set(null);
        }
    }

    public ProviderQuery query() {
        ContractFilter cf = contractFilter.get();
        return new ProviderQuery(searchText.get(), typeFilter.get(), regionFilter.get(),
                cf == null ? null : cf.insurerId(), cf == null ? null : cf.status(), sortKey.get(), ascending.get());
    }

    /** Queries again with the current filters; an older answer that arrives late is dropped. */
    public void refresh() {
        long mine = ++generation;
        ProviderQuery q = query();
        loading.set(true);
        background.run(() -> new Object[] {service.search(q), service.count()}, result -> {
            if (mine != generation) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<ProviderRow> found = (List<ProviderRow>) result[0];
            total = (Long) result[1];
            rows.setAll(found);
            countText.set(found.size() == total
                    ? messages.get("providers.count.all", total)
                    : messages.get("providers.count.filtered", found.size(), total));
            loading.set(false);
        }, e -> {
            loading.set(false);
            countText.set(messages.get("providers.load-failed", e.getMessage()));
        });
    }

    /** Regions may change after an edit; reload them with the rows. */
    public void reloadAfterEdit() {
        background.run(service::regions, this::setRegions, e -> { });
        refresh();
    }

    public void sortBy(SortKey key, boolean asc) {
        if (key == sortKey.get() && asc == ascending.get()) {
            return;
        }
        sortKey.set(key);
        ascending.set(asc);
        refresh();
    }

    public void clearFilters() {
        searchText.set("");
        typeFilter.set(null);
        regionFilter.set(null);
        contractFilter.set(null);
    }

    /** Applies a preset from elsewhere (the dashboard): contracted or not with an insurer. */
    public void showContractFilter(String insurerId, ContractStatus status) {
        clearFilters();
        contractFilters.stream()
                .filter(f -> java.util.Objects.equals(f.insurerId(), insurerId) && f.status() == status)
                .findFirst()
                .ifPresent(contractFilter::set);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ProviderType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> regionFilterProperty() {
        return regionFilter;
    }

    public ObjectProperty<ContractFilter> contractFilterProperty() {
        return contractFilter;
    }

    public ObservableList<ProviderRow> rows() {
        return rows;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<Insurer> insurers() {
        return insurers;
    }

    public ObservableList<ContractFilter> contractFilters() {
        return contractFilters;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public String insurerShortName(String id) {
        return insurers.stream().filter(i -> i.id().equals(id)).map(Insurer::shortName).findFirst().orElse(id);
    }
}
