package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;

/**
 * The checklist facts a quote round answers, so that a policy's IGO requirements (VGZ's 75% of the
 * practices in the adherentiegebied, Zorg en Zekerheid's minimum participants, budget neutrality,
 * schoning, ...) are evaluated by the same engine as every other requirement. A fact is derived only
 * when the quote holds what it needs; nothing is guessed.
 */
public final class QuoteFacts {

    /** Every fact a quote can answer. */
    public static final Set<String> KEYS = Set.of("member_midwifery_practices", "member_hospitals",
            "member_kraamzorg_providers", "igo_disciplines", "igo_board_disciplines", "adherentie_practices_joined",
            "adherentie_practices_total", "registered_legal_entity_kvk", "written_mandate_from_members",
            "igo_cost_per_birth", "mono_cost_per_birth", "igo_budget_neutral", "igo_integral_budget",
            "mono_birth_care_costs", "schoning_agreement_with_hospital", "quote_with_required_contents");

    private QuoteFacts() {
    }

    /**
     * The answers a round gives, each with evidence naming the round; facts the catalogue does not
     * hold are left out. Insurer-scoped facts are answered for {@code insurerId}.
     */
    public static List<FactAnswer> derive(FactCatalog catalog, String insurerId, QuoteRound round, QuoteFigures f,
                                          BudgetNeutrality n, Completeness completeness, String evidenceSource) {
        QuoteContent c = round.content();
        List<Candidate> out = new ArrayList<>();
        if (!c.participants().isEmpty()) {
            out.add(number("member_midwifery_practices", c.count(Discipline.EERSTELIJNS_VERLOSKUNDE)));
            out.add(number("member_hospitals", c.count(Discipline.ZIEKENHUIS)));
            out.add(number("member_kraamzorg_providers", c.count(Discipline.KRAAMZORG)));
            Set<String> disciplines = new LinkedHashSet<>();
            for (Discipline d : Discipline.values()) {
                if (d != Discipline.OVERIG && c.count(d) > 0) {
                    disciplines.add(d.name());
                }
            }
            out.add(new Candidate("igo_disciplines", FactValue.list(List.copyOf(disciplines))));
        }
        if (!c.board().isEmpty()) {
            Set<String> seats = new LinkedHashSet<>();
            for (BoardDiscipline d : BoardDiscipline.values()) {
                if (c.board().stream().anyMatch(b -> b.discipline() == d)) {
                    seats.add(d.name());
                }
            }
            out.add(new Candidate("igo_board_disciplines", FactValue.list(List.copyOf(seats))));
        }
        if (c.adherenceJoined() != null) {
            out.add(number("adherentie_practices_joined", c.adherenceJoined()));
        }
        if (c.adherenceTotal() != null) {
            out.add(number("adherentie_practices_total", c.adherenceTotal()));
        }
        if (c.legalForm() != null && (!c.legalForm().isLegalEntity() || !c.kvkNumber().isEmpty())) {
            out.add(new Candidate("registered_legal_entity_kvk", FactValue.bool(c.legalForm().isLegalEntity())));
        }
        if (c.mandatesInWriting() != null) {
            out.add(new Candidate("written_mandate_from_members", FactValue.bool(c.mandatesInWriting())));
        }
        if (n.integralPerBirth() != null) {
            out.add(money("igo_cost_per_birth", n.integralPerBirth()));
        }
        if (n.monoPerBirth() != null) {
            out.add(money("mono_cost_per_birth", n.monoPerBirth()));
        }
        if (n.verdict() != BudgetNeutrality.Verdict.UNKNOWN) {
            out.add(new Candidate("igo_budget_neutral", FactValue.bool(n.verdict() == BudgetNeutrality.Verdict.NEUTRAL)));
        }
        if (f.totalComplete() && f.insurerPart() != null) {
            out.add(money("igo_integral_budget", f.insurerPart()));
            if (n.monoPerBirth() != null && c.totalVolume() != null && c.marketSharePct() != null) {
                // the exact insurer births, like the insurer's part (insurerBirths is rounded for display)
                BigDecimal births = c.totalVolume().multiply(c.marketSharePct()).divide(QuoteFigures.HUNDRED);
                out.add(money("mono_birth_care_costs", QuoteFigures.cents(n.monoPerBirth().multiply(births))));
            }
        }
        if (c.schoning().status() != null) {
            out.add(new Candidate("schoning_agreement_with_hospital",
                    FactValue.bool(c.schoning().status() == SchoningStatus.AGREED)));
        }
        // complete -> true; something missing -> false; only items the buyer has not confirmed yet -> no answer
        if (completeness != null && !completeness.entries().isEmpty()) {
            if (completeness.isComplete()) {
                out.add(new Candidate("quote_with_required_contents", FactValue.bool(true)));
            } else if (completeness.entries().stream().anyMatch(e -> e.state() == Completeness.State.MISSING)) {
                out.add(new Candidate("quote_with_required_contents", FactValue.bool(false)));
            }
        }
        LocalDate checked = round.receivedOn() != null ? round.receivedOn() : round.date();
        Evidence evidence = new Evidence(evidenceSource, checked, round.author());
        List<FactAnswer> answers = new ArrayList<>();
        for (Candidate cand : out) {
            FactDefinition def = catalog.find(cand.key).orElse(null);
            if (def == null || !compatible(def.type(), cand.value.type())) {
                continue;
            }
            FactValue v = def.type() == cand.value.type() ? cand.value : FactValue.number(def.type(), cand.value.asNumber());
            answers.add(new FactAnswer(cand.key, def.insurerScoped() ? insurerId : "", v, evidence, Instant.EPOCH));
        }
        return List.copyOf(answers);
    }

    /** The facts a condition reads (tests and fact operands), for deciding which requirements a quote informs. */
    public static Set<String> factsOf(Condition c) {
        Set<String> out = new LinkedHashSet<>();
        collect(c, out);
        return out;
    }

    private static void collect(Condition c, Set<String> out) {
        if (c == null) {
            return;
        }
        if (c instanceof Condition.FactTest t) {
            out.add(t.fact());
            if (t.value() instanceof Condition.FactOperand o) {
                out.add(o.fact());
            }
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.AtLeast a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.Not n) {
            collect(n.condition(), out);
        }
    }

    private static boolean compatible(FactType wanted, FactType have) {
        return wanted == have || (wanted.isNumeric() && have.isNumeric());
    }

    private record Candidate(String key, FactValue value) {
    }

    private static Candidate number(String key, long n) {
        return new Candidate(key, FactValue.number(FactType.NUMBER, BigDecimal.valueOf(n)));
    }

    private static Candidate money(String key, BigDecimal v) {
        return new Candidate(key, FactValue.number(FactType.MONEY, v));
    }
}
