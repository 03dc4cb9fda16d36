package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RequirementRole;

class PolicyYamlReaderTest {

    static final String FACTS = """
            format: inkoopwerkbank-facts/1
            facts:
              - key: ksv_member
                type: boolean
                question: "Lid van het KSV?"
              - key: carers_employed_pct
                type: percentage
                question: "Deel in loondienst?"
              - key: training_places
                type: number
                question: "Opleidingsplekken?"
              - key: fte_kraamverzorgenden
                type: number
                question: "Fte?"
              - key: quality_certificates
                type: list
                choices: [HKZ, ISO_9001, NEN_EN_15224]
                question: "Certificaten?"
            """;

    /** A small but complete policy; tests break one thing at a time. Line numbers matter below. */
    static final String VALID = """
            format: inkoopwerkbank-policy/1
            id: test-2027-geboortezorg
            insurer: {id: caresq, name: Caresq, labels: [Eucare]}
            year: 2027
            domain: geboortezorg
            title: Testbeleid
            source: {file: x.txt, document: Test}
            contractTypes:
              - id: kraamzorg
                name: Zorgovereenkomst Kraamzorg
                kind: contract
                providerTypes: [KRAAMZORGORGANISATIE]
                duration: {start: 2026-01-01, end: 2027-12-31, description: twee jaar}
                offeredVia: [VECOZO]
                negotiable: false
                tiers:
                  - id: A
                    name: A
                    condition: {atLeast: 2, of: [{requirement: t.opleiden}, {requirement: t.ksv}]}
                    source: {section: "Gedifferentieerde inkoop"}
                  - id: C
                    name: C
                    condition: {always: true}
                    source: {section: "Gedifferentieerde inkoop"}
                source: {section: "Inkoopprocedure"}
            requirements:
              - id: t.loondienst
                text: "Minimaal 50% in loondienst."
                topic: employed-staff
                role: knock-out
                appliesTo: [kraamzorg]
                condition: {fact: carers_employed_pct, op: ge, value: 50}
                source: {section: "Randvoorwaarden"}
              - id: t.opleiden
                text: "Per 20 fte een opleidingsplek."
                topic: training
                role: differentiation
                appliesTo: [kraamzorg]
                condition: {fact: training_places, op: ge, value: {fact: fte_kraamverzorgenden, divideBy: 20, round: up}}
                source: {section: "Differentiatiefactoren"}
              - id: t.ksv
                text: "Aangesloten bij het KSV."
                topic: ksv
                role: differentiation
                appliesTo: ["*"]
                condition: {fact: ksv_member, op: eq, value: true}
                source: {section: "Differentiatiefactoren"}
              - id: t.cert
                text: "HKZ of NEN-EN 15224."
                topic: certificate
                role: knock-out
                appliesTo: [kraamzorg]
                condition: {fact: quality_certificates, op: containsAny, value: [HKZ, NEN_EN_15224]}
                source: {section: "Randvoorwaarden"}
            deadlines:
              - id: t.dl.ondertekenen
                date: 2026-11-07
                semantics: on-or-before
                actor: zorgaanbieder
                action: "Contract ondertekenen"
                channel: VECOZO
                source: {section: "Tijdslijn"}
              - id: t.dl.zorgzoeker
                date: 2026-11-12
                semantics: "on"
                actor: zorgverzekeraar
                action: "Publicatie zorgzoeker"
                source: {section: "Tijdslijn"}
            relativeTerms:
              - id: t.rt.volgen
                trigger: lead-insurer-agreement
                offset: {months: 1}
                action: "Afspraken preferente verzekeraar melden"
                source: {section: "Integrale geboortezorg"}
            quoteContents:
              - id: t.q.volume
                item: total_volume
                text: "Totaal volume"
                source: {section: "Offerte"}
            calculations:
              - id: t.calc.plekken
                name: Opleidingsplekken
                formula: {quotient: [{fact: fte_kraamverzorgenden}, 20]}
                source: {section: "Differentiatiefactoren"}
            ambiguities:
              - id: t.amb.vijftig
                about: [t.loondienst, kraamzorg/A]
                readings:
                  - {text: "minimaal 50%", source: {section: "Randvoorwaarden"}}
                  - {text: "maximaal 50%", source: {section: "Bemiddeling"}}
                chosen: 0
                why: "Precies 50% valt onder beide."
            """;

    static FactCatalog facts() {
        FactCatalogYaml.Result r = FactCatalogYaml.read(FACTS, "facts.yaml");
        assertTrue(r.ok(), r.problems().toString());
        return r.catalog();
    }

    static PolicyYamlReader.Result read(String text) {
        return PolicyYamlReader.read(text, "beleid.yaml", facts());
    }

    /** The 1-based line of the n-th (1-based) occurrence of a snippet. */
    static int lineOf(String text, String snippet, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(snippet, at + 1);
            if (at < 0) {
                throw new AssertionError("not in text: " + snippet);
            }
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static int lineOf(String text, String snippet) {
        return lineOf(text, snippet, 1);
    }

    static List<String> keysAt(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.messageKey()).toList();
    }

    @Test
    void readsAValidPolicyCompletely() {
        PolicyYamlReader.Result r = read(VALID);
        assertTrue(r.ok(), r.problems().toString());
        Policy p = r.policy();
        assertEquals("test-2027-geboortezorg", p.id());
        assertEquals(2027, p.year());
        assertEquals(LocalDate.of(2027, 12, 31), p.contractTypes().get(0).duration().end());
        assertEquals(List.of("A", "C"), p.contractTypes().get(0).tiers().stream().map(t -> t.id()).toList());
        assertEquals(RequirementRole.DIFFERENTIATION, p.requirement("t.ksv").orElseThrow().role());
        assertEquals(4, p.requirementsFor("kraamzorg").size());
        Condition.FactTest ge = (Condition.FactTest) p.requirement("t.loondienst").orElseThrow().condition();
        assertEquals(Operator.GE, ge.op());
        assertEquals(new BigDecimal("50"), ((Condition.Literal) ge.value()).value());
        Condition.FactOperand ratio = (Condition.FactOperand) ((Condition.FactTest) p.requirement("t.opleiden").orElseThrow()
                .condition()).value();
        assertEquals(new BigDecimal("20"), ratio.divideBy());
        assertEquals(Condition.Rounding.UP, ratio.round());
        assertEquals(Deadline.Semantics.ON, p.deadlines().get(1).semantics());
        assertEquals(LocalDate.of(2026, 11, 6), p.deadlines().get(0).date().minusDays(1));
        assertEquals(Period.ofMonths(1), p.relativeTerms().get(0).offset());
        assertEquals(List.of("*"), p.deadlines().get(0).appliesTo(), "a step without appliesTo is for every contract");
        assertEquals(1, p.ambiguitiesAbout("kraamzorg/A").size());
        assertEquals(lineOf(VALID, "- id: t.loondienst"), r.lines().get("t.loondienst"));
    }

    @Test
    void aWrittenPolicyReadsBackTheSame() {
        Policy p = read(VALID).policy();
        String yaml = PolicyDocument.toYaml(p);
        PolicyYamlReader.Result again = read(yaml);
        assertTrue(again.ok(), again.problems() + "\n" + yaml);
        assertEquals(p, again.policy());
        assertTrue(yaml.contains("semantics: \"on\"") || yaml.contains("semantics: 'on'"), "on stays text: " + yaml);
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        List<Problem> problems = read(VALID.replace("title: Testbeleid", "title: [Testbeleid")).problems();
        assertEquals(1, problems.size());
        assertEquals("policy.yaml.syntax", problems.get(0).messageKey());
        assertTrue(problems.get(0).line() >= 6, problems.toString());
    }

    @Test
    void unknownKeysAndWrongValueKindsAreReportedWithLines() {
        String broken = VALID.replace("    negotiable: false", "    negotiabel: false")
                .replace("year: 2027", "year: twintig")
                .replace("date: 2026-11-07", "date: 7 november");
        assertEquals(List.of(lineOf(broken, "year:") + ":policy.yaml.expected-integer",
                lineOf(broken, "negotiabel") + ":policy.yaml.unknown-key",
                lineOf(broken, "date: 7 november") + ":policy.yaml.expected-date"), keysAt(read(broken).problems()));
    }

    @Test
    void anUnquotedOnIsCaughtBecauseYamlReadsItAsTrue() {
        String broken = VALID.replace("semantics: \"on\"", "semantics: on");
        assertEquals(List.of(lineOf(broken, "semantics: on\n") + ":policy.yaml.quote-on"), keysAt(read(broken).problems()));
    }

    @Test
    void duplicateIdsDanglingReferencesAndUnknownFactsAreFound() {
        String broken = VALID.replace("- id: t.cert", "- id: t.ksv")
                .replace("{requirement: t.opleiden}", "{requirement: t.bestaatniet}")
                .replace("fact: ksv_member", "fact: ksv_lid")
                .replace("appliesTo: [kraamzorg]\n    condition: {fact: carers", "appliesTo: [kraamzorgg]\n    condition: {fact: carers")
                .replace("about: [t.loondienst, kraamzorg/A]", "about: [t.loondienst, kraamzorg/B]");
        assertEquals(List.of(
                lineOf(broken, "- id: A") + ":policy.invalid.unknown-requirement",
                lineOf(broken, "- id: t.loondienst") + ":policy.invalid.unknown-contract",
                lineOf(broken, "- id: t.ksv") + ":policy.invalid.unknown-fact",
                lineOf(broken, "- id: t.ksv", 2) + ":policy.invalid.duplicate-id",
                lineOf(broken, "- id: t.amb.vijftig") + ":policy.invalid.unknown-element"), keysAt(read(broken).problems()));
    }

    @Test
    void malformedThresholdsAreRefused() {
        String broken = VALID.replace("op: ge, value: 50}", "op: ge, value: 150}")
                .replace("op: eq, value: true}", "op: ge, value: 1}")
                .replace("value: [HKZ, NEN_EN_15224]", "value: [HKZ, ISO_14001]")
                .replace("divideBy: 20, round: up", "divideBy: 0, round: up");
        assertEquals(List.of(
                lineOf(broken, "- id: t.loondienst") + ":policy.invalid.percentage",
                lineOf(broken, "- id: t.opleiden") + ":policy.invalid.divide-by-zero",
                lineOf(broken, "- id: t.ksv") + ":policy.invalid.operator-for-type",
                lineOf(broken, "- id: t.cert") + ":policy.invalid.unknown-choice"), keysAt(read(broken).problems()));
    }

    @Test
    void requirementsNeedAConditionUnlessInformative() {
        String broken = VALID.replace("    condition: {fact: ksv_member, op: eq, value: true}\n", "");
        assertEquals(List.of(lineOf(broken, "- id: t.ksv") + ":policy.invalid.missing-condition"), keysAt(read(broken).problems()));
        String info = VALID.replace("role: knock-out\n    appliesTo: [kraamzorg]\n    condition: {fact: quality",
                "role: information\n    appliesTo: [kraamzorg]\n    condition: {fact: quality");
        assertEquals(List.of(lineOf(info, "- id: t.cert") + ":policy.invalid.information-with-condition"),
                keysAt(read(info).problems()));
    }

    @Test
    void garbageAndEmptyFilesGiveAClearProblemNotAnException() {
        assertEquals("policy.yaml.empty", read("").problems().get(0).messageKey());
        assertFalse(read("just some text").ok());
        assertFalse(read("- a\n- b\n").ok());
        assertFalse(read("\u0000\u0001binary").ok());
        assertFalse(read("a: &x [*x, *x]\n").ok());
        String huge = "title: " + "x".repeat(PolicyYamlReader.MAX_CHARS);
        assertEquals("policy.yaml.too-large", read(huge).problems().get(0).messageKey());
    }
}
