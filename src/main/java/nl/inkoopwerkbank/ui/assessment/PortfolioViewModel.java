package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * Every provider against one contract of one policy, computed in the background with progress and
 * cancel; filtered by outcome and tier on the computed rows.
 */
public final class PortfolioViewModel {

    /** The tier filter's "every tier" and "no tier" entries besides the tier ids. */
    public static final String ANY_TIER = "*";
    public static final String NO_TIER = "-";

    private final AssessmentService service;
    private final Background background;
    private final Messages messages;

    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractType> contract = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty tier = new SimpleStringProperty(ANY_TIER);
    private final ObservableList<AssessmentService.PortfolioEntry> rows = FXCollections.observableArrayList();
    private final FilteredList<AssessmentService.PortfolioEntry> filtered = new FilteredList<>(rows, r -> true);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty summary = new SimpleStringProperty("");
    private AtomicBoolean cancel = new AtomicBoolean();
    private long generation;

    public PortfolioViewModel(AssessmentService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        outcome.addListener((o, a, b) -> refilter());
        tier.addListener((o, a, b) -> refilter());
        contract.addListener((o, a, b) -> compute());
    }

    public void start() {
        background.run(service::policies, policies::setAll,
                e -> summary.set(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    /** Computes the portfolio for the chosen contract; a running computation is cancelled first. */
    public void compute() {
        cancel.set(true);
        Policy p = policy.get();
        ContractType c = contract.get();
        rows.clear();
        if (p == null || c == null) {
            summary.set("");
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        long gen = ++generation;
        running.set(true);
        progress.set(0);
        background.run(() -> service.portfolio(p, c, null, (done, total) -> onFx(() -> {
            if (gen == generation) {
                progress.set(total == 0 ? 1 : (double) done / total);
            }
        }), mine::get), list -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            rows.setAll(list);
            refilter();
            if (mine.get()) {
                summary.set(messages.get("portfolio.cancelled", list.size()));
            }
        }, e -> {
            running.set(false);
            summary.set(messages.get("assessment.load-failed", String.valueOf(e.getMessage())));
        });
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    public void cancel() {
        cancel.set(true);
    }

    private void refilter() {
        Outcome o = outcome.get();
        String t = tier.get();
        filtered.setPredicate(r -> (o == null || r.assessment().outcome() == o)
                && (t == null || ANY_TIER.equals(t)
                || (NO_TIER.equals(t) ? r.assessment().tier() == null
                : r.assessment().tier() != null && r.assessment().tier().id().equals(t))));
        long eligible = rows.stream().filter(r -> r.assessment().outcome() == Outcome.ELIGIBLE).count();
        long notEligible = rows.stream().filter(r -> r.assessment().outcome() == Outcome.NOT_ELIGIBLE).count();
        long incomplete = rows.size() - eligible - notEligible;
        if (!running.get() && !cancel.get()) {
            summary.set(messages.get("portfolio.summary", filtered.size(), rows.size(), eligible, notEligible, incomplete));
        }
    }

    public List<String> tierChoices() {
        ContractType c = contract.get();
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(ANY_TIER);
        if (c != null) {
            c.tiers().forEach(t -> out.add(t.id()));
        }
        out.add(NO_TIER);
        return out;
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObjectProperty<ContractType> contractProperty() {
        return contract;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty tierProperty() {
        return tier;
    }

    public FilteredList<AssessmentService.PortfolioEntry> rows() {
        return filtered;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public AssessmentTexts texts() {
        return new AssessmentTexts(messages, service.catalog());
    }
}
