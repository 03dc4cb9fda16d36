package nl.inkoopwerkbank.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.Questionnaire;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Builds fact sheets for the eligibility tests: a sheet on which every knock-out of one (policy,
 * contract) pair is met, so that a test can vary one fact around an edge and see only that rule move.
 *
 * <p>Yes/no, choice and list facts are answered automatically so that each knock-out holds (or its
 * {@code when} does not apply). Numeric facts are never invented: the test names them explicitly, and
 * building fails with the knock-out's id when a numeric fact is missing or an explicit value does not
 * meet the knock-out.
 */
final class EligibilityFixture {

    static final EligibilityEngine ENGINE = Bundled.ENGINE;

    /** A date before every cut-off of the 2027 policies (Z&amp;Z's zorggroep cut-off of 2025 has passed). */
    static final LocalDate BEFORE_CUTOFFS = LocalDate.of(2026, 6, 1);

    /** A date after every cut-off for new providers. */
    static final LocalDate AFTER_CUTOFFS = LocalDate.of(2026, 11, 23);

    private EligibilityFixture() {
    }

    /** A provider that already has a contract with the policy's insurer: no cut-off applies to it. */
    static ProviderProfile existing(Policy policy, ProviderType type) {
        return new ProviderProfile(type, Set.of(policy.insurer().id()));
    }

    /** A provider without any contract: a new provider for every insurer. */
    static ProviderProfile newProvider(ProviderType type) {
        return new ProviderProfile(type, Set.of());
    }

    static ContractType contract(Policy policy, String contractId) {
        return policy.contractType(contractId)
                .orElseThrow(() -> new IllegalArgumentException(policy.id() + " has no contract type " + contractId));
    }

    /** Assesses an existing provider (so no deadline notice interferes) before the cut-offs. */
    static ContractAssessment assess(Policy policy, String contractId, ProviderType type, FactSheet facts) {
        return ENGINE.assess(policy, contract(policy, contractId), existing(policy, type), facts, BEFORE_CUTOFFS);
    }

    static ContractAssessment assess(Policy policy, String contractId, ProviderProfile profile, FactSheet facts,
                                     LocalDate on) {
        return ENGINE.assess(policy, contract(policy, contractId), profile, facts, on);
    }

    static RequirementResult result(ContractAssessment a, String requirementId) {
        return a.result(requirementId).orElseThrow(() -> new AssertionError(
                requirementId + " is not among the results of " + a.policy().id() + "/" + a.contract().id()));
    }

    /** key, value, key, value, ... in order. */
    static Map<String, Object> values(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static FactDefinition definition(String key) {
        return Bundled.FACTS.find(key).orElseThrow(() -> new IllegalArgumentException("unknown fact " + key));
    }

    /**
     * A typed value for a fact: a FactValue as is, Boolean, Number, List, or a String in the storage
     * form of the fact's type ({@code 49.99}, {@code true}, {@code HKZ,ISO_9001}).
     */
    static FactValue value(String key, Object v) {
        FactDefinition def = definition(key);
        if (v instanceof FactValue fv) {
            return fv;
        }
        if (v instanceof Boolean b) {
            return FactValue.bool(b);
        }
        if (v instanceof BigDecimal d) {
            return FactValue.number(def.type(), d);
        }
        if (v instanceof Number n) {
            return FactValue.number(def.type(), new BigDecimal(n.toString()));
        }
        if (v instanceof List<?> l) {
            return FactValue.list(l.stream().map(String::valueOf).toList());
        }
        return FactValue.decode(def.type(), String.valueOf(v));
    }

    /** Sets a fact (for the policy's insurer when the fact is insurer-scoped); null removes the answer. */
    static FactSheet with(FactSheet sheet, Policy policy, String key, Object v) {
        FactDefinition def = definition(key);
        String insurer = def.insurerScoped() ? policy.insurer().id() : "";
        if (v == null) {
            return sheet.without(key, insurer);
        }
        return sheet.with(FactAnswer.of(key, insurer, value(key, v)));
    }

    static FactSheet withAll(FactSheet sheet, Policy policy, Map<String, Object> values) {
        FactSheet s = sheet;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            s = with(s, policy, e.getKey(), e.getValue());
        }
        return s;
    }

    /**
     * A sheet with the explicit values on which every knock-out of the contract is met (and, for an
     * addendum, those of a base contract): the engine says ELIGIBLE for an existing provider.
     */
    static FactSheet compliant(Policy policy, String contractId, ProviderType type, Map<String, Object> explicit) {
        ContractType contract = contract(policy, contractId);
        if (!EligibilityEngine.offersTo(contract, type)) {
            throw new IllegalArgumentException(policy.id() + "/" + contractId + " is not offered to " + type);
        }
        return compliant(policy, contractId, type, withAll(FactSheet.EMPTY, policy, explicit));
    }

    /** Completes an existing sheet (its answers are kept) so every knock-out of the contract is met. */
    static FactSheet compliant(Policy policy, String contractId, ProviderType type, FactSheet start) {
        ContractType contract = contract(policy, contractId);
        if (!EligibilityEngine.offersTo(contract, type)) {
            throw new IllegalArgumentException(policy.id() + "/" + contractId + " is not offered to " + type);
        }
        return complete(policy, contract, type, start);
    }

    private static FactSheet complete(Policy policy, ContractType contract, ProviderType type, FactSheet start) {
        FactSheet s = start;
        ProviderProfile profile = existing(policy, type);
        for (int round = 0; round < 500; round++) {
            ContractAssessment a = ENGINE.assess(policy, contract, profile, s, BEFORE_CUTOFFS);
            if (a.outcome() == Outcome.ELIGIBLE) {
                return s;
            }
            Optional<RequirementResult> failing = a.results().stream()
                    .filter(r -> r.requirement().role() == RequirementRole.KNOCK_OUT
                            && r.requirement().appliesTo(contract.id())
                            && (r.status() == Status.UNKNOWN || r.status() == Status.NOT_MET))
                    .findFirst();
            FactSheet next;
            String what;
            if (failing.isPresent()) {
                Requirement r = failing.get().requirement();
                next = satisfy(policy, r.condition(), falsify(policy, r.when(), s));
                what = "knock-out " + r.id() + " (" + failing.get().status() + ", " + failing.get().facts() + ")";
            } else if (!a.missingBaseContracts().isEmpty()) {
                ContractType base = a.missingBaseContracts().stream().map(id -> contract(policy, id))
                        .filter(c -> EligibilityEngine.offersTo(c, type)).findFirst()
                        .orElse(contract(policy, a.missingBaseContracts().get(0)));
                next = complete(policy, base, type, s);
                what = "base contract " + base.id();
            } else {
                throw new IllegalStateException(policy.id() + "/" + contract.id() + " is " + a.outcome()
                        + " for another reason: " + a.notices());
            }
            if (next.equals(s)) {
                throw new IllegalStateException("cannot meet " + what + " of " + policy.id() + "/" + contract.id()
                        + ": give an explicit value that meets it");
            }
            s = next;
        }
        throw new IllegalStateException("no compliant sheet for " + policy.id() + "/" + contract.id());
    }

    // ------------------------------------------------------------------------------------------
    // answering yes/no, choice and list facts so a condition holds (satisfy) or does not (falsify)

    private static boolean answered(FactSheet s, Policy policy, String key) {
        String insurer = definition(key).insurerScoped() ? policy.insurer().id() : "";
        return s.value(key, insurer).isPresent();
    }

    private static boolean allUnanswered(FactSheet s, Policy policy, Condition c) {
        Set<String> facts = new LinkedHashSet<>();
        Questionnaire.facts(c, facts);
        return facts.stream().noneMatch(f -> answered(s, policy, f));
    }

    private static IllegalStateException explicitNeeded(Condition.FactTest t) {
        return new IllegalStateException("explicit value needed for " + t.fact() + " (" + t.op().code() + " "
                + t.value() + ")");
    }

    private static Object literal(Condition.FactTest t) {
        return t.value() instanceof Condition.Literal l ? l.value() : null;
    }

    static FactSheet satisfy(Policy policy, Condition c, FactSheet s) {
        if (c == null || c instanceof Condition.Always) {
            return s;
        }
        if (c instanceof Condition.FactTest t) {
            if (t.value() instanceof Condition.FactOperand f && !answered(s, policy, f.fact())) {
                throw explicitNeeded(t);
            }
            if (answered(s, policy, t.fact())) {
                return s;
            }
            FactDefinition def = definition(t.fact());
            Object lit = literal(t);
            switch (def.type()) {
                case BOOLEAN:
                    if (lit instanceof Boolean b && (t.op() == Operator.EQ || t.op() == Operator.NE)) {
                        return with(s, policy, t.fact(), t.op() == Operator.EQ ? b : !b);
                    }
                    break;
                case CHOICE:
                    if (t.op() == Operator.EQ && lit instanceof String str) {
                        return with(s, policy, t.fact(), FactValue.choice(str));
                    }
                    if (t.op() == Operator.IN && lit instanceof List<?> l && !l.isEmpty()) {
                        return with(s, policy, t.fact(), FactValue.choice(String.valueOf(l.get(0))));
                    }
                    if (t.op() == Operator.NE && lit != null) {
                        return with(s, policy, t.fact(), FactValue.choice(otherChoice(def, List.of(lit))));
                    }
                    break;
                case LIST:
                    if (lit instanceof List<?> l && !l.isEmpty()) {
                        List<String> items = t.op() == Operator.CONTAINS_ANY ? List.of(String.valueOf(l.get(0)))
                                : l.stream().map(String::valueOf).toList();
                        return with(s, policy, t.fact(), FactValue.list(items));
                    }
                    break;
                default:
                    break;
            }
            throw explicitNeeded(t);
        }
        if (c instanceof Condition.All a) {
            FactSheet r = s;
            for (Condition x : a.of()) {
                r = satisfy(policy, x, r);
            }
            return r;
        }
        if (c instanceof Condition.Any a) {
            for (Condition x : a.of()) {
                if (allUnanswered(s, policy, x)) {
                    return satisfy(policy, x, s);
                }
            }
            return s;
        }
        if (c instanceof Condition.AtLeast a) {
            FactSheet r = s;
            int done = 0;
            for (Condition x : a.of()) {
                if (done < a.count() && allUnanswered(r, policy, x)) {
                    r = satisfy(policy, x, r);
                    done++;
                }
            }
            return r;
        }
        if (c instanceof Condition.Not n) {
            return falsify(policy, n.condition(), s);
        }
        if (c instanceof Condition.RequirementRef ref) {
            Requirement r = policy.requirement(ref.requirementId()).orElseThrow();
            return satisfy(policy, r.condition(), falsify(policy, r.when(), s));
        }
        throw new IllegalStateException("cannot satisfy " + c);
    }

    static FactSheet falsify(Policy policy, Condition c, FactSheet s) {
        if (c == null) {
            return s;
        }
        if (c instanceof Condition.FactTest t) {
            if (answered(s, policy, t.fact())) {
                return s;
            }
            FactDefinition def = definition(t.fact());
            Object lit = literal(t);
            switch (def.type()) {
                case BOOLEAN:
                    if (lit instanceof Boolean b && (t.op() == Operator.EQ || t.op() == Operator.NE)) {
                        return with(s, policy, t.fact(), t.op() == Operator.EQ ? !b : b);
                    }
                    break;
                case CHOICE:
                    if ((t.op() == Operator.IN || t.op() == Operator.EQ) && lit != null) {
                        List<?> excluded = lit instanceof List<?> l ? l : List.of(lit);
                        return with(s, policy, t.fact(), FactValue.choice(otherChoice(def, excluded)));
                    }
                    if (t.op() == Operator.NE && lit instanceof String str) {
                        return with(s, policy, t.fact(), FactValue.choice(str));
                    }
                    break;
                case LIST:
                    if (t.op() == Operator.CONTAINS_ANY || t.op() == Operator.CONTAINS_ALL) {
                        return with(s, policy, t.fact(), FactValue.list(List.of()));
                    }
                    break;
                default:
                    break;
            }
            throw explicitNeeded(t);
        }
        if (c instanceof Condition.Any a) {
            FactSheet r = s;
            for (Condition x : a.of()) {
                r = falsify(policy, x, r);
            }
            return r;
        }
        if (c instanceof Condition.All a) {
            return a.of().isEmpty() ? s : falsify(policy, a.of().get(0), s);
        }
        if (c instanceof Condition.AtLeast a) {
            FactSheet r = s;
            for (Condition x : a.of()) {
                r = falsify(policy, x, r);
            }
            return r;
        }
        if (c instanceof Condition.Not n) {
            return satisfy(policy, n.condition(), s);
        }
        throw new IllegalStateException("cannot falsify " + c);
    }

    private static String otherChoice(FactDefinition def, List<?> excluded) {
        List<String> ex = new ArrayList<>(excluded.stream().map(String::valueOf).toList());
        return def.choices().stream().filter(x -> !ex.contains(x)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no other choice for " + def.key()));
    }
}
