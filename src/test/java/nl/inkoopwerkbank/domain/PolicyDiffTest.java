package nl.inkoopwerkbank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyClone;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.policy.SourceRef;

class PolicyDiffTest {

    static Requirement req(String id, String text, BigDecimal threshold) {
        return new Requirement(id, text, "employed-staff", RequirementRole.KNOCK_OUT, List.of("*"), null,
                new Condition.FactTest("carers_employed_pct", Operator.GE, new Condition.Literal(threshold)),
                new SourceRef("Randvoorwaarden"), null);
    }

    static Policy policy(int year, List<Requirement> reqs) {
        Deadline sign = new Deadline("x.dl.tekenen", LocalDate.of(year - 1, 11, 12), null, Deadline.Semantics.ON_OR_BEFORE,
                "zorgaanbieder", "Contract ondertekenen", "VECOZO", List.of("*"), null, false, new SourceRef("Planning"), null);
        return new Policy("test-" + year + "-geboortezorg", new Policy.Insurer("caresq", "Caresq", List.of()), year,
                "geboortezorg", "Inkoopbeleid " + year, new Policy.Source("x.txt", "x"), null, List.of(), reqs, List.of(sign),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aCloneMovesIdTitleAndDatesAndDiffsEmpty() {
        Policy p2027 = policy(2027, List.of(req("x.a", "A", BigDecimal.valueOf(50))));
        Policy p2028 = PolicyClone.toYear(p2027, 2028);
        assertEquals("test-2028-geboortezorg", p2028.id());
        assertEquals("Inkoopbeleid 2028", p2028.title());
        assertEquals(LocalDate.of(2027, 11, 12), p2028.deadlines().get(0).date());
        PolicyDiff diff = PolicyDiff.between(p2027, p2028);
        assertEquals(1, diff.changes().size(), "only the moved date: " + diff.changes());
        assertEquals("date", diff.changes().get(0).fields().get(0).field());
    }

    @Test
    void addedRemovedAndChangedRequirementsAreListedWithTheirOldAndNewValue() {
        Policy before = policy(2027, List.of(req("x.a", "Minimaal 50% in loondienst", BigDecimal.valueOf(50)),
                req("x.b", "Oude eis", BigDecimal.ONE)));
        List<Requirement> reqs = new ArrayList<>();
        reqs.add(req("x.a", "Minimaal 60% in loondienst", BigDecimal.valueOf(60)));
        reqs.add(req("x.c", "Nieuwe eis", BigDecimal.TEN));
        Policy after = PolicyClone.toYear(policy(2027, reqs), 2027);
        PolicyDiff diff = PolicyDiff.between(before, after);
        assertEquals(1, diff.count(PolicyDiff.Kind.ADDED));
        assertEquals(1, diff.count(PolicyDiff.Kind.REMOVED));
        assertEquals(1, diff.count(PolicyDiff.Kind.CHANGED));
        PolicyDiff.Change changed = diff.changes().stream().filter(c -> c.kind() == PolicyDiff.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("x.a", changed.id());
        assertEquals(List.of(new PolicyDiff.FieldChange("text", "Minimaal 50% in loondienst", "Minimaal 60% in loondienst"),
                new PolicyDiff.FieldChange("condition", "carers_employed_pct ≥ 50", "carers_employed_pct ≥ 60")), changed.fields());
    }

    @Test
    void conditionsReadAsCompactFormulas() {
        Condition ratio = new Condition.FactTest("training_places", Operator.GE,
                new Condition.FactOperand("fte_kraamverzorgenden", null, BigDecimal.valueOf(20), Condition.Rounding.UP));
        assertEquals("training_places ≥ fte_kraamverzorgenden / 20 ↑", ConditionText.of(ratio));
        Condition two = new Condition.AtLeast(2, List.of(new Condition.RequirementRef("a"), new Condition.RequirementRef("b")));
        assertEquals("2 van [eis a; eis b]", ConditionText.of(two));
        assertTrue(ConditionText.of(new Condition.All(List.of(ratio, new Condition.Not(two)))).contains(" EN (NIET"));
    }
}
