package nl.inkoopwerkbank.ui.assessment;

import nl.inkoopwerkbank.service.AssessmentTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactInput;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Questionnaire;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.AssessmentService;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The checklist: choose a provider, then an insurer's contract (or every insurer), then walk the
 * questions topic by topic, then the result. Every answer is stored the moment it is given, so closing
 * the window or a crash loses nothing; the sheet of known facts prefills every question.
 */
public final class WizardViewModel {

    public enum Step { PROVIDER, TARGET, QUESTIONS, RESULT }

    /** "Every insurer" or one policy (and optionally one of its contract types). */
    public record Scope(Policy policy, ContractType contract) {
        public boolean all() {
            return policy == null;
        }
    }

    /** One input of a question: the fact, and the insurer for an insurer-scoped fact ("" otherwise). */
    public record Slot(FactDefinition fact, String insurerId, String insurerName) {
        public String id() {
            return fact.key() + (insurerId.isEmpty() ? "" : "@" + insurerId);
        }
    }

    private final AssessmentService service;
    private final ProviderService providers;
    private final Background background;
    private final Messages messages;
    private final AssessmentContext context;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PROVIDER);
    private final ObservableList<Provider> allProviders = FXCollections.observableArrayList();
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(new Scope(null, null));
    private final ObjectProperty<FactSheet> sheet = new SimpleObjectProperty<>(FactSheet.EMPTY);
    private final ObservableList<Questionnaire.Topic> topics = FXCollections.observableArrayList();
    private final IntegerProperty topicIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty answered = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final ObservableList<ContractAssessment> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty providerFilter = new SimpleStringProperty("");
    private final Set<String> skipped = new LinkedHashSet<>();
    private List<Questionnaire.Target> targets = List.of();

    public WizardViewModel(AssessmentService service, ProviderService providers, Background background, Messages messages,
                           AssessmentContext context) {
        this.service = service;
        this.providers = providers;
        this.background = background;
        this.messages = messages;
        this.context = context;
    }

    public void start() {
        background.run(() -> {
            List<Provider> all = new ArrayList<>(providers.all());
            all.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER));
            return new Object[] {all, service.policies()};
        }, loaded -> {
            @SuppressWarnings("unchecked")
            List<Provider> ps = (List<Provider>) loaded[0];
            @SuppressWarnings("unchecked")
            List<Policy> pol = (List<Policy>) loaded[1];
            allProviders.setAll(ps);
            policies.setAll(pol);
        }, e -> status.set(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    public AssessmentTexts texts() {
        return new AssessmentTexts(messages, service.catalog());
    }

    // ---------------------------------------------------------------------------------------------
    // steps

    /** Step 1 -> 2: the provider; its known facts are loaded to prefill the questions. */
    public void chooseProvider(Provider p) {
        if (p == null) {
            return;
        }
        context.providerProperty().set(p);
        background.run(() -> service.sheet(p.id()), s -> {
            sheet.set(s);
            scope.set(new Scope(null, null));
            step.set(Step.TARGET);
        }, e -> status.set(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    /** The policies that offer the provider's type a contract: newest per insurer and care domain first. */
    public List<Policy> policiesForProvider() {
        Provider p = context.provider();
        if (p == null) {
            return List.of();
        }
        return policies.stream().filter(pol -> pol.contractTypes().stream().anyMatch(c -> EligibilityEngine.offersTo(c, p.type())))
                .toList();
    }

    public List<ContractType> contractsFor(Policy policy) {
        Provider p = context.provider();
        return policy == null || p == null ? List.of()
                : policy.contractTypes().stream().filter(c -> EligibilityEngine.offersTo(c, p.type())).toList();
    }

    /** Step 2 -> 3: builds the questions of the chosen scope and opens the first topic. */
    public void chooseScope(Scope s) {
        scope.set(s);
        targets = targetsOf(s);
        List<Questionnaire.Topic> t = Questionnaire.build(service.catalog(), targets).stream()
                .map(topic -> new Questionnaire.Topic(topic.topic(), topic.questions().stream()
                        .filter(q -> context.provider() == null || q.fact().appliesTo(context.provider().type())
                                || q.usedBy().size() > 0).toList()))
                .filter(topic -> !topic.questions().isEmpty()).toList();
        topics.setAll(t);
        skipped.clear();
        topicIndex.set(0);
        recount();
        step.set(t.isEmpty() ? Step.RESULT : Step.QUESTIONS);
        if (t.isEmpty()) {
            assess();
        }
    }

    private List<Questionnaire.Target> targetsOf(Scope s) {
        Provider p = context.provider();
        List<Questionnaire.Target> out = new ArrayList<>();
        if (s.all()) {
            for (Policy pol : newestPerInsurerAndDomain(policiesForProvider())) {
                contractsFor(pol).forEach(c -> out.add(new Questionnaire.Target(pol, c)));
            }
        } else if (s.contract() == null) {
            contractsFor(s.policy()).forEach(c -> out.add(new Questionnaire.Target(s.policy(), c)));
        } else {
            out.add(new Questionnaire.Target(s.policy(), s.contract()));
        }
        return p == null ? List.of() : out;
    }

    static List<Policy> newestPerInsurerAndDomain(List<Policy> list) {
        Map<String, Policy> newest = new LinkedHashMap<>();
        for (Policy p : list) {
            newest.merge(p.insurer().id() + "|" + p.domain(), p, (a, b) -> a.year() >= b.year() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    public void next() {
        if (step.get() == Step.QUESTIONS) {
            if (topicIndex.get() < topics.size() - 1) {
                topicIndex.set(topicIndex.get() + 1);
            } else {
                step.set(Step.RESULT);
                assess();
            }
        } else if (step.get() == Step.TARGET) {
            chooseScope(scope.get());
        }
    }

    /** Leaves the current topic's open questions for later and goes on. */
    public void skip() {
        if (step.get() == Step.QUESTIONS && !topics.isEmpty()) {
            skipped.add(topics.get(topicIndex.get()).topic());
        }
        next();
    }

    public void back() {
        switch (step.get()) {
            case TARGET -> step.set(Step.PROVIDER);
            case QUESTIONS -> {
                if (topicIndex.get() > 0) {
                    topicIndex.set(topicIndex.get() - 1);
                } else {
                    step.set(Step.TARGET);
                }
            }
            case RESULT -> {
                if (topics.isEmpty()) {
                    step.set(Step.TARGET);
                } else {
                    step.set(Step.QUESTIONS);
                    topicIndex.set(topics.size() - 1);
                }
            }
            default -> { }
        }
    }

    public void goToTopic(int index) {
        if (index >= 0 && index < topics.size()) {
            step.set(Step.QUESTIONS);
            topicIndex.set(index);
        }
    }

    public boolean wasSkipped(String topic) {
        return skipped.contains(topic);
    }

    /** Evaluates every target with the facts as they are now. */
    public void assess() {
        Provider p = context.provider();
        if (p == null) {
            return;
        }
        List<Questionnaire.Target> ts = targets;
        FactSheet facts = sheet.get();
        background.run(() -> ts.stream().map(t -> service.assess(p, facts, t.policy(), t.contract())).toList(),
                results::setAll,
                e -> status.set(messages.get("assessment.load-failed", String.valueOf(e.getMessage()))));
    }

    // ---------------------------------------------------------------------------------------------
    // answers

    /** The inputs of a question: one, or one per insurer of the chosen scope for an insurer-scoped fact. */
    public List<Slot> slots(Questionnaire.Question q) {
        if (!q.fact().insurerScoped()) {
            return List.of(new Slot(q.fact(), "", ""));
        }
        Map<String, String> insurers = new LinkedHashMap<>();
        for (Questionnaire.Use u : q.usedBy()) {
            insurers.putIfAbsent(u.policy().insurer().id(), u.policy().insurer().name());
        }
        return insurers.entrySet().stream().map(e -> new Slot(q.fact(), e.getKey(), e.getValue())).toList();
    }

    public FactValue valueOf(Slot slot) {
        return sheet.get().answer(slot.fact().key(), slot.insurerId())
                .filter(a -> a.insurerId().equals(slot.insurerId()))
                .map(FactAnswer::value).orElse(null);
    }

    public Evidence evidenceOf(Slot slot) {
        return sheet.get().answer(slot.fact().key(), slot.insurerId())
                .filter(a -> a.insurerId().equals(slot.insurerId()))
                .map(FactAnswer::evidence).orElse(Evidence.NONE);
    }

    /**
     * Reads typed text for a slot; a refused value returns the message (nothing is stored), an accepted
     * one is stored in the background and {@code onStored} runs once it is.
     */
    public String answerText(Slot slot, String text, Evidence evidence, Runnable onStored) {
        if (text == null || text.isBlank()) {
            clear(slot, onStored);
            return null;
        }
        FactInput.Parsed parsed = FactInput.parse(slot.fact(), text);
        if (!parsed.ok()) {
            return messages.format(parsed.violation());
        }
        answer(slot, parsed.value(), evidence, onStored, m -> { });
        return null;
    }

    /** Stores a typed value (yes/no, choice, list) in the background. */
    public void answer(Slot slot, FactValue value, Evidence evidence, Runnable onStored, Consumer<String> onRefused) {
        Provider p = context.provider();
        if (p == null) {
            return;
        }
        if (value != null && value.equals(valueOf(slot)) && evidence.equals(evidenceOf(slot))) {
            return;
        }
        background.run(() -> service.answer(p.id(), slot.fact().key(), slot.insurerId(), value, evidence), stored -> {
            sheet.set(sheet.get().with(stored));
            recount();
            status.set(messages.get("assessment.saved", slot.fact().key()));
            onStored.run();
        }, e -> {
            String m = e instanceof ValidationException v && !v.violations().isEmpty()
                    ? messages.format(v.violations().get(0)) : String.valueOf(e.getMessage());
            status.set(messages.get("assessment.save-failed", m));
            onRefused.accept(m);
        });
    }

    /** Makes an answer unknown again. */
    public void clear(Slot slot, Runnable onStored) {
        Provider p = context.provider();
        if (p == null || valueOf(slot) == null) {
            return;
        }
        background.run(() -> service.clear(p.id(), slot.fact().key(), slot.insurerId()), done -> {
            sheet.set(sheet.get().without(slot.fact().key(), slot.insurerId()));
            recount();
            onStored.run();
        }, e -> status.set(messages.get("assessment.save-failed", String.valueOf(e.getMessage()))));
    }

    private void recount() {
        int all = 0;
        int done = 0;
        for (Questionnaire.Topic t : topics) {
            for (Questionnaire.Question q : t.questions()) {
                for (Slot s : slots(q)) {
                    all++;
                    if (valueOf(s) != null) {
                        done++;
                    }
                }
            }
        }
        total.set(all);
        answered.set(done);
    }

    /** Answered and total inputs of one topic. */
    public int[] progressOf(Questionnaire.Topic t) {
        int all = 0;
        int done = 0;
        for (Questionnaire.Question q : t.questions()) {
            for (Slot s : slots(q)) {
                all++;
                if (valueOf(s) != null) {
                    done++;
                }
            }
        }
        return new int[] {done, all};
    }

    // ---------------------------------------------------------------------------------------------

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableList<Provider> allProviders() {
        return allProviders;
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<FactSheet> sheetProperty() {
        return sheet;
    }

    public ObservableList<Questionnaire.Topic> topics() {
        return topics;
    }

    public IntegerProperty topicIndexProperty() {
        return topicIndex;
    }

    public IntegerProperty answeredProperty() {
        return answered;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObservableList<ContractAssessment> results() {
        return results;
    }

    public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty providerFilterProperty() {
        return providerFilter;
    }

    public Provider provider() {
        return context.provider();
    }

    public AssessmentService service() {
        return service;
    }
}
