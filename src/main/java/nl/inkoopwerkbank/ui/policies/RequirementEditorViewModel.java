package nl.inkoopwerkbank.ui.policies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.policy.SourceRef;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * One requirement being edited: its statement, role, topic, contract types, source, and (for a simple
 * "fact op value" condition) the operator and threshold. Builds the edited policy; the service validates it.
 */
public final class RequirementEditorViewModel {

    private final Policy policy;
    private final Requirement original;
    private final FactDefinition fact;
    private final Messages messages;

    private final StringProperty text = new SimpleStringProperty();
    private final ObjectProperty<RequirementRole> role = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty();
    private final StringProperty appliesTo = new SimpleStringProperty();
    private final StringProperty section = new SimpleStringProperty();
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>();
    private final StringProperty threshold = new SimpleStringProperty();
    /** What the editor showed when it opened. */
    private final List<Object> shown;

    public RequirementEditorViewModel(Policy policy, Requirement requirement, Optional<FactDefinition> fact, Messages messages) {
        this.policy = policy;
        this.original = requirement;
        this.fact = hasEditableThreshold(requirement) ? fact.orElse(null) : null;
        this.messages = messages;
        text.set(requirement.text());
        role.set(requirement.role());
        topic.set(requirement.topic());
        appliesTo.set(String.join(", ", requirement.appliesTo()));
        section.set(requirement.source() == null ? "" : requirement.source().section());
        if (this.fact != null) {
            Condition.FactTest t = (Condition.FactTest) requirement.condition();
            operator.set(t.op());
            Object v = ((Condition.Literal) t.value()).value();
            threshold.set(v instanceof Boolean b ? messages.get(b ? "common.yes" : "common.no")
                    : ((BigDecimal) v).toPlainString().replace('.', ','));
        }
        shown = values();
    }

    /** Only a plain {@code fact op number|yes/no} has a threshold the buyer can type. */
    static boolean hasEditableThreshold(Requirement r) {
        return r.condition() instanceof Condition.FactTest t && t.value() instanceof Condition.Literal l
                && (l.value() instanceof BigDecimal || l.value() instanceof Boolean);
    }

    public boolean thresholdEditable() {
        return fact != null;
    }

    /** The fact's question, shown above the threshold. */
    public String factQuestion() {
        return fact == null ? "" : fact.question() + (fact.unit() == null ? "" : " (" + fact.unit() + ")");
    }

    public List<Operator> operators() {
        if (fact == null) {
            return List.of();
        }
        return fact.type() == FactType.BOOLEAN ? List.of(Operator.EQ, Operator.NE)
                : List.of(Operator.GE, Operator.GT, Operator.LE, Operator.LT, Operator.EQ, Operator.NE);
    }

    /**
     * The policy with the edited requirement, or the reasons it cannot be built (a threshold that is no
     * number, an empty statement). Validation of the whole policy follows in the service.
     */
    /** True when the buyer changed anything since the editor opened. */
    public boolean changed() {
        return !values().equals(shown);
    }

    private List<Object> values() {
        return java.util.Arrays.asList(text(text), role.get(), text(topic), text(appliesTo), text(section), operator.get(), text(threshold));
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
        if (text.get() == null || text.get().isBlank()) {
            errors.add(messages.get("editor.text.required"));
        }
        List<String> applies = Arrays.stream(appliesTo.get() == null ? new String[0] : appliesTo.get().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (applies.isEmpty()) {
            errors.add(messages.get("editor.applies.required"));
        }
        Condition condition = original.condition();
        if (fact != null) {
            String raw = threshold.get() == null ? "" : threshold.get().trim();
            Object value;
            if (fact.type() == FactType.BOOLEAN) {
                String lower = raw.toLowerCase(Locale.ROOT);
                value = lower.equals(messages.get("common.yes").toLowerCase(Locale.ROOT)) || lower.equals("true") ? Boolean.TRUE
                        : lower.equals(messages.get("common.no").toLowerCase(Locale.ROOT)) || lower.equals("false") ? Boolean.FALSE : null;
            } else {
                try {
                    value = new BigDecimal(raw.replace(".", "").replace(',', '.').replace("€", "").replace("%", "").trim());
                } catch (NumberFormatException e) {
                    value = null;
                }
            }
            if (value == null) {
                errors.add(messages.get("editor.threshold.invalid", raw, fact.type().code()));
            } else {
                condition = new Condition.FactTest(fact.key(), operator.get(), new Condition.Literal(value));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Requirement edited = new Requirement(original.id(), text.get().trim(), topic.get(), role.get(), applies,
                original.when(), role.get() == RequirementRole.INFORMATION ? null : condition,
                new SourceRef(section.get() == null || section.get().isBlank() ? original.source().section() : section.get().trim()),
                original.notes());
        List<Requirement> reqs = new ArrayList<>();
        for (Requirement r : policy.requirements()) {
            reqs.add(r.id().equals(original.id()) ? edited : r);
        }
        return new Policy(policy.id(), policy.insurer(), policy.year(), policy.domain(), policy.title(), policy.source(),
                policy.notes(), policy.contractTypes(), reqs, policy.deadlines(), policy.relativeTerms(),
                policy.quoteContents(), policy.calculations(), policy.ambiguities());
    }

    public Requirement original() {
        return original;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<RequirementRole> roleProperty() {
        return role;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty appliesToProperty() {
        return appliesTo;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }
}
