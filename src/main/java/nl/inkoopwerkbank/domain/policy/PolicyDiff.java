package nl.inkoopwerkbank.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one policy to another: the computed "Wijzigingen 2028 ten opzichte van 2027".
 * Elements are matched by id (a policy cloned into a new year keeps its ids); for each changed element
 * the fields that differ are listed with their old and new value.
 */
public record PolicyDiff(String fromId, String toId, List<Change> changes) {

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String labelKey() {
            return "policy.diff.kind." + name();
        }
    }

    /** The kinds of element a policy has; labels live in the bundle as {@code policy.element.<name>}. */
    public enum Element {
        CONTRACT_TYPE, TIER, REQUIREMENT, DEADLINE, RELATIVE_TERM, QUOTE_ITEM, CALCULATION, AMBIGUITY;

        public String labelKey() {
            return "policy.element." + name();
        }
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record Change(Kind kind, Element element, String id, String label, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    public PolicyDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public static PolicyDiff between(Policy from, Policy to) {
        List<Change> out = new ArrayList<>();
        if (!Objects.equals(from.title(), to.title())) {
            out.add(new Change(Kind.CHANGED, Element.CONTRACT_TYPE, to.id(), to.title(),
                    List.of(new FieldChange("title", from.title(), to.title()))));
            out.remove(out.size() - 1); // the title is not an element of its own; shown in the header instead
        }
        compare(out, Element.CONTRACT_TYPE, from.contractTypes(), to.contractTypes(), ContractType::id, ContractType::name,
                PolicyDiff::contractFields);
        List<Tier> fromTiers = tiers(from);
        List<Tier> toTiers = tiers(to);
        compare(out, Element.TIER, fromTiers, toTiers, Tier::key, t -> t.tier().name(), PolicyDiff::tierFields);
        compare(out, Element.REQUIREMENT, from.requirements(), to.requirements(), Requirement::id, Requirement::text,
                PolicyDiff::requirementFields);
        compare(out, Element.DEADLINE, from.deadlines(), to.deadlines(), Deadline::id, Deadline::action,
                PolicyDiff::deadlineFields);
        compare(out, Element.RELATIVE_TERM, from.relativeTerms(), to.relativeTerms(), RelativeTerm::id, RelativeTerm::action,
                t -> fields("trigger", t.trigger(), "offset", String.valueOf(t.offset()), "action", t.action(),
                        "effect", t.effect(), "appliesTo", String.join(", ", t.appliesTo())));
        compare(out, Element.QUOTE_ITEM, from.quoteContents(), to.quoteContents(), QuoteItem::id, QuoteItem::text,
                q -> fields("item", q.item(), "text", q.text()));
        compare(out, Element.CALCULATION, from.calculations(), to.calculations(), Calculation::id, Calculation::name,
                c -> fields("name", c.name(), "formula", String.valueOf(c.formula()), "appliesTo", String.join(", ", c.appliesTo())));
        compare(out, Element.AMBIGUITY, from.ambiguities(), to.ambiguities(), Ambiguity::id, a -> a.chosenReading().text(),
                a -> fields("chosen", a.chosenReading().text(), "why", a.why()));
        return new PolicyDiff(from.id(), to.id(), out);
    }

    private record Tier(String key, ContractType.Tier tier) {
    }

    private static List<Tier> tiers(Policy p) {
        List<Tier> out = new ArrayList<>();
        for (ContractType c : p.contractTypes()) {
            for (ContractType.Tier t : c.tiers()) {
                out.add(new Tier(c.id() + "/" + t.id(), t));
            }
        }
        return out;
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }

    private static Map<String, String> contractFields(ContractType c) {
        ContractType.Duration d = c.duration();
        return fields("name", c.name(), "kind", c.kind().name(), "providerTypes",
                String.join(", ", c.providerTypes().stream().map(Enum::name).toList()),
                "start", d == null || d.start() == null ? "" : d.start().toString(),
                "end", d == null || d.end() == null ? "" : d.end().toString(),
                "offeredVia", String.join(", ", c.offeredVia()), "negotiable", String.valueOf(c.negotiable()),
                "requires", String.join(", ", c.requires()));
    }

    private static Map<String, String> tierFields(Tier t) {
        return fields("name", t.tier().name(), "requirements", String.join(", ", t.tier().requirementIds()),
                "condition", ConditionText.of(t.tier().condition()));
    }

    private static Map<String, String> requirementFields(Requirement r) {
        return fields("text", r.text(), "role", r.role().code(), "topic", r.topic(),
                "appliesTo", String.join(", ", r.appliesTo()), "when", ConditionText.of(r.when()),
                "condition", ConditionText.of(r.condition()));
    }

    private static Map<String, String> deadlineFields(Deadline d) {
        return fields("date", d.date().toString(), "semantics", d.semantics().code(), "actor", d.actor(),
                "action", d.action(), "channel", d.channel(), "appliesTo", String.join(", ", d.appliesTo()));
    }

    private static <T> void compare(List<Change> out, Element element, List<T> before, List<T> after,
                                    Function<T, String> id, Function<T, String> label,
                                    Function<T, Map<String, String>> fields) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(x -> old.put(id.apply(x), x));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(x -> now.put(id.apply(x), x));
        for (T x : before) {
            if (!now.containsKey(id.apply(x))) {
                out.add(new Change(Kind.REMOVED, element, id.apply(x), label.apply(x), List.of()));
            }
        }
        for (T x : after) {
            T was = old.get(id.apply(x));
            if (was == null) {
                out.add(new Change(Kind.ADDED, element, id.apply(x), label.apply(x), List.of()));
            } else {
                Map<String, String> a = fields.apply(was);
                Map<String, String> b = fields.apply(x);
                List<FieldChange> diffs = new ArrayList<>();
                for (Map.Entry<String, String> e : b.entrySet()) {
                    if (!Objects.equals(a.get(e.getKey()), e.getValue())) {
                        diffs.add(new FieldChange(e.getKey(), a.get(e.getKey()), e.getValue()));
                    }
                }
                if (!diffs.isEmpty()) {
                    out.add(new Change(Kind.CHANGED, element, id.apply(x), label.apply(x), diffs));
                }
            }
        }
    }
}
