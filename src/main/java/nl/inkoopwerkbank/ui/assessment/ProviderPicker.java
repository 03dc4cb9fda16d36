package nl.inkoopwerkbank.ui.assessment;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import org.controlsfx.control.SearchableComboBox;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;

/**
 * The searchable provider box of the matrix and history tabs, kept in step with the provider shared by
 * the tabs: choosing one sets the shared provider; a provider chosen elsewhere shows here.
 */
final class ProviderPicker {

    private final SearchableComboBox<Provider> box;
    private final AssessmentContext context;
    private boolean syncing;

    ProviderPicker(SearchableComboBox<Provider> box, AssessmentContext context) {
        this.box = box;
        this.context = context;
        box.setConverter(Converters.showing(p -> p == null ? "" : p.name() + " · " + p.place() + " · " + p.agbCode()));
        box.valueProperty().addListener((o, a, p) -> {
            if (!syncing && p != null) {
                context.providerProperty().set(p);
            }
        });
    }

    /** Loads the providers in the background; {@code onLoaded} runs once they are in the box. */
    void load(ProviderService providers, Background background, Runnable onLoaded, Consumer<Throwable> onFailure) {
        background.run(() -> providers.all().stream()
                        .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                list -> {
                    syncing = true;
                    box.getItems().setAll(list);
                    syncing = false;
                    onLoaded.run();
                }, onFailure);
    }

    /** Shows the shared provider in the box (without setting it again). */
    void showCurrent() {
        Provider p = context.provider();
        syncing = true;
        Optional<Provider> inList = p == null ? Optional.empty()
                : box.getItems().stream().filter(x -> x.id().equals(p.id())).findFirst();
        box.setValue(inList.orElse(null));
        syncing = false;
    }
}
