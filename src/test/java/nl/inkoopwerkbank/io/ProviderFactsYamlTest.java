package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;

class ProviderFactsYamlTest {

    static final Set<String> INSURERS = Set.of("caresq", "salland", "vgz", "zorgenzekerheid");

    /** The example of the format description. Line numbers matter below: format is line 1. */
    static final String VALID = """
            format: inkoopwerkbank-provider-facts/1
            provider:
              agb: "33129382"
              name: Kraamzorg Het Zonnelied
              type: KRAAMZORGORGANISATIE
              contractedWith: [salland, caresq]
            evidence: {source: "Jaarverslag 2025", checkedOn: 2026-10-12, checkedBy: "J. de Vries"}
            facts:
              quality_certificates: [HKZ]
              carers_employed_pct: 65
              fte_kraamverzorgenden: 48
              ksv_member: true
              revenue_with_insurer: {caresq: 310000, salland: 120000}
            """;

    static ProviderFactsYaml.Result read(String text) {
        return ProviderFactsYaml.read(text, "zonnelied.yaml", Bundled.FACTS, INSURERS);
    }

    /** Replaces one line (1-based) of {@link #VALID}. */
    static String withLine(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(VALID.lines().toList());
        lines.set(line - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    /** The file is refused with exactly one problem, at this line and key, with this message key. */
    static Problem only(String text, int line, String column, String messageKey) {
        ProviderFactsYaml.Result r = read(text);
        assertFalse(r.ok(), "should be refused:\n" + text);
        assertTrue(r.answers().isEmpty(), "nothing is returned when there is a problem");
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals("zonnelied.yaml", p.file());
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertEquals(messageKey, p.messageKey(), p.toString());
        assertReadable(p);
        return p;
    }

    /** Every problem's message exists in both languages and formats without leftovers. */
    static void assertReadable(Problem p) {
        for (Locale l : Messages.SUPPORTED) {
            String text = Messages.forLocale(l).get(p.messageKey(), p.args().toArray());
            assertFalse(text.startsWith("!"), "missing message " + p.messageKey());
            assertFalse(text.contains("{0}") || text.contains("{1}"), text);
        }
    }

    @Test
    void readsTheExampleWithItsProviderEvidenceAndInsurerScopedValues() {
        ProviderFactsYaml.Result r = read(VALID);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("33129382", r.provider().agb());
        assertEquals("Kraamzorg Het Zonnelied", r.provider().name());
        assertEquals(ProviderType.KRAAMZORGORGANISATIE, r.provider().type());
        assertEquals(List.of("salland", "caresq"), r.provider().contractedWith());
        assertFalse(r.provider().profile().isNewTo("caresq"));
        assertTrue(r.provider().profile().isNewTo("vgz"));

        FactSheet sheet = r.sheet();
        assertEquals(6, sheet.size());
        assertEquals(List.of("HKZ"), sheet.value("quality_certificates", "").orElseThrow().asList());
        assertEquals(FactType.PERCENTAGE, sheet.value("carers_employed_pct", "").orElseThrow().type());
        assertEquals(0, new BigDecimal("65").compareTo(sheet.value("carers_employed_pct", "").orElseThrow().asNumber()));
        assertEquals(Boolean.TRUE, sheet.value("ksv_member", "caresq").orElseThrow().asBoolean());
        assertEquals(0, new BigDecimal("310000").compareTo(sheet.value("revenue_with_insurer", "caresq").orElseThrow().asNumber()));
        assertEquals(0, new BigDecimal("120000").compareTo(sheet.value("revenue_with_insurer", "salland").orElseThrow().asNumber()));
        assertTrue(sheet.value("revenue_with_insurer", "vgz").isEmpty(), "no value for an insurer that is not named");
        Evidence e = sheet.answer("ksv_member", "").orElseThrow().evidence();
        assertEquals(new Evidence("Jaarverslag 2025", LocalDate.of(2026, 10, 12), "J. de Vries"), e);
    }

    @Test
    void acceptsDutchNumbersYesNoWordsOwnEvidenceAndLeavesEmptyValuesOpen() {
        ProviderFactsYaml.Result r = read("""
                format: inkoopwerkbank-provider-facts/1
                facts:
                  fte_kraamverzorgenden: "48,5"
                  revenue_with_insurer: {vgz: "€ 250.000", caresq: {value: 1_000, evidence: {source: "Declaraties 2025"}}}
                  carers_employed_pct: 65%
                  ksv_member: ja
                  vsv_member: no
                  quality_certificates: "HKZ, ISO_9001"
                  training_places:
                  sbb_recognised: {value: true, evidence: {source: "SBB-register", checkedOn: 2026-10-01}}
                """);
        assertTrue(r.ok(), r.problems().toString());
        FactSheet s = r.sheet();
        assertEquals(0, new BigDecimal("48.5").compareTo(s.value("fte_kraamverzorgenden", "").orElseThrow().asNumber()));
        assertEquals(0, new BigDecimal("250000").compareTo(s.value("revenue_with_insurer", "vgz").orElseThrow().asNumber()));
        assertEquals(0, new BigDecimal("1000").compareTo(s.value("revenue_with_insurer", "caresq").orElseThrow().asNumber()));
        assertEquals("Declaraties 2025", s.answer("revenue_with_insurer", "caresq").orElseThrow().evidence().source());
        assertEquals(Evidence.NONE, s.answer("revenue_with_insurer", "vgz").orElseThrow().evidence());
        assertEquals(0, new BigDecimal("65").compareTo(s.value("carers_employed_pct", "").orElseThrow().asNumber()));
        assertEquals(Boolean.TRUE, s.value("ksv_member", "").orElseThrow().asBoolean());
        assertEquals(Boolean.FALSE, s.value("vsv_member", "").orElseThrow().asBoolean());
        assertEquals(List.of("HKZ", "ISO_9001"), s.value("quality_certificates", "").orElseThrow().asList());
        assertTrue(s.value("training_places", "").isEmpty(), "an empty value is an open question");
        assertEquals(LocalDate.of(2026, 10, 1), s.answer("sbb_recognised", "").orElseThrow().evidence().checkedOn());
        assertNull(r.provider().type());
    }

    @Test
    void readsJsonEvenWithTabs() {
        ProviderFactsYaml.Result r = ProviderFactsYaml.read("""
                {
                \t"format": "inkoopwerkbank-provider-facts/1",
                \t"provider": {"agb": "33129382", "type": "KRAAMZORGORGANISATIE"},
                \t"facts": {
                \t\t"ksv_member": true,
                \t\t"revenue_with_insurer": {"caresq": 310000.50}
                \t}
                }
                """.getBytes(StandardCharsets.UTF_8), "zonnelied.json", Bundled.FACTS, INSURERS);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.answers().size());
        assertEquals(0, new BigDecimal("310000.5").compareTo(r.sheet().value("revenue_with_insurer", "caresq").orElseThrow().asNumber()));
    }

    @Test
    void anUnknownFactIsReportedAtItsKey() {
        only(withLine(12, "  ksv_lidmaatschap: true"), 12, "ksv_lidmaatschap", "fact.error.unknown");
    }

    @Test
    void textForANumberIsRefused() {
        Problem p = only(withLine(11, "  fte_kraamverzorgenden: veel"), 11, "fte_kraamverzorgenden", "fact.error.number");
        assertEquals(List.of("veel"), p.args());
        only(withLine(11, "  fte_kraamverzorgenden: true"), 11, "fte_kraamverzorgenden", "fact.error.number");
    }

    @Test
    void aNumberForYesNoIsRefused() {
        only(withLine(12, "  ksv_member: 1"), 12, "ksv_member", "fact.error.boolean");
        only(withLine(12, "  ksv_member: misschien"), 12, "ksv_member", "fact.error.boolean");
    }

    @Test
    void aListItemThatIsNoChoiceIsReportedOnItsOwnLine() {
        only(withLine(9, "  quality_certificates: [HKZ, ISO9001]"), 9, "quality_certificates", "fact.error.choice");
        String multiLine = VALID.replace("  quality_certificates: [HKZ]\n",
                "  quality_certificates:\n    - HKZ\n    - ISO 9001\n");
        Problem p = only(multiLine, 11, "quality_certificates", "fact.error.choice");
        assertEquals("ISO 9001", p.args().get(0));
        only(withLine(9, "  quality_certificates: HKZ-keurmerk"), 9, "quality_certificates", "fact.error.choice");
    }

    @Test
    void aChoiceMustBeOneOfTheFactsChoices() {
        only(withLine(12, "  zorgkantoorregio: ERGENS"), 12, "zorgkantoorregio", "fact.error.choice");
    }

    @Test
    void aPercentageAbove100IsRefused() {
        Problem p = only(withLine(10, "  carers_employed_pct: 101"), 10, "carers_employed_pct", "fact.error.percentage");
        assertEquals(List.of("101"), p.args());
        assertTrue(read(withLine(10, "  carers_employed_pct: 100")).ok());
        only(withLine(10, "  carers_employed_pct: 100.01"), 10, "carers_employed_pct", "fact.error.percentage");
    }

    @Test
    void aNegativeNumberIsRefused() {
        only(withLine(11, "  fte_kraamverzorgenden: -3"), 11, "fte_kraamverzorgenden", "fact.error.negative");
        only(withLine(13, "  revenue_with_insurer: {caresq: -1, salland: 120000}"), 13, "revenue_with_insurer",
                "fact.error.negative");
    }

    @Test
    void anInsurerScopedFactNeedsAValuePerInsurer() {
        Problem p = only(withLine(13, "  revenue_with_insurer: 310000"), 13, "revenue_with_insurer", "facts.file.scoped");
        assertEquals("revenue_with_insurer", p.args().get(0));
        only(withLine(13, "  revenue_with_insurer: {value: 310000}"), 13, "revenue_with_insurer", "facts.file.scoped");
        only(withLine(13, "  revenue_with_insurer: [310000]"), 13, "revenue_with_insurer", "facts.file.scoped");
    }

    @Test
    void aPlainFactTakesNoValuesPerInsurer() {
        only(withLine(12, "  ksv_member: {caresq: true}"), 12, "ksv_member", "facts.file.not-scoped");
        only(withLine(11, "  fte_kraamverzorgenden: [48]"), 11, "fte_kraamverzorgenden", "facts.file.single-value");
    }

    @Test
    void anUnknownInsurerIsRefusedWhereverItIsNamed() {
        Problem p = only(withLine(13, "  revenue_with_insurer: {menzis: 310000}"), 13, "revenue_with_insurer",
                "policy.invalid.unknown-insurer");
        assertEquals("menzis", p.args().get(0));
        only(withLine(6, "  contractedWith: [salland, menzis]"), 6, "contractedWith", "policy.invalid.unknown-insurer");
    }

    @Test
    void aBadProviderTypeOrAgbCodeIsRefused() {
        only(withLine(5, "  type: KRAAMZORG"), 5, "type", "policy.yaml.unknown-provider-type");
        only(withLine(3, "  agb: \"3312938\""), 3, "agb", "validation.agb.format");
        only(withLine(4, "  naam: Kraamzorg Het Zonnelied"), 4, "naam", "policy.yaml.unknown-key");
    }

    @Test
    void aBadDateIsRefused() {
        only(withLine(7, "evidence: {source: \"Jaarverslag 2025\", checkedOn: 2026-13-12}"), 7, "evidence",
                "policy.yaml.expected-date");
        only(withLine(12, "  ksv_member: {value: true, evidence: {checkedOn: gisteren}}"), 12, "ksv_member",
                "policy.yaml.expected-date");
    }

    @Test
    void theFormatLineIsRequiredAndChecked() {
        only(withLine(1, "format: inkoopwerkbank-provider-facts/2"), 1, "format", "policy.yaml.format");
        only(withLine(1, "# no format"), 2, "format", "policy.yaml.missing");
        only(withLine(1, "format: inkoopwerkbank-policy/1"), 1, "format", "policy.yaml.format");
    }

    @Test
    void aFileWithoutFactsIsRefused() {
        String noFacts = VALID.substring(0, VALID.indexOf("facts:"));
        only(noFacts, 1, "facts", "policy.yaml.missing");
    }

    @Test
    void aTruncatedFileIsASyntaxErrorWithItsLine() {
        String truncated = VALID.substring(0, VALID.indexOf("revenue_with_insurer: {caresq: 310000") + 30);
        Problem p = only(truncated, 13, null, "policy.yaml.syntax");
        assertTrue(String.valueOf(p.args().get(0)).length() > 0);
        only(VALID.replace("\"Jaarverslag 2025\"", "\"Jaarverslag 2025"), 7, null, "policy.yaml.syntax");
    }

    @Test
    void tabsAndGarbageAreReportedWithTheirLine() {
        only(withLine(12, "\tksv_member: true"), 12, null, "facts.file.tab");
        only(withLine(12, "  ksv_member: true\u0000\u0001"), 12, null, "facts.file.control-character");
        ProviderFactsYaml.Result r = ProviderFactsYaml.read(new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A, 0x41},
                "zonnelied.yaml", Bundled.FACTS, INSURERS);
        assertEquals("facts.file.not-utf8", r.problems().get(0).messageKey());
        assertEquals("zonnelied.yaml", r.problems().get(0).file());
        only("Dit is geen feitenbestand maar een briefje.\n", 1, null, "policy.yaml.expected-mapping");
        only("", 1, null, "policy.yaml.empty");
        only("- ksv_member\n- true\n", 1, null, "policy.yaml.expected-mapping");
    }

    @Test
    void aFactGivenTwiceIsRefusedAtItsSecondLine() {
        only(VALID + "  ksv_member: false\n", 14, "ksv_member", "policy.yaml.duplicate-key");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsReturned() {
        ProviderFactsYaml.Result r = read("""
                format: inkoopwerkbank-provider-facts/1
                provider: {agb: "1234", type: KRAAMZORG}
                facts:
                  quality_certificates: [HKZ, ISO9001]
                  carers_employed_pct: 101
                  fte_kraamverzorgenden: -3
                  ksv_member: 1
                  ksv_lidmaatschap: true
                  revenue_with_insurer: 310000
                  training_places: {caresq: 2}
                  sbb_recognised: true
                """);
        assertFalse(r.ok());
        assertTrue(r.answers().isEmpty());
        assertEquals(List.of(2, 2, 4, 5, 6, 7, 8, 9, 10), r.problems().stream().map(Problem::line).toList());
        assertEquals(List.of("agb", "type", "quality_certificates", "carers_employed_pct", "fte_kraamverzorgenden",
                "ksv_member", "ksv_lidmaatschap", "revenue_with_insurer", "training_places"),
                r.problems().stream().map(Problem::column).toList());
        r.problems().forEach(ProviderFactsYamlTest::assertReadable);
    }

    @Test
    void writesWhatItReadsBack() {
        FactSheet sheet = new FactSheet(List.of(
                FactAnswer.of("ksv_member", FactValue.bool(true)),
                new FactAnswer("quality_certificates", "", FactValue.list(List.of("HKZ", "NEN_EN_15224")),
                        new Evidence("HKZ-certificaat \"KZ-1\"\nregel 2", LocalDate.of(2026, 10, 3), "J. de Vries"), null),
                new FactAnswer("revenue_with_insurer", "caresq", new FactValue(FactType.MONEY, new BigDecimal("310000.50")),
                        new Evidence("Jaarverslag 2025", LocalDate.of(2026, 10, 12), "J. de Vries"), null),
                new FactAnswer("revenue_with_insurer", "vgz", new FactValue(FactType.MONEY, new BigDecimal("120000")),
                        new Evidence("Jaarverslag 2025", LocalDate.of(2026, 10, 12), "J. de Vries"), null),
                new FactAnswer("carers_employed_pct", "", new FactValue(FactType.PERCENTAGE, new BigDecimal("65.5")),
                        new Evidence("Jaarverslag 2025", LocalDate.of(2026, 10, 12), "J. de Vries"), null),
                FactAnswer.of("zorgkantoorregio", FactValue.choice("MIDDEN_IJSSEL")),
                FactAnswer.of("fte_kraamverzorgenden", FactValue.number("48.4"))));
        ProviderFactsYaml.ProviderInfo info = new ProviderFactsYaml.ProviderInfo("08993378", "Praktijk \"De Wilg\"",
                ProviderType.KRAAMZORGORGANISATIE, List.of("caresq", "salland"));
        String text = ProviderFactsYaml.write(info, sheet, Bundled.FACTS);
        assertTrue(text.startsWith("format: inkoopwerkbank-provider-facts/1\n"), text);
        assertTrue(text.contains("evidence: {source: \"Jaarverslag 2025\", checkedOn: 2026-10-12, checkedBy: \"J. de Vries\"}"), text);
        assertTrue(text.contains("  # Welke geldige kwaliteitscertificaten heeft de aanbieder?\n"), text);

        ProviderFactsYaml.Result back = ProviderFactsYaml.read(text, "export.yaml", Bundled.FACTS, INSURERS);
        assertTrue(back.ok(), back.problems() + "\n" + text);
        assertEquals(info, back.provider());
        assertEquals(sheet, back.sheet());
        for (FactAnswer a : sheet.answers()) {
            assertEquals(a.evidence(), back.sheet().answer(a.factKey(), a.insurerId()).orElseThrow().evidence(), a.factKey());
        }
    }

    @Test
    void anEmptySheetIsStillAValidFile() {
        String text = ProviderFactsYaml.write(ProviderFactsYaml.ProviderInfo.NONE, FactSheet.EMPTY, Bundled.FACTS);
        ProviderFactsYaml.Result r = ProviderFactsYaml.read(text, "leeg.yaml", Bundled.FACTS, INSURERS);
        assertTrue(r.ok(), r.problems() + "\n" + text);
        assertEquals(0, r.answers().size());
        assertNotNull(r.provider());
    }
}
