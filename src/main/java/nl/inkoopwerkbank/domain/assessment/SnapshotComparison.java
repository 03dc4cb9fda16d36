package nl.inkoopwerkbank.domain.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two assessments of the same provider and contract side by side (an earlier snapshot and a later one,
 * or a snapshot and today): outcome, tier, every requirement whose status changed (including
 * requirements added to or removed from the policy) and every fact whose answer changed.
 */
public record SnapshotComparison(ContractAssessment before, ContractAssessment after, List<RequirementChange> requirements,
                                 List<FactChange> facts) {

    /** A requirement's status before and after; a side is null when the requirement was not in that policy version. */
    public record RequirementChange(String requirementId, String text, Status before, Status after) {
    }

    /** A fact's answer before and after; a side is null when it was not answered. */
    public record FactChange(String factKey, String insurerId, FactValue before, FactValue after) {
    }

    public SnapshotComparison {
        requirements = List.copyOf(requirements);
        facts = List.copyOf(facts);
    }

    public boolean outcomeChanged() {
        return before.outcome() != after.outcome();
    }

    public boolean tierChanged() {
        return !Objects.equals(tierId(before), tierId(after));
    }

    public static String tierId(ContractAssessment a) {
        return a.tier() == null ? null : a.tier().id();
    }

    public static SnapshotComparison of(ContractAssessment before, FactSheet factsBefore, ContractAssessment after,
                                        FactSheet factsAfter) {
        Map<String, RequirementResult> b = new LinkedHashMap<>();
        before.results().forEach(r -> b.put(r.id(), r));
        Map<String, RequirementResult> a = new LinkedHashMap<>();
        after.results().forEach(r -> a.put(r.id(), r));
        Set<String> ids = new LinkedHashSet<>(b.keySet());
        ids.addAll(a.keySet());
        List<RequirementChange> changes = new ArrayList<>();
        for (String id : ids) {
            RequirementResult rb = b.get(id);
            RequirementResult ra = a.get(id);
            Status sb = rb == null ? null : rb.status();
            Status sa = ra == null ? null : ra.status();
            boolean textChanged = rb != null && ra != null && !rb.requirement().equals(ra.requirement());
            if (sb != sa || textChanged) {
                changes.add(new RequirementChange(id, (ra != null ? ra : rb).requirement().text(), sb, sa));
            }
        }
        Map<String, FactAnswer> fb = new LinkedHashMap<>();
        factsBefore.answers().forEach(x -> fb.put(x.factKey() + "|" + x.insurerId(), x));
        Map<String, FactAnswer> fa = new LinkedHashMap<>();
        factsAfter.answers().forEach(x -> fa.put(x.factKey() + "|" + x.insurerId(), x));
        Set<String> keys = new LinkedHashSet<>(fb.keySet());
        keys.addAll(fa.keySet());
        List<FactChange> factChanges = new ArrayList<>();
        for (String k : keys.stream().sorted().toList()) {
            FactValue vb = Optional.ofNullable(fb.get(k)).map(FactAnswer::value).orElse(null);
            FactValue va = Optional.ofNullable(fa.get(k)).map(FactAnswer::value).orElse(null);
            if (!Objects.equals(vb, va)) {
                FactAnswer any = fa.getOrDefault(k, fb.get(k));
                factChanges.add(new FactChange(any.factKey(), any.insurerId(), vb, va));
            }
        }
        return new SnapshotComparison(before, after, changes, factChanges);
    }
}
