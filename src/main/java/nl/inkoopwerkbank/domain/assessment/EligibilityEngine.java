package nl.inkoopwerkbank.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Evaluates a policy's structured conditions against a provider's facts, with three-valued logic:
 * a condition is met, not met, or unknown while a fact it needs is unanswered.
 *
 * <p>Thresholds are exactly as encoded: {@code ge} is inclusive ("minimaal"), {@code gt} exclusive
 * ("meer dan"). A threshold computed from another fact ({@code fte / 20}) is compared exactly, without
 * rounding, unless the policy file says {@code round: up} or {@code down} (then to a whole number):
 * 2 trainees for 40 fte meet "1 per 20 fte", 2 for 41 fte do not (41 / 20 = 2.05).
 */
public final class EligibilityEngine {

    private final FactCatalog catalog;

    /** Lookups per policy, built once per policy object (policies are immutable). */
    private final Map<Policy, PolicyIndex> indexes = Collections.synchronizedMap(new IdentityHashMap<>());

    public EligibilityEngine(FactCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** True when the contract type is offered to this kind of provider. */
    public static boolean offersTo(ContractType contract, ProviderType type) {
        return contract.providerTypes().isEmpty() || contract.providerTypes().contains(type);
    }

    /** Every contract type of the policy offered to the provider's type, assessed, each with its next step up. */
    public List<ContractAssessment> assessAll(Policy policy, ProviderProfile profile, FactSheet facts, LocalDate on) {
        return assessAll(policy, profile, facts, on, true);
    }

    /**
     * Every contract type of the policy offered to the provider's type, assessed exactly as {@link #assessAll}
     * does (outcome, tier, every requirement's result, notices), but without planning the next step up:
     * {@link ContractAssessment#nextStep()} is empty. For portfolio-wide overviews that show where providers
     * stand, not what each should do next (planning is about half the work of an assessment).
     */
    public List<ContractAssessment> assessAllWithoutNextStep(Policy policy, ProviderProfile profile, FactSheet facts,
                                                             LocalDate on) {
        return assessAll(policy, profile, facts, on, false);
    }

    private List<ContractAssessment> assessAll(Policy policy, ProviderProfile profile, FactSheet facts, LocalDate on,
                                               boolean withNextStep) {
        // one evaluation for all contracts: a requirement's result does not depend on the contract asking for it
        Evaluation ev = new Evaluation(policy, facts);
        Map<String, ContractAssessment> assessed = new HashMap<>();
        List<ContractAssessment> out = new ArrayList<>();
        for (ContractType c : policy.contractTypes()) {
            if (offersTo(c, profile.type())) {
                ContractAssessment a = assessWithoutStep(ev, c, profile, on, new HashSet<>(), assessed);
                out.add(withNextStep ? withNextStep(a, ev, profile, facts) : a);
            }
        }
        return List.copyOf(out);
    }

    public ContractAssessment assess(Policy policy, ContractType contract, ProviderProfile profile, FactSheet facts,
                                     LocalDate on) {
        Evaluation ev = new Evaluation(policy, facts);
        ContractAssessment a = assessWithoutStep(ev, contract, profile, on, new HashSet<>(), new HashMap<>());
        return withNextStep(a, ev, profile, facts);
    }

    private ContractAssessment withNextStep(ContractAssessment a, Evaluation ev, ProviderProfile profile,
                                            FactSheet facts) {
        return new ContractAssessment(a.policy(), a.contract(), a.assessedOn(), a.outcome(), a.tier(), a.tierFinal(),
                a.tiers(), a.results(), a.notices(), a.missingBaseContracts(),
                nextStep(a, ev, profile, facts));
    }

    /**
     * One contract assessed without its next step. {@code assessed} keeps, within one evaluation, the assessments
     * of contracts that require no other contract (they do not depend on {@code visiting}), so that an addendum
     * does not assess its base contract again when the base is assessed too, or vice versa.
     */
    private ContractAssessment assessWithoutStep(Evaluation ev, ContractType contract, ProviderProfile profile,
                                                 LocalDate on, Set<String> visiting,
                                                 Map<String, ContractAssessment> assessed) {
        boolean memoise = contract.requires().isEmpty();
        if (memoise) {
            ContractAssessment done = assessed.get(contract.id());
            if (done != null) {
                return done;
            }
        }
        Policy policy = ev.policy;
        List<RequirementResult> results = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Requirement r : ev.index.requirementsFor(contract.id())) {
            ids.add(r.id());
        }
        for (ContractType.Tier t : contract.tiers()) {
            ids.addAll(t.requirementIds());
        }
        for (String id : ids) {
            ev.index.requirement(id).ifPresent(r -> results.add(ev.requirement(r)));
        }

        List<DeadlineNotice> notices = notices(policy, contract, profile, on);
        boolean blocked = notices.stream().anyMatch(n -> n.kind().blocks());

        // an addendum needs one of the contracts it supplements
        List<String> missingBase = new ArrayList<>();
        Status base = Status.MET;
        if (!contract.requires().isEmpty() && visiting.add(contract.id())) {
            Status best = Status.NOT_MET;
            for (String req : contract.requires()) {
                Optional<ContractType> bc = policy.contractType(req);
                if (bc.isEmpty()) {
                    continue;
                }
                Outcome o = assessWithoutStep(ev, bc.get(), profile, on, visiting, assessed).outcome();
                if (o == Outcome.ELIGIBLE) {
                    best = Status.MET;
                } else if (o == Outcome.INCOMPLETE && best != Status.MET) {
                    best = Status.UNKNOWN;
                }
            }
            base = best;
            if (best != Status.MET) {
                missingBase.addAll(contract.requires());
            }
        }

        Status knockOuts = Status.MET;
        for (RequirementResult r : results) {
            if (r.requirement().role() == RequirementRole.KNOCK_OUT && r.requirement().appliesTo(contract.id())) {
                knockOuts = Status.and(knockOuts, r.status() == Status.NOT_APPLICABLE ? Status.MET : r.status());
            }
        }
        Status all = Status.and(knockOuts, base);
        Outcome outcome = blocked || all == Status.NOT_MET ? Outcome.NOT_ELIGIBLE
                : all == Status.UNKNOWN ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;

        List<TierResult> tiers = new ArrayList<>();
        for (ContractType.Tier t : contract.tiers()) {
            tiers.add(ev.tier(t));
        }
        ContractType.Tier tier = null;
        boolean betterOpen = false;
        for (TierResult tr : tiers) {
            if (tr.status() == Status.MET) {
                tier = tr.tier();
                break;
            }
            if (tr.status() == Status.UNKNOWN) {
                betterOpen = true;
            }
        }
        if (outcome == Outcome.NOT_ELIGIBLE) {
            tier = null;
        }
        boolean tierFinal = tier != null && !betterOpen && outcome == Outcome.ELIGIBLE;
        ContractAssessment a = new ContractAssessment(policy, contract, on, outcome, tier, tierFinal, tiers, results,
                notices, missingBase, Optional.empty());
        if (memoise) {
            assessed.put(contract.id(), a);
        }
        return a;
    }

    private static List<DeadlineNotice> notices(Policy policy, ContractType contract, ProviderProfile profile,
                                                LocalDate on) {
        if (!profile.isNewTo(policy.insurer().id())) {
            return List.of();
        }
        List<DeadlineNotice> out = new ArrayList<>();
        if (!contract.newProviders()) {
            out.add(new DeadlineNotice(DeadlineNotice.Kind.CLOSED_TO_NEW_PROVIDERS, null, on));
        }
        for (Deadline d : policy.deadlines()) {
            if (!d.cutoffForNewProviders() || !(d.appliesTo().contains("*") || d.appliesTo().contains(contract.id()))) {
                continue;
            }
            LocalDate last = d.lastDayInTime();
            if (last == null) {
                continue;
            }
            out.add(new DeadlineNotice(on.isAfter(last) ? DeadlineNotice.Kind.CUTOFF_PASSED
                    : DeadlineNotice.Kind.CUTOFF_AHEAD, d, on));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // next step up

    /** {@code ev} is the evaluation of {@code facts} the assessment came from (its requirement results are reused). */
    private Optional<NextStep> nextStep(ContractAssessment a, Evaluation ev, ProviderProfile profile, FactSheet facts) {
        if (a.notices().stream().anyMatch(n -> n.kind().blocks()) || !a.missingBaseContracts().isEmpty()) {
            return Optional.empty();
        }
        ContractType.Tier target = null;
        List<Condition> goals = new ArrayList<>();
        for (RequirementResult r : a.results()) {
            if (r.requirement().role() == RequirementRole.KNOCK_OUT && r.requirement().appliesTo(a.contract().id())) {
                goals.add(new Condition.RequirementRef(r.id()));
            }
        }
        if (a.outcome() != Outcome.NOT_ELIGIBLE && a.contract().isTiered()) {
            int current = a.tier() == null ? a.tiers().size() : indexOf(a.contract(), a.tier());
            if (current == 0) {
                return Optional.empty();
            }
            target = a.contract().tiers().get(current - 1);
            for (String id : target.requirementIds()) {
                goals.add(new Condition.RequirementRef(id));
            }
            if (target.condition() != null) {
                goals.add(target.condition());
            }
        } else if (a.outcome() != Outcome.NOT_ELIGIBLE) {
            return Optional.empty();
        }
        Plan plan = ev.plan(new Condition.All(goals), new HashSet<>());
        if (plan == null || (plan.changes.isEmpty() && plan.open.isEmpty())) {
            return Optional.empty();
        }
        // verify: with the changes applied, the goal is reached (or only waits for the open facts)
        FactSheet changed = facts;
        for (Change c : plan.changes) {
            if (c.target() == null) {
                return Optional.of(new NextStep(target, plan.changes, List.copyOf(plan.open)));
            }
            changed = changed.with(new FactAnswer(c.fact(), c.insurerId(), c.target(), Evidence.NONE, null));
        }
        Status reached = new Evaluation(a.policy(), changed).eval(new Condition.All(goals), new Trace());
        if (reached == Status.NOT_MET) {
            return Optional.empty();
        }
        return Optional.of(new NextStep(target, plan.changes, List.copyOf(plan.open)));
    }

    private static int indexOf(ContractType c, ContractType.Tier t) {
        for (int i = 0; i < c.tiers().size(); i++) {
            if (c.tiers().get(i).id().equals(t.id())) {
                return i;
            }
        }
        return c.tiers().size();
    }

    /** A set of changes and open facts that would make a condition hold. */
    private record Plan(List<Change> changes, Set<String> open) {
        static final Plan NONE = new Plan(List.of(), Set.of());

        int cost() {
            return changes.size() + open.size();
        }

        /** How far the facts move: the sum of the numeric steps (a tie-break between equally many changes). */
        BigDecimal size() {
            return changes.stream().map(c -> c.delta() == null ? BigDecimal.ZERO : c.delta().abs())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        static final Comparator<Plan> CHEAPEST = Comparator.comparingInt(Plan::cost).thenComparing(Plan::size);

        Plan plus(Plan other) {
            Map<String, Change> merged = new LinkedHashMap<>();
            for (Change c : changes) {
                merged.put(c.fact() + "|" + c.insurerId(), c);
            }
            for (Change c : other.changes) {
                merged.merge(c.fact() + "|" + c.insurerId(), c, Plan::stronger);
            }
            Set<String> o = new LinkedHashSet<>(open);
            o.addAll(other.open);
            return new Plan(List.copyOf(merged.values()), o);
        }

        private static Change stronger(Change a, Change b) {
            if (a.target() != null && b.target() != null && a.target().asNumber() != null
                    && b.target().asNumber() != null) {
                boolean up = a.op() == Operator.GE || a.op() == Operator.GT;
                int cmp = a.target().asNumber().compareTo(b.target().asNumber());
                return (up ? cmp >= 0 : cmp <= 0) ? a : b;
            }
            return a;
        }
    }

    private PolicyIndex index(Policy policy) {
        PolicyIndex i = indexes.get(policy);
        if (i == null) {
            if (indexes.size() > 256) {
                indexes.clear(); // policies replaced many times over: start again rather than keep them all
            }
            i = new PolicyIndex(policy);
            indexes.put(policy, i);
        }
        return i;
    }

    /**
     * The same answers as {@link Policy#requirement}, {@link Policy#requirementsFor} and
     * {@link Policy#ambiguitiesAbout}, from maps instead of a scan of the whole policy per question.
     */
    private static final class PolicyIndex {
        private final Policy policy;
        private final Map<String, Requirement> byId = new HashMap<>();
        private final Map<String, List<Requirement>> forContract = new ConcurrentHashMap<>();
        private final Map<String, List<nl.inkoopwerkbank.domain.policy.Ambiguity>> ambiguities = new ConcurrentHashMap<>();

        PolicyIndex(Policy policy) {
            this.policy = policy;
            for (Requirement r : policy.requirements()) {
                byId.putIfAbsent(r.id(), r); // the first one, as Policy.requirement finds it
            }
        }

        Optional<Requirement> requirement(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        List<Requirement> requirementsFor(String contractTypeId) {
            return forContract.computeIfAbsent(contractTypeId, policy::requirementsFor);
        }

        List<nl.inkoopwerkbank.domain.policy.Ambiguity> ambiguitiesAbout(String elementId) {
            return ambiguities.computeIfAbsent(elementId, policy::ambiguitiesAbout);
        }
    }

    /** Collected while evaluating: fact tests and unanswered facts. */
    static final class Trace {
        final List<FactUse> uses = new ArrayList<>();
        final Set<String> missing = new LinkedHashSet<>();
    }

    /** One provider's facts against one policy; requirement results are memoised. */
    private final class Evaluation {
        private final Policy policy;
        private final PolicyIndex index;
        private final FactSheet facts;
        private final Map<String, RequirementResult> memo = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Evaluation(Policy policy, FactSheet facts) {
            this.policy = policy;
            this.index = index(policy);
            this.facts = facts;
        }

        RequirementResult requirement(Requirement r) {
            RequirementResult done = memo.get(r.id());
            if (done != null) {
                return done;
            }
            if (!inProgress.add(r.id())) {
                throw new IllegalStateException("Requirement " + r.id() + " refers to itself");
            }
            Trace trace = new Trace();
            Status status;
            if (r.role() == RequirementRole.INFORMATION || r.condition() == null) {
                status = Status.NOT_APPLICABLE;
            } else {
                Status when = r.when() == null ? Status.MET : eval(r.when(), trace);
                status = switch (when) {
                    case NOT_MET, NOT_APPLICABLE -> Status.NOT_APPLICABLE;
                    // met either way, or open until the buyer says whether it applies
                    case UNKNOWN -> eval(r.condition(), trace) == Status.MET ? Status.MET : Status.UNKNOWN;
                    case MET -> eval(r.condition(), trace);
                };
            }
            inProgress.remove(r.id());
            RequirementResult result = new RequirementResult(r, status, trace.uses,
                    status == Status.UNKNOWN ? List.copyOf(trace.missing) : List.of(),
                    index.ambiguitiesAbout(r.id()));
            memo.put(r.id(), result);
            return result;
        }

        TierResult tier(ContractType.Tier t) {
            Status s = Status.MET;
            List<RequirementResult> deciding = new ArrayList<>();
            for (String id : t.requirementIds()) {
                Optional<Requirement> r = index.requirement(id);
                if (r.isPresent()) {
                    RequirementResult rr = requirement(r.get());
                    deciding.add(rr);
                    s = Status.and(s, rr.status() == Status.NOT_APPLICABLE ? Status.MET : rr.status());
                }
            }
            if (t.condition() != null) {
                Trace trace = new Trace();
                s = Status.and(s, eval(t.condition(), trace));
                collectRefs(t.condition(), deciding);
            }
            return new TierResult(t, s, deciding.stream().distinct().toList());
        }

        private void collectRefs(Condition c, List<RequirementResult> into) {
            if (c instanceof Condition.RequirementRef ref) {
                index.requirement(ref.requirementId()).ifPresent(r -> into.add(requirement(r)));
            } else if (c instanceof Condition.All a) {
                a.of().forEach(x -> collectRefs(x, into));
            } else if (c instanceof Condition.Any a) {
                a.of().forEach(x -> collectRefs(x, into));
            } else if (c instanceof Condition.AtLeast a) {
                a.of().forEach(x -> collectRefs(x, into));
            } else if (c instanceof Condition.Not n) {
                collectRefs(n.condition(), into);
            }
        }

        Status eval(Condition c, Trace trace) {
            if (c instanceof Condition.FactTest t) {
                return test(t, trace);
            }
            if (c instanceof Condition.All a) {
                Status s = Status.MET;
                for (Condition x : a.of()) {
                    s = Status.and(s, eval(x, trace));
                }
                return s;
            }
            if (c instanceof Condition.Any a) {
                boolean unknown = false;
                boolean met = false;
                for (Condition x : a.of()) {
                    Status s = eval(x, trace);
                    met |= s == Status.MET;
                    unknown |= s == Status.UNKNOWN;
                }
                return met ? Status.MET : unknown ? Status.UNKNOWN : Status.NOT_MET;
            }
            if (c instanceof Condition.Not n) {
                return switch (eval(n.condition(), trace)) {
                    case MET -> Status.NOT_MET;
                    case NOT_MET -> Status.MET;
                    default -> Status.UNKNOWN;
                };
            }
            if (c instanceof Condition.AtLeast a) {
                int met = 0;
                int unknown = 0;
                for (Condition x : a.of()) {
                    Status s = eval(x, trace);
                    if (s == Status.MET) {
                        met++;
                    } else if (s == Status.UNKNOWN) {
                        unknown++;
                    }
                }
                return met >= a.count() ? Status.MET : met + unknown < a.count() ? Status.NOT_MET : Status.UNKNOWN;
            }
            if (c instanceof Condition.RequirementRef ref) {
                Requirement r = index.requirement(ref.requirementId()).orElseThrow(
                        () -> new IllegalStateException("Unknown requirement " + ref.requirementId()));
                RequirementResult rr = requirement(r);
                trace.uses.addAll(rr.facts());
                trace.missing.addAll(rr.missingFacts());
                return rr.status() == Status.NOT_APPLICABLE ? Status.MET : rr.status();
            }
            return Status.MET;
        }

        private String scope(String fact) {
            return catalog.find(fact).filter(FactDefinition::insurerScoped).map(f -> policy.insurer().id()).orElse("");
        }

        private Status test(Condition.FactTest t, Trace trace) {
            String insurer = scope(t.fact());
            FactValue value = facts.value(t.fact(), insurer).orElse(null);
            Threshold th = threshold(t.value());
            Status s;
            if (value == null || th.missingFact != null) {
                if (value == null) {
                    trace.missing.add(t.fact());
                }
                if (th.missingFact != null) {
                    trace.missing.add(th.missingFact);
                }
                s = Status.UNKNOWN;
            } else {
                s = compare(t, value, th) ? Status.MET : Status.NOT_MET;
            }
            trace.uses.add(new FactUse(t.fact(), insurer, value, t.op(), th.shown, th.fact, t, s));
            return s;
        }

        /** The right-hand side: a literal, or computed from another fact. */
        private Threshold threshold(Condition.Operand operand) {
            if (operand instanceof Condition.Literal l) {
                return new Threshold(l.value(), null, null, null, null);
            }
            Condition.FactOperand f = (Condition.FactOperand) operand;
            Optional<FactValue> v = facts.value(f.fact(), scope(f.fact()));
            if (v.isEmpty() || v.get().asNumber() == null) {
                return new Threshold(null, f.fact(), f.fact(), null, null);
            }
            BigDecimal numerator = v.get().asNumber();
            if (f.multiplyBy() != null) {
                numerator = numerator.multiply(f.multiplyBy());
            }
            BigDecimal divisor = f.divideBy() == null ? BigDecimal.ONE : f.divideBy();
            if (f.round() == Condition.Rounding.UP || f.round() == Condition.Rounding.DOWN) {
                BigDecimal whole = numerator.divide(divisor, 0,
                        f.round() == Condition.Rounding.UP ? RoundingMode.CEILING : RoundingMode.FLOOR);
                return new Threshold(whole, f.fact(), null, whole, BigDecimal.ONE);
            }
            // exact: compare value * divisor with numerator; shown to 2 decimals
            BigDecimal shown = numerator.divide(divisor, 2, RoundingMode.HALF_UP).stripTrailingZeros();
            return new Threshold(shown, f.fact(), null, numerator, divisor);
        }

        private boolean compare(Condition.FactTest t, FactValue value, Threshold th) {
            Operator op = t.op();
            if (th.numerator != null) {
                BigDecimal lhs = value.asNumber().multiply(th.divisor);
                return ordering(op, lhs.compareTo(th.numerator));
            }
            Object rhs = th.shown;
            return switch (op) {
                case EQ -> same(value, rhs);
                case NE -> !same(value, rhs);
                case GE, GT, LE, LT -> {
                    if (value.asNumber() != null && rhs instanceof BigDecimal b) {
                        yield ordering(op, value.asNumber().compareTo(b));
                    }
                    if (value.asDate() != null) {
                        yield ordering(op, value.asDate().compareTo(LocalDate.parse(String.valueOf(rhs))));
                    }
                    throw new IllegalStateException("Cannot order " + t.fact());
                }
                case IN -> rhs instanceof List<?> l && l.stream().map(String::valueOf)
                        .anyMatch(x -> x.equals(String.valueOf(value.value())));
                case CONTAINS_ANY -> value.asList() != null && rhs instanceof List<?> l
                        && l.stream().map(String::valueOf).anyMatch(value.asList()::contains);
                case CONTAINS_ALL -> value.asList() != null && rhs instanceof List<?> l
                        && l.stream().map(String::valueOf).allMatch(value.asList()::contains);
            };
        }

        private boolean same(FactValue value, Object rhs) {
            if (value.asNumber() != null && rhs instanceof BigDecimal b) {
                return value.asNumber().compareTo(b) == 0;
            }
            if (value.asList() != null && rhs instanceof List<?> l) {
                return new HashSet<>(value.asList()).equals(new HashSet<>(l.stream().map(String::valueOf).toList()));
            }
            return String.valueOf(value.value()).equals(String.valueOf(rhs));
        }

        private boolean ordering(Operator op, int cmp) {
            return switch (op) {
                case GE -> cmp >= 0;
                case GT -> cmp > 0;
                case LE -> cmp <= 0;
                case LT -> cmp < 0;
                default -> throw new IllegalStateException(op + " is not an ordering");
            };
        }

        // --------------------------------------------------------------------------------------
        // planning: the cheapest set of fact changes that makes a condition hold

        Plan plan(Condition c, Set<String> visiting) {
            Status now = eval(c, new Trace());
            if (now == Status.MET) {
                return Plan.NONE;
            }
            if (c instanceof Condition.FactTest t) {
                return planTest(t);
            }
            if (c instanceof Condition.All a) {
                Plan p = Plan.NONE;
                for (Condition x : a.of()) {
                    Plan px = plan(x, visiting);
                    if (px == null) {
                        return null;
                    }
                    p = p.plus(px);
                }
                return p;
            }
            if (c instanceof Condition.Any a) {
                return a.of().stream().map(x -> plan(x, visiting)).filter(Objects::nonNull)
                        .min(Plan.CHEAPEST).orElse(null);
            }
            if (c instanceof Condition.AtLeast a) {
                List<Plan> plans = a.of().stream().map(x -> plan(x, visiting)).filter(Objects::nonNull)
                        .sorted(Plan.CHEAPEST).toList();
                if (plans.size() < a.count()) {
                    return null;
                }
                Plan p = Plan.NONE;
                for (int i = 0; i < a.count(); i++) {
                    p = p.plus(plans.get(i));
                }
                return p;
            }
            if (c instanceof Condition.Not n && n.condition() instanceof Condition.FactTest t) {
                Operator inverse = switch (t.op()) {
                    case GE -> Operator.LT;
                    case GT -> Operator.LE;
                    case LE -> Operator.GT;
                    case LT -> Operator.GE;
                    case EQ -> t.value() instanceof Condition.Literal l && l.value() instanceof Boolean ? Operator.EQ : null;
                    default -> null;
                };
                if (inverse == null) {
                    return null;
                }
                Condition.Operand operand = t.value();
                if (t.op() == Operator.EQ && operand instanceof Condition.Literal l && l.value() instanceof Boolean b) {
                    operand = new Condition.Literal(!b);
                }
                return planTest(new Condition.FactTest(t.fact(), inverse, operand));
            }
            if (c instanceof Condition.RequirementRef ref) {
                if (!visiting.add(ref.requirementId())) {
                    return null;
                }
                Requirement r = index.requirement(ref.requirementId()).orElse(null);
                if (r == null || r.condition() == null) {
                    return null;
                }
                Plan p = plan(r.condition(), visiting);
                if (p != null && r.when() != null && eval(r.when(), new Trace()) == Status.UNKNOWN) {
                    Trace tr = new Trace();
                    eval(r.when(), tr);
                    p = p.plus(new Plan(List.of(), tr.missing));
                }
                visiting.remove(ref.requirementId());
                return p;
            }
            return null;
        }

        private Plan planTest(Condition.FactTest t) {
            String insurer = scope(t.fact());
            FactValue value = facts.value(t.fact(), insurer).orElse(null);
            Threshold th = threshold(t.value());
            if (value == null || th.missingFact != null) {
                Set<String> open = new LinkedHashSet<>();
                if (value == null) {
                    open.add(t.fact());
                }
                if (th.missingFact != null) {
                    open.add(th.missingFact);
                }
                return new Plan(List.of(), open);
            }
            if (compare(t, value, th)) {
                return Plan.NONE;
            }
            FactDefinition def = catalog.find(t.fact()).orElse(null);
            FactType type = def == null ? value.type() : def.type();
            FactValue target = target(t, value, th, def, type);
            BigDecimal delta = target != null && target.asNumber() != null && value.asNumber() != null
                    ? target.asNumber().subtract(value.asNumber()) : null;
            return new Plan(List.of(new Change(t.fact(), insurer, value, t.op(), th.shown, target, delta)), Set.of());
        }

        private FactValue target(Condition.FactTest t, FactValue current, Threshold th, FactDefinition def,
                                 FactType type) {
            Object rhs = th.shown;
            switch (t.op()) {
                case EQ:
                    if (rhs instanceof Boolean || rhs instanceof String) {
                        return type == FactType.BOOLEAN ? FactValue.bool((Boolean) rhs) : FactValue.choice(String.valueOf(rhs));
                    }
                    return rhs instanceof BigDecimal b ? FactValue.number(type, b) : null;
                case NE:
                    return current.asBoolean() != null ? FactValue.bool(!current.asBoolean()) : null;
                case IN:
                    return rhs instanceof List<?> l && !l.isEmpty() ? FactValue.choice(String.valueOf(l.get(0))) : null;
                case CONTAINS_ANY:
                case CONTAINS_ALL: {
                    if (!(rhs instanceof List<?> l) || l.isEmpty()) {
                        return null;
                    }
                    List<String> items = new ArrayList<>(current.asList() == null ? List.of() : current.asList());
                    for (Object o : t.op() == Operator.CONTAINS_ANY ? List.of(l.get(0)) : l) {
                        if (!items.contains(String.valueOf(o))) {
                            items.add(String.valueOf(o));
                        }
                    }
                    return FactValue.list(items);
                }
                default:
                    break;
            }
            // ordering: smallest value beyond the threshold
            BigDecimal exact = th.numerator != null ? th.numerator.divide(th.divisor, 10, RoundingMode.HALF_UP)
                    : rhs instanceof BigDecimal b ? b : null;
            if (exact == null) {
                return null;
            }
            boolean whole = def != null && def.wholeNumber();
            BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.01");
            BigDecimal v = switch (t.op()) {
                case GE -> whole ? exact.setScale(0, RoundingMode.CEILING) : exact.setScale(2, RoundingMode.CEILING);
                case GT -> whole ? exact.setScale(0, RoundingMode.FLOOR).add(step)
                        : exact.setScale(2, RoundingMode.FLOOR).add(step);
                case LE -> whole ? exact.setScale(0, RoundingMode.FLOOR) : exact.setScale(2, RoundingMode.FLOOR);
                case LT -> whole ? exact.setScale(0, RoundingMode.CEILING).subtract(step)
                        : exact.setScale(2, RoundingMode.CEILING).subtract(step);
                default -> null;
            };
            return v == null ? null : FactValue.number(type, v);
        }
    }

    /**
     * A threshold: {@code shown} is what the buyer sees (literal, or the computed value); for a
     * threshold computed without rounding, {@code numerator / divisor} is the exact fraction.
     */
    private record Threshold(Object shown, String fact, String missingFact, BigDecimal numerator, BigDecimal divisor) {
    }
}
