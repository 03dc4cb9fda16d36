package nl.inkoopwerkbank.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ExportService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The print preview of one provider's contract summary: which policy and contract type, the rendered
 * pages, and saving the PDF. Rendering runs in the background; a newer choice supersedes a running one.
 */
public final class SummaryPreviewViewModel {

    /**
     * Resolution the pages are rendered at: 1.5 times screen size, so "page width" (scaled down) stays sharp
     * and "large" shows them at 150%.
     */
    static final float PREVIEW_DPI = 144f;

    private final ExportService exports;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObservableList<ContractType> contractTypes = FXCollections.observableArrayList();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    /** Null means every contract type of the policy the provider could hold. */
    private final ObjectProperty<ContractType> contractType = new SimpleObjectProperty<>();
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    private Provider provider;
    private byte[] pdf;

    public SummaryPreviewViewModel(ExportService exports, Background background, Messages messages) {
        this.exports = exports;
        this.background = background;
        this.messages = messages;
    }

    /** Starts on a provider with the policy that fits best (the own insurer's newest). */
    public void open(Provider p) {
        this.provider = p;
        List<Policy> list = exports.policiesFor(p);
        policies.setAll(list);
        policy.set(list.isEmpty() ? null : list.get(0));
        updateContractTypes();
        policy.addListener((o, a, b) -> {
            updateContractTypes();
            render();
        });
        contractType.addListener((o, a, b) -> render());
        if (list.isEmpty()) {
            status.set(messages.get("export.preview.no-policy", p.name()));
        } else {
            render();
        }
    }

    private void updateContractTypes() {
        Policy pol = policy.get();
        contractType.set(null);
        contractTypes.setAll(pol == null ? List.of()
                : nl.inkoopwerkbank.domain.summary.ContractSummary.contractTypesFor(pol, provider.type(), null));
    }

    /** Renders the summary for the current choice; the pages appear when done. */
    public void render() {
        Policy pol = policy.get();
        if (provider == null || pol == null) {
            return;
        }
        long gen = generation.incrementAndGet();
        ContractType ct = contractType.get();
        float dpi = PREVIEW_DPI;
        busy.set(true);
        status.set(messages.get("export.preview.rendering"));
        background.run(() -> {
            byte[] bytes = exports.summaryPdf(provider, pol, ct == null ? null : ct.id(), messages);
            return new Rendered(bytes, PageImages.of(exports.pages(bytes, dpi)));
        }, r -> {
            if (gen != generation.get()) {
                return;
            }
            busy.set(false);
            pdf = r.pdf();
            pages.setAll(r.images());
            status.set(messages.get("export.preview.pages", r.images().size()));
        }, e -> {
            if (gen != generation.get()) {
                return;
            }
            busy.set(false);
            pdf = null;
            pages.clear();
            status.set(messages.get("export.preview.failed", String.valueOf(e.getMessage())));
        });
    }

    private record Rendered(byte[] pdf, List<Image> images) {
    }

    /** The file name a save dialog proposes. */
    public String suggestedFileName() {
        Policy pol = policy.get();
        return pol == null ? "samenvatting.pdf" : ExportService.fileName(provider, pol);
    }

    /** Saves the PDF as shown; {@code done} gets the path, {@code failed} the error. */
    public void save(Path target, java.util.function.Consumer<Path> done, java.util.function.Consumer<Throwable> failed) {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            exports.savePdf(bytes, target);
            return target;
        }, p -> {
            busy.set(false);
            status.set(messages.get("export.preview.saved", p.toString()));
            done.accept(p);
        }, e -> {
            busy.set(false);
            status.set(messages.get("export.preview.save-failed", target.toString(), String.valueOf(e.getMessage())));
            failed.accept(e);
        });
    }

    /** The PDF bytes as shown (null while rendering or after a failure). */
    public byte[] pdf() {
        return pdf;
    }

    public Provider provider() {
        return provider;
    }

    public ExportService exports() {
        return exports;
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

    public ObservableList<Image> pages() {
        return pages;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
