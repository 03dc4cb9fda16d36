package nl.inkoopwerkbank.domain.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;

/**
 * Checks a policy for what a file's syntax cannot: unique ids, references that resolve, facts that
 * exist, and thresholds that fit their fact (a percentage 0-100, a number for an ordering test, a
 * known choice). Each violation's {@code field} is the id of the element it concerns, so a reader can
 * point at the line.
 */
public final class PolicyValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Policy policy;
    private final FactCatalog facts;
    private final List<Violation> out = new ArrayList<>();
    private final Set<String> contractIds = new HashSet<>();
    private final Set<String> requirementIds = new HashSet<>();
    private final Set<String> elementIds = new HashSet<>();

    private PolicyValidator(Policy policy, FactCatalog facts) {
        this.policy = policy;
        this.facts = facts;
    }

    public static List<Violation> validate(Policy policy, FactCatalog facts) {
        PolicyValidator v = new PolicyValidator(policy, facts);
        v.run();
        return List.copyOf(v.out);
    }

    private void add(String element, String key, Object... args) {
        out.add(Violation.of(element, key, args));
    }

    private void run() {
        for (ContractType c : policy.contractTypes()) {
            if (!contractIds.add(c.id())) {
                add(c.id(), "policy.invalid.duplicate-id", c.id());
            }
        }
        for (Requirement r : policy.requirements()) {
            unique(r.id());
            requirementIds.add(r.id());
        }
        policy.deadlines().forEach(d -> unique(d.id()));
        policy.relativeTerms().forEach(t -> unique(t.id()));
        policy.quoteContents().forEach(q -> unique(q.id()));
        policy.calculations().forEach(c -> unique(c.id()));
        policy.ambiguities().forEach(a -> unique(a.id()));

        for (ContractType c : policy.contractTypes()) {
            for (String req : c.requires()) {
                if (!contractIds.contains(req)) {
                    add(c.id(), "policy.invalid.unknown-contract", req);
                }
            }
            if (c.duration() != null && c.duration().start() != null && c.duration().end() != null
                    && c.duration().end().isBefore(c.duration().start())) {
                add(c.id(), "policy.invalid.duration", c.duration().start(), c.duration().end());
            }
            for (ContractType.Tier t : c.tiers()) {
                String where = c.id() + "/" + t.id();
                for (String r : t.requirementIds()) {
                    if (!requirementIds.contains(r)) {
                        add(where, "policy.invalid.unknown-requirement", r);
                    }
                }
                condition(where, t.condition());
            }
        }
        for (Requirement r : policy.requirements()) {
            appliesTo(r.id(), r.appliesTo());
            if (r.role() == RequirementRole.INFORMATION) {
                if (r.condition() != null) {
                    add(r.id(), "policy.invalid.information-with-condition");
                }
            } else if (r.condition() == null) {
                add(r.id(), "policy.invalid.missing-condition", r.role().code());
            }
            condition(r.id(), r.when());
            condition(r.id(), r.condition());
        }
        policy.deadlines().forEach(d -> appliesTo(d.id(), d.appliesTo()));
        policy.relativeTerms().forEach(t -> appliesTo(t.id(), t.appliesTo()));
        for (Calculation c : policy.calculations()) {
            appliesTo(c.id(), c.appliesTo());
            formula(c.id(), c.formula());
        }
        for (Ambiguity a : policy.ambiguities()) {
            if (a.readings().size() < 2) {
                add(a.id(), "policy.invalid.ambiguity-readings");
            }
            if (a.chosen() < 0 || a.chosen() >= a.readings().size()) {
                add(a.id(), "policy.invalid.ambiguity-chosen", a.chosen(), a.readings().size());
            }
            for (String about : a.about()) {
                if (!knownElement(about)) {
                    add(a.id(), "policy.invalid.unknown-element", about);
                }
            }
        }
    }

    private void unique(String id) {
        if (!elementIds.add(id)) {
            add(id, "policy.invalid.duplicate-id", id);
        }
    }

    private boolean knownElement(String id) {
        if (elementIds.contains(id) || contractIds.contains(id)) {
            return true;
        }
        int slash = id.indexOf('/');
        if (slash > 0) {
            String contract = id.substring(0, slash);
            String tier = id.substring(slash + 1);
            return policy.contractType(contract).map(c -> c.tiers().stream().anyMatch(t -> t.id().equals(tier))).orElse(false);
        }
        return false;
    }

    private void appliesTo(String element, List<String> ids) {
        for (String id : ids) {
            if (!id.equals("*") && !contractIds.contains(id)) {
                add(element, "policy.invalid.unknown-contract", id);
            }
        }
    }

    private void condition(String element, Condition c) {
        if (c == null) {
            return;
        }
        if (c instanceof Condition.FactTest t) {
            factTest(element, t);
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> condition(element, x));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> condition(element, x));
        } else if (c instanceof Condition.Not n) {
            condition(element, n.condition());
        } else if (c instanceof Condition.AtLeast a) {
            if (a.count() < 1 || a.count() > a.of().size()) {
                add(element, "policy.invalid.at-least", a.count(), a.of().size());
            }
            a.of().forEach(x -> condition(element, x));
        } else if (c instanceof Condition.RequirementRef r) {
            if (!requirementIds.contains(r.requirementId())) {
                add(element, "policy.invalid.unknown-requirement", r.requirementId());
            }
        }
    }

    private void factTest(String element, Condition.FactTest t) {
        FactDefinition fact = facts.find(t.fact()).orElse(null);
        if (fact == null) {
            add(element, "policy.invalid.unknown-fact", t.fact());
            return;
        }
        FactType type = fact.type();
        Operator op = t.op();
        if (t.value() instanceof Condition.FactOperand fo) {
            FactDefinition other = facts.find(fo.fact()).orElse(null);
            if (other == null) {
                add(element, "policy.invalid.unknown-fact", fo.fact());
            } else if (!type.isNumeric() || !other.type().isNumeric()) {
                add(element, "policy.invalid.operand-type", t.fact(), op.code(), fo.fact());
            }
            if (fo.divideBy() != null && fo.divideBy().signum() == 0) {
                add(element, "policy.invalid.divide-by-zero", t.fact());
            }
            return;
        }
        Object value = ((Condition.Literal) t.value()).value();
        switch (op) {
            case GE, GT, LE, LT -> {
                if (!type.isNumeric() && type != FactType.DATE) {
                    add(element, "policy.invalid.operator-for-type", op.code(), t.fact(), type.code());
                } else if (type.isNumeric() && !(value instanceof BigDecimal)) {
                    add(element, "policy.invalid.threshold", t.fact(), String.valueOf(value));
                } else if (type == FactType.PERCENTAGE && outsidePercent((BigDecimal) value)) {
                    add(element, "policy.invalid.percentage", t.fact(), value);
                }
            }
            case EQ, NE -> {
                boolean fits = switch (type) {
                    case BOOLEAN -> value instanceof Boolean;
                    case NUMBER, PERCENTAGE, MONEY -> value instanceof BigDecimal;
                    case CHOICE -> value instanceof String s && fact.choices().contains(s);
                    default -> value instanceof String;
                };
                if (!fits) {
                    add(element, "policy.invalid.value-for-type", t.fact(), String.valueOf(value), type.code());
                }
            }
            case IN, CONTAINS_ANY, CONTAINS_ALL -> {
                FactType needed = op == Operator.IN ? FactType.CHOICE : FactType.LIST;
                if (type != needed) {
                    add(element, "policy.invalid.operator-for-type", op.code(), t.fact(), type.code());
                } else if (!(value instanceof List<?> list) || list.isEmpty()) {
                    add(element, "policy.invalid.threshold", t.fact(), String.valueOf(value));
                } else {
                    for (Object o : list) {
                        if (!fact.choices().contains(String.valueOf(o))) {
                            add(element, "policy.invalid.unknown-choice", t.fact(), String.valueOf(o), String.join(", ", fact.choices()));
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private static boolean outsidePercent(BigDecimal v) {
        return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
    }

    private void formula(String element, Formula f) {
        if (f == null) {
            return;
        }
        if (f instanceof Formula.FactValue v) {
            FactDefinition fact = facts.find(v.fact()).orElse(null);
            if (fact == null) {
                add(element, "policy.invalid.unknown-fact", v.fact());
            } else if (!fact.type().isNumeric()) {
                add(element, "policy.invalid.formula-fact", v.fact(), fact.type().code());
            }
        } else if (f instanceof Formula.Sum s) {
            s.terms().forEach(x -> formula(element, x));
        } else if (f instanceof Formula.Product p) {
            p.factors().forEach(x -> formula(element, x));
        } else if (f instanceof Formula.Difference d) {
            formula(element, d.minuend());
            formula(element, d.subtrahend());
        } else if (f instanceof Formula.Quotient q) {
            formula(element, q.dividend());
            formula(element, q.divisor());
        } else if (f instanceof Formula.Min m) {
            m.of().forEach(x -> formula(element, x));
        } else if (f instanceof Formula.Max m) {
            m.of().forEach(x -> formula(element, x));
        }
    }
}
