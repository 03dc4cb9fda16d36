package nl.inkoopwerkbank.domain.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.Requirement;

/**
 * The questions a checklist asks: every fact that the requirements and tiers of one or more
 * (policy, contract type) pairs refer to, each once, grouped by topic, with the requirements that use
 * it (so the requirement text and source can stand beside the question).
 */
public final class Questionnaire {

    /** A question: the fact, and the requirements (of any of the chosen policies) that use it. */
    public record Question(FactDefinition fact, List<Use> usedBy) {
        public Question {
            usedBy = List.copyOf(usedBy);
        }
    }

    /** One requirement that uses a fact, with the policy it belongs to. */
    public record Use(Policy policy, Requirement requirement) {
    }

    /** The questions of one topic. */
    public record Topic(String topic, List<Question> questions) {
        public Topic {
            questions = List.copyOf(questions);
        }
    }

    /** A policy with one of its contract types. */
    public record Target(Policy policy, ContractType contract) {
    }

    private Questionnaire() {
    }

    /** The topics in the order of {@link PolicyComparison#TOPICS}; questions in catalogue order. */
    public static List<Topic> build(FactCatalog catalog, List<Target> targets) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        for (Target t : targets) {
            Set<String> reqIds = new LinkedHashSet<>();
            t.policy().requirementsFor(t.contract().id()).forEach(r -> reqIds.add(r.id()));
            for (ContractType.Tier tier : t.contract().tiers()) {
                reqIds.addAll(tier.requirementIds());
                refs(tier.condition(), reqIds);
            }
            for (String id : List.copyOf(reqIds)) {
                t.policy().requirement(id).ifPresent(r -> {
                    refs(r.condition(), reqIds);
                    refs(r.when(), reqIds);
                });
            }
            for (String id : reqIds) {
                t.policy().requirement(id).ifPresent(r -> {
                    Set<String> facts = new LinkedHashSet<>();
                    facts(r.when(), facts);
                    facts(r.condition(), facts);
                    for (String f : facts) {
                        List<Use> list = uses.computeIfAbsent(f, k -> new ArrayList<>());
                        if (list.stream().noneMatch(u -> u.requirement().id().equals(r.id()))) {
                            list.add(new Use(t.policy(), r));
                        }
                    }
                });
            }
        }
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        for (FactDefinition f : catalog.all()) {
            List<Use> u = uses.get(f.key());
            if (u != null) {
                byTopic.computeIfAbsent(f.topic(), k -> new ArrayList<>()).add(new Question(f, u));
            }
        }
        List<String> order = PolicyComparison.TOPICS;
        return byTopic.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> {
                    int i = order.indexOf(e.getKey());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }))
                .map(e -> new Topic(e.getKey(), e.getValue())).toList();
    }

    /** Every fact a condition refers to (tested facts and facts in computed thresholds). */
    public static void facts(Condition c, Set<String> into) {
        if (c instanceof Condition.FactTest t) {
            into.add(t.fact());
            if (t.value() instanceof Condition.FactOperand f) {
                into.add(f.fact());
            }
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> facts(x, into));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> facts(x, into));
        } else if (c instanceof Condition.AtLeast a) {
            a.of().forEach(x -> facts(x, into));
        } else if (c instanceof Condition.Not n) {
            facts(n.condition(), into);
        }
    }

    private static void refs(Condition c, Set<String> into) {
        if (c instanceof Condition.RequirementRef r) {
            into.add(r.requirementId());
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> refs(x, into));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> refs(x, into));
        } else if (c instanceof Condition.AtLeast a) {
            a.of().forEach(x -> refs(x, into));
        } else if (c instanceof Condition.Not n) {
            refs(n.condition(), into);
        }
    }
}
