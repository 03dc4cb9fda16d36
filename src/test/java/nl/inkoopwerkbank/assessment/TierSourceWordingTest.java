package nl.inkoopwerkbank.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Every threshold of the five bundled policies against the words of its source document: the encoded
 * operator follows the Dutch word ("minimaal", "ten minste" = inclusive ge; "maximaal", "niet hoger
 * dan" = le; "minder dan" = exclusive lt; "meer dan", "boven" = exclusive gt), and where the document
 * contradicts itself the ambiguity is recorded and the encoding follows its chosen reading. The table
 * is complete: a threshold added to a policy without a row here fails {@link #everyThresholdIsPinned}.
 *
 * <p>The passages are checked in {@code ../shared/seeds} when that folder is present.
 */
class TierSourceWordingTest {

    static final List<String> POLICIES = List.of("salland-2027-geboortezorg", "salland-2027-msz",
            "zorgenzekerheid-2026-geboortezorg", "caresq-2027-geboortezorg", "vgz-2027-geboortezorg");

    static final Map<String, Operator> WORDS = Map.ofEntries(Map.entry("minimaal", Operator.GE),
            Map.entry("tenminste", Operator.GE), Map.entry("ten minste", Operator.GE),
            Map.entry("minimum", Operator.GE), Map.entry("maximaal", Operator.LE), Map.entry("maximale", Operator.LE),
            Map.entry("niet hoger", Operator.LE), Map.entry("of lager", Operator.LE),
            Map.entry("minder dan", Operator.LT), Map.entry("meer dan", Operator.GT), Map.entry("boven", Operator.GT));

    static Path seeds() {
        for (Path p : List.of(Path.of("..", "shared", "seeds"), Path.of("/work/shared/seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static String normalised(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # policy                          | requirement                         | fact                                  | op | value                             | seed                     | passage                                                                                   | word       | ambiguity
            vgz-2027-geboortezorg             | vgz-gz.kraam.volume                 | kraamverzorgingen_per_year            | ge | 150                               | 004_d975c800b0d9bfe2.txt | voert minimaal 150 kraamverzorgingen per jaar uit                                         | minimaal   |
            vgz-2027-geboortezorg             | vgz-gz.igo.adherentie-75            | adherentie_practices_joined           | ge | =adherentie_practices_total*0.75  | 004_d975c800b0d9bfe2.txt | 75% van de eerstelijns verloskundigenpraktijken in het adherentiegebied van het ziekenhuis | -          | vgz-gz.amb.igo-75-procent
            vgz-2027-geboortezorg             | vgz-gz.alg.informatie-3-jaar        | compliance_info_available_years       | ge | 3                                 | 004_d975c800b0d9bfe2.txt | in elk geval van de afgelopen 3 jaar                                                      | -          | vgz-gz.amb.informatie-3-jaar-startend
            vgz-2027-geboortezorg             | vgz-gz.alg.informatie-3-jaar        | compliance_info_available_years       | ge | =years_in_business                | 004_d975c800b0d9bfe2.txt | in elk geval van de afgelopen 3 jaar                                                      | -          | vgz-gz.amb.informatie-3-jaar-startend
            vgz-2027-geboortezorg             | vgz-gz.tvb.maximaal-3-jaar          | availability_surcharge_years_received | lt | 3                                 | 004_d975c800b0d9bfe2.txt | gedurende maximaal 3 jaar de ruimte                                                       | maximaal   | vgz-gz.amb.toeslag-3-jaar-vs-looptijd
            caresq-2027-geboortezorg          | caresq-gz.kraam.loondienst          | carers_employed_pct                   | ge | 50                                | 003_28e7c67f7495bc42.txt | werkt met minimaal 50% kraamverzorgenden in loondienst                                    | minimaal   |
            caresq-2027-geboortezorg          | caresq-gz.bemid.loondienst          | carers_employed_pct                   | le | 50                                | 003_28e7c67f7495bc42.txt | werkt met maximaal 50% kraamverzorgenden in loondienst                                    | maximaal   |
            caresq-2027-geboortezorg          | caresq-gz.kraam.min-24-uur          | guaranteed_min_kraamzorg_hours        | ge | 24                                | 003_28e7c67f7495bc42.txt | Indien het minimumaantal van 24 uur kraamzorg niet kan worden gegarandeerd                | minimum    |
            caresq-2027-geboortezorg          | caresq-gz.kraam.diff-opleiden       | training_places                       | ge | 1                                 | 003_28e7c67f7495bc42.txt | Per 20 FTE kraamverzorgenden dient er minimaal 1 opleidingsplek beschikbaar te zijn         | minimaal   |
            caresq-2027-geboortezorg          | caresq-gz.kraam.diff-opleiden       | training_places                       | ge | =fte_kraamverzorgenden/20:UP      | 003_28e7c67f7495bc42.txt | Per 20 FTE kraamverzorgenden dient er minimaal 1 opleidingsplek beschikbaar te zijn         | minimaal   | caresq-gz.amb.opleidingsplek-afronding
            caresq-2027-geboortezorg          | caresq-gz.igo.budgetneutraal        | igo_cost_per_birth                    | le | =mono_cost_per_birth              | 003_28e7c67f7495bc42.txt | niet hoger te zijn dan een bevalling die monodisciplinair is bekostigd                    | niet hoger |
            zorgenzekerheid-2026-geboortezorg | zz-gz.kraam.loondienst-70           | care_hours_employed_pct               | ge | 70                                | 002_d1a9ead3b7d20822.txt | U laat minimaal 70% van het aantal zorguren leveren door kraamverzorgenden                 | minimaal   | zz-gz.amb.loondienst-70-grens
            zorgenzekerheid-2026-geboortezorg | zz-gz.platform.doelgroep            | care_hours_employed_pct               | lt | 70                                | 002_d1a9ead3b7d20822.txt | die minder dan 70% van het aantal zorguren laten leveren                                  | minder dan |
            zorgenzekerheid-2026-geboortezorg | zz-gz.kraam-a.opleiden              | trainees_bbl_or_academy_employed      | ge | =fte_kraamverzorgenden/20:NONE    | 002_d1a9ead3b7d20822.txt | Het aantal op te leiden verzorgenden bedraagt ieder jaar minimaal 1 op 20 fte              | minimaal   | zz-gz.amb.opleiden-afronding
            zorgenzekerheid-2026-geboortezorg | zz-gz.kraam-ind.omzet               | revenue_with_insurer                  | ge | 250000                            | 002_d1a9ead3b7d20822.txt | U heeft minimaal een omzet van €250.000 per jaar bij Zorg en Zekerheid                     | minimaal   | zz-gz.amb.omzet-boven-of-minimaal
            zorgenzekerheid-2026-geboortezorg | zz-gz.kraam.max-twee-per-gezin      | target_max_carers_per_family          | le | 2                                 | 002_d1a9ead3b7d20822.txt | U streeft naar maximaal twee kraamverzorgenden per gezin                                  | maximaal   |
            zorgenzekerheid-2026-geboortezorg | zz-gz.platform.kckz-twee-jaar       | carers_kckz_registered_min_years      | ge | 2                                 | 002_d1a9ead3b7d20822.txt | tenminste twee jaar geregistreerd bij het Kenniscentrum Kraamzorg                          | tenminste  |
            zorgenzekerheid-2026-geboortezorg | zz-gz.dvi.max-zes-uur               | digital_instruction_max_replaced_hours | le | 6                                | 002_d1a9ead3b7d20822.txt | vervangt maximaal 6 uur fysieke kraamzorg                                                 | maximaal   |
            zorgenzekerheid-2026-geboortezorg | zz-gz.dvi.min-24-uur-fysiek         | guaranteed_min_kraamzorg_hours        | ge | 24                                | 002_d1a9ead3b7d20822.txt | ontvangt te allen tijde het minimum van 24 uur aan fysieke kraamzorg                       | minimum    |
            zorgenzekerheid-2026-geboortezorg | zz-gz.gc.max-24-uur                 | max_stay_hours_birth_centre           | le | 24                                | 002_d1a9ead3b7d20822.txt | De verzekerde blijft maximaal 24 uur in het geboortecentrum                               | maximaal   |
            zorgenzekerheid-2026-geboortezorg | zz-gz.igo.deelnemers                | member_midwifery_practices            | ge | 2                                 | 002_d1a9ead3b7d20822.txt | minimaal zijn dit twee verloskundigenpraktijken, één ziekenhuis en één kraamcentrum        | minimaal   |
            zorgenzekerheid-2026-geboortezorg | zz-gz.igo.deelnemers                | member_hospitals                      | ge | 1                                 | 002_d1a9ead3b7d20822.txt | minimaal zijn dit twee verloskundigenpraktijken, één ziekenhuis en één kraamcentrum        | minimaal   |
            zorgenzekerheid-2026-geboortezorg | zz-gz.igo.deelnemers                | member_kraamzorg_providers            | ge | 1                                 | 002_d1a9ead3b7d20822.txt | minimaal zijn dit twee verloskundigenpraktijken, één ziekenhuis en één kraamcentrum        | minimaal   | zz-gz.amb.igo-kraamcentrum
            zorgenzekerheid-2026-geboortezorg | zz-gz.zorggroep.min-drie-praktijken | member_midwifery_practices            | ge | 3                                 | 002_d1a9ead3b7d20822.txt | Tenminste drie verloskundigenpraktijken zijn lid van de zorggroep                          | tenminste  |
            zorgenzekerheid-2026-geboortezorg | zz-gz.toeslag.max-nza               | second_line_surcharge_requested_pct   | le | =nza_max_second_line_surcharge_pct | 002_d1a9ead3b7d20822.txt | een maximale verhoging die gelijk is aan het maximum voor deze toeslag                    | maximale   |
            salland-2027-geboortezorg         | sal-gz.kraam.a-opleiden             | trainees_bbl_bol                      | ge | =kraamverzorgenden_count/35:NONE  | 000_24fd40a918b4a66c.txt | leidt aantoonbaar per 35 aangesloten kraamverzorgenden minimaal één kraamverzorgende op binnen een leerwerktraject (Beroepsbegeleide leerweg of Beroepsopleidende leerweg) | minimaal | sal-gz.amb.kraam-a-per-35-afronding
            salland-2027-geboortezorg         | sal-gz.kraam.a-opleiden             | trainees_bbl_czo_institute            | ge | =kraamverzorgenden_count/35:NONE  | 000_24fd40a918b4a66c.txt | leidt aantoonbaar per 35 aangesloten kraamverzorgenden minimaal één kraamverzorgende branche-erkend op | minimaal | sal-gz.amb.kraam-a-per-35-afronding
            salland-2027-msz                  | sal-msz.basis.fte-specialisten      | fte_big_medical_specialists           | ge | 2.0                               | 001_112e050678cf724a.txt | heeft minimaal 2,0 fte aan BIG-geregistreerde medisch specialisten werkzaam                | minimaal   |
            salland-2027-msz                  | sal-msz.basis.jaren-in-bedrijf      | years_in_business                     | ge | 2                                 | 001_112e050678cf724a.txt | is minimaal twee jaar volwaardig in bedrijf                                               | minimaal   |
            salland-2027-msz                  | sal-msz.zbc.asa                     | max_asa_class_invasive                | le | 2                                 | 001_112e050678cf724a.txt | patiënten met ASA-classificatie van 2 of lager                                            | of lager   |
            """)
    void thresholdFollowsTheSourceWording(String policyId, String requirementId, String fact, String op, String value,
                                         String seed, String passage, String word, String ambiguity)
            throws IOException {
        Policy policy = Bundled.policy(policyId);
        Requirement r = policy.requirement(requirementId).orElseThrow(() -> new AssertionError(requirementId));
        Operator operator = Operator.fromCode(op);
        List<Condition.FactTest> tests = factTests(r).stream()
                .filter(t -> t.fact().equals(fact) && t.op() == operator).toList();
        assertFalse(tests.isEmpty(), () -> requirementId + " has no test " + fact + " " + op + ": " + factTests(r));
        assertTrue(tests.stream().anyMatch(t -> sameOperand(value, t.value())),
                () -> requirementId + ": " + fact + " " + op + " " + value + " not in " + tests);

        if (!"-".equals(word)) {
            assertTrue(normalised(passage).toLowerCase(java.util.Locale.ROOT).contains(word),
                    "the passage has the word " + word);
            if (ambiguity == null) {
                assertEquals(WORDS.get(word), operator, () -> "'" + word + "' reads as " + WORDS.get(word));
            }
        }
        if (ambiguity != null) {
            Ambiguity a = policy.ambiguities().stream().filter(x -> x.id().equals(ambiguity)).findFirst()
                    .orElseThrow(() -> new AssertionError("ambiguity " + ambiguity + " is recorded"));
            assertTrue(a.about().contains(requirementId), () -> ambiguity + " is about " + requirementId);
        }

        Path dir = seeds();
        assumeTrue(dir != null, "source documents not present");
        assertEquals(seed, policy.source().file());
        String text = normalised(Files.readString(dir.resolve(seed), StandardCharsets.UTF_8));
        assertTrue(text.contains(normalised(passage)), () -> seed + " says: " + passage);
    }

    /** Every ordering test (ge, gt, le, lt) in the policies is a row of the table above. */
    @Test
    void everyThresholdIsPinned() throws Exception {
        Set<String> encoded = new TreeSet<>();
        for (String id : POLICIES) {
            Policy p = Bundled.policy(id);
            for (Requirement r : p.requirements()) {
                for (Condition.FactTest t : factTests(r)) {
                    if (t.op().isOrdering()) {
                        encoded.add(id + "|" + r.id() + "|" + t.fact() + "|" + t.op().code() + "|" + operand(t.value()));
                    }
                }
            }
        }
        Set<String> table = tableRows();
        Set<String> missing = new TreeSet<>(encoded);
        missing.removeAll(table);
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(encoded);
        assertTrue(missing.isEmpty(), () -> "thresholds without a row: " + missing);
        assertTrue(stale.isEmpty(), () -> "rows without a threshold: " + stale);
        assertEquals(30, encoded.size(), "thresholds in the five policies");
    }

    /**
     * Where the source contradicts itself on an edge, the ambiguity is recorded with both readings and
     * the engine shows it with the requirement; the encoding follows the chosen reading.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # ambiguity                              | policy                            | requirement                   | contract              | type                  | chosen | chosen reading says     | encoded
            zz-gz.amb.omzet-boven-of-minimaal        | zorgenzekerheid-2026-geboortezorg | zz-gz.kraam-ind.omzet         | kraamzorg             | KRAAMZORGORGANISATIE  | 1      | inclusief               | revenue_with_insurer ge
            zz-gz.amb.loondienst-70-grens            | zorgenzekerheid-2026-geboortezorg | zz-gz.kraam.loondienst-70     | kraamzorg             | KRAAMZORGORGANISATIE  | 1      | minimaal 70%            | care_hours_employed_pct ge
            vgz-gz.amb.igo-75-procent                | vgz-2027-geboortezorg             | vgz-gz.igo.adherentie-75      | igo                   | IGO                   | 0      | inclusief               | adherentie_practices_joined ge
            caresq-gz.amb.loondienst-50-overlap      | caresq-2027-geboortezorg          | caresq-gz.kraam.loondienst    | kraamzorg             | KRAAMZORGORGANISATIE  | 0      | inclusief               | carers_employed_pct ge
            caresq-gz.amb.loondienst-50-overlap      | caresq-2027-geboortezorg          | caresq-gz.bemid.loondienst    | kraamzorg-bemiddeling | BEMIDDELINGSBUREAU    | 0      | inclusief               | carers_employed_pct le
            caresq-gz.amb.opleidingsplek-afronding   | caresq-2027-geboortezorg          | caresq-gz.kraam.diff-opleiden | kraamzorg             | KRAAMZORGORGANISATIE  | 0      | naar boven afronden     | training_places ge UP
            sal-gz.amb.kraam-a-per-35-afronding      | salland-2027-geboortezorg         | sal-gz.kraam.a-opleiden       | kraamzorg             | KRAAMZORGORGANISATIE  | 0      | exacte deling           | trainees_bbl_bol ge NONE
            zz-gz.amb.opleiden-afronding             | zorgenzekerheid-2026-geboortezorg | zz-gz.kraam-a.opleiden        | kraamzorg             | KRAAMZORGORGANISATIE  | 0      | Exacte verhouding       | trainees_bbl_or_academy_employed ge NONE
            """)
    void ambiguousEdgeIsRecordedAndShown(String ambiguityId, String policyId, String requirementId, String contractId,
                                         ProviderType type, int chosen, String says, String encoded) {
        Policy policy = Bundled.policy(policyId);
        ContractAssessment a = EligibilityFixture.assess(policy, contractId, type, FactSheet.EMPTY);
        Ambiguity amb = EligibilityFixture.result(a, requirementId).ambiguities().stream()
                .filter(x -> x.id().equals(ambiguityId)).findFirst()
                .orElseThrow(() -> new AssertionError(ambiguityId + " is shown with " + requirementId));
        assertTrue(amb.readings().size() >= 2);
        assertEquals(chosen, amb.chosen());
        assertTrue(amb.chosenReading().text().contains(says), () -> "chosen: " + amb.chosenReading().text());
        assertFalse(amb.why().isBlank());
        amb.readings().forEach(rd -> assertNotNull(rd.source()));

        String[] e = encoded.split(" ");
        Requirement r = policy.requirement(requirementId).orElseThrow();
        Condition.FactTest t = factTests(r).stream()
                .filter(x -> x.fact().equals(e[0]) && x.op().code().equals(e[1])
                        && (e.length < 3 || x.value() instanceof Condition.FactOperand))
                .findFirst().orElseThrow(() -> new AssertionError(requirementId + " encodes " + encoded));
        if (e.length == 3) {
            assertEquals(Condition.Rounding.valueOf(e[2]), ((Condition.FactOperand) t.value()).round());
        }
    }

    // ------------------------------------------------------------------------------------------

    static List<Condition.FactTest> factTests(Requirement r) {
        List<Condition.FactTest> out = new ArrayList<>();
        collect(r.when(), out);
        collect(r.condition(), out);
        return out;
    }

    private static void collect(Condition c, List<Condition.FactTest> out) {
        if (c instanceof Condition.FactTest t) {
            out.add(t);
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

    /** The table's form of an operand: {@code 150}, {@code =fact}, {@code =fact*0.75}, {@code =fact/20:UP}. */
    static String operand(Condition.Operand o) {
        if (o instanceof Condition.Literal l) {
            return l.value() instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(l.value());
        }
        Condition.FactOperand f = (Condition.FactOperand) o;
        StringBuilder s = new StringBuilder("=").append(f.fact());
        if (f.multiplyBy() != null) {
            s.append('*').append(f.multiplyBy().stripTrailingZeros().toPlainString());
        }
        if (f.divideBy() != null) {
            s.append('/').append(f.divideBy().stripTrailingZeros().toPlainString()).append(':').append(f.round());
        }
        return s.toString();
    }

    static boolean sameOperand(String expected, Condition.Operand actual) {
        if (!expected.startsWith("=") && actual instanceof Condition.Literal l && l.value() instanceof BigDecimal b) {
            return new BigDecimal(expected).compareTo(b) == 0;
        }
        return expected.equals(operand(actual));
    }

    /** The table rows in the form of {@link #everyThresholdIsPinned}, read from the annotation. */
    private Set<String> tableRows() throws NoSuchMethodException {
        CsvSource src = getClass().getDeclaredMethod("thresholdFollowsTheSourceWording", String.class, String.class,
                String.class, String.class, String.class, String.class, String.class, String.class, String.class)
                .getAnnotation(CsvSource.class);
        Set<String> rows = new TreeSet<>();
        for (String line : src.textBlock().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\\|");
            String value = c[4].strip();
            if (!value.startsWith("=")) {
                value = new BigDecimal(value).stripTrailingZeros().toPlainString();
            }
            rows.add(c[0].strip() + "|" + c[1].strip() + "|" + c[2].strip() + "|" + c[3].strip() + "|" + value);
        }
        return rows;
    }
}
