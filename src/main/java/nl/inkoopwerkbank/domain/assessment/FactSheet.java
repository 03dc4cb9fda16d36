package nl.inkoopwerkbank.domain.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about one provider: its answers by fact key and, for insurer-scoped facts, by
 * insurer. Immutable; {@link #with} gives a changed copy. One sheet serves every insurer's checklist.
 */
public final class FactSheet {

    public static final FactSheet EMPTY = new FactSheet(List.of());

    private final Map<String, FactAnswer> answers = new LinkedHashMap<>();

    public FactSheet(Collection<FactAnswer> answers) {
        for (FactAnswer a : answers) {
            this.answers.put(slot(a.factKey(), a.insurerId()), a);
        }
    }

    private static String slot(String key, String insurerId) {
        return key + "|" + (insurerId == null ? "" : insurerId);
    }

    /**
     * The answer that holds for an insurer: the insurer's own answer for an insurer-scoped fact,
     * otherwise the provider-wide answer.
     */
    public Optional<FactAnswer> answer(String key, String insurerId) {
        FactAnswer own = insurerId == null || insurerId.isEmpty() ? null : answers.get(slot(key, insurerId));
        return Optional.ofNullable(own != null ? own : answers.get(slot(key, "")));
    }

    public Optional<FactValue> value(String key, String insurerId) {
        return answer(key, insurerId).map(FactAnswer::value);
    }

    public FactSheet with(FactAnswer answer) {
        // the same as copying every answer, dropping the one in this slot and adding the new one last,
        // without hashing every answer again
        FactSheet copy = new FactSheet(List.of());
        copy.answers.putAll(answers);
        String slot = slot(answer.factKey(), answer.insurerId());
        copy.answers.remove(slot);
        copy.answers.put(slot, answer);
        return copy;
    }

    public FactSheet without(String key, String insurerId) {
        List<FactAnswer> copy = new ArrayList<>(answers.values());
        copy.removeIf(a -> a.factKey().equals(key) && a.insurerId().equals(insurerId == null ? "" : insurerId));
        return new FactSheet(copy);
    }

    /** All answers, sorted by key and insurer. */
    public List<FactAnswer> answers() {
        return answers.values().stream()
                .sorted(Comparator.comparing(FactAnswer::factKey).thenComparing(FactAnswer::insurerId)).toList();
    }

    public int size() {
        return answers.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSheet other && other.answers.equals(answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }
}
