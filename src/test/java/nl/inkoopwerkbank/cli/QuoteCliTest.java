package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code quote evaluate} on the command line, in process, with the bundled sample quotes against their
 * policies. The figures below are worked out by hand from the sample files, with the rounding of
 * docs/quote-calculations.md (indexed tariff and line total half-up to the cent).
 */
class QuoteCliTest {

    static final Path SAMPLES = Path.of("sample-data/quotes");
    /** Decimals exactly as printed: 2985.00 stays 2985.00. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** One database for the class: the command only reads it. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            String[] lines = out.strip().split("\n");
            assertEquals(1, lines.length, "one JSON line: " + out);
            return JSON.readTree(lines[0]);
        }
    }

    static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(shared.resolve("db").toString());
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    static BigDecimal dec(JsonNode n) {
        return n.decimalValue();
    }

    static JsonNode byId(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    /**
     * Zevensprong round 3 (the agreed round, taken by default) against Salland, as text.
     * <ul>
     * <li>IGO-KRA-01: 2985.00 x 1.039 = 3101.415 -> 3101.42; x 1128 = 3,498,401.76</li>
     * <li>total of the seven lines: 750,363.50 + 293,767.50 + 281,669.85 + 1,521,486.40 + 3,498,401.76
     * + 393,921.00 + 114,965.50 = 6,854,575.51</li>
     * <li>Salland's part: 6,854,575.51 x 38.2% = 2,618,447.84482 -> 2,618,447.84; births 1150 x 38.2% = 439.3</li>
     * <li>per birth: 6,854,575.51 / 1150 = 5960.5004 -> 5960.50; mono from the reference table: 612.96 x 0.82
     * + 98.37 x 2.6 + 521.45 x 0.46 + 371.62 x 0.93 + 2498.00 x 0.54 + 69.14 x 47.6 = 5983.8498 -> 5983.85;
     * difference -23.35, -23.35 / 5983.85 = -0.39%: budget neutral</li>
     * <li>Salland assesses a quote within 6 weeks: round 3 received 23 October 2026 + 42 days = 4 December 2026;
     * on 1 November that is 33 days ahead</li>
     * </ul>
     */
    @Test
    void zevensprongsAgreedRoundIsBudgetNeutralAndComplete() {
        Run r = run("quote", "evaluate", "--file", sample("zevensprong-salland-2027.yaml"), "--policy",
                "salland-2027-geboortezorg", "--on", "2026-11-01");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("IGO De Zevensprong \u00b7 AGB 98463114 \u00b7 offerte aan Salland Zorgverzekeraar voor 2027 "
                + "\u00b7 zevensprong-salland-2027.yaml\n"), out);
        assertTrue(out.contains("Ronde 3 van 3 \u00b7 Offerte van de IGO \u00b7 22 oktober 2026, ontvangen 23 oktober 2026 "
                + "\u00b7 Ruben Haverkate \u00b7 akkoord"), out);
        assertTrue(out.contains("Getoetst aan salland-2027-geboortezorg (Zorginkoopbeleid 2027 Geboortezorg) op 1 november 2026"), out);
        assertTrue(out.contains("De IGO staat in de database"), out);
        assertTrue(out.contains("  IGO-KRA-01  \u20ac 2.985,00        3,9%   \u20ac 3.101,42   1.128  \u20ac 3.498.401,76"), out);
        assertTrue(out.contains("  Totaal: \u20ac 6.854.575,51\n"), out);
        assertTrue(out.contains("Marktaandeel Salland Zorgverzekeraar: 38,2%, deel van de verzekeraar \u20ac 2.618.447,84 "
                + "(439,3 bevallingen)"), out);
        assertTrue(out.contains("Kosten per bevalling: \u20ac 5.960,50 (totaal volume 1.150)"), out);
        assertTrue(out.contains("Budgetneutraliteit: budgetneutraal\n"
                + "  integraal \u20ac 5.960,50 per bevalling, monodisciplinair \u20ac 5.983,85 (uit de referentietabel)\n"
                + "  verschil -\u20ac 23,35 per bevalling (-0,39%)"), out);
        assertTrue(out.contains("Offerte-inhoud die het beleid vraagt (9 van 9 aanwezig):"), out);
        assertTrue(out.contains("aanwezig  sal-gz.q.inhoudelijke-toelichting: Inhoudelijke toelichting bij de offerte"), out);
        assertTrue(out.contains("Aannemelijkheid: geen opmerkingen."), out);
        assertTrue(out.contains("voldaan  sal-gz.igo.schoning: De IGO en het betrokken ziekenhuis"), out);
        assertTrue(out.contains("te laat (ontvangen 12 september 2026)  V\u00f3\u00f3r 1 september 2026: IGO kan een offerte indienen"),
                "the first quote came after Salland's date: " + out);
        assertTrue(out.contains("ronde 1, ontvangen 12 september 2026, uiterlijk 24 oktober 2026: beantwoord (tegenvoorstel 8 oktober 2026)"),
                out);
        assertTrue(out.contains("ronde 3, ontvangen 23 oktober 2026, uiterlijk 4 december 2026: open (nog 33 dagen)"), out);
        assertFalse(out.contains("!"), "no missing bundle keys: " + out);
    }

    /**
     * Round 1, with 4.3-4.5% indexation:
     * <ul>
     * <li>IGO-KRA-01: 2985.00 x 1.045 = 3119.325 -> 3119.33 (half-up); x 1128 = 3,518,604.24</li>
     * <li>total 6,894,524.74; Salland's part x 38.2% = 2,633,708.45068 -> 2,633,708.45</li>
     * <li>per birth 6,894,524.74 / 1150 = 5995.2389 -> 5995.24; 5995.24 - 5983.85 = +11.39 (+0.19%): above</li>
     * <li>schoning still in negotiation: Salland's knock-out sal-gz.igo.schoning is not met</li>
     * </ul>
     */
    @Test
    void zevensprongsFirstRoundIsJustAboveTheMonoCostAsJson() throws Exception {
        Run r = run("quote", "evaluate", "--file", sample("zevensprong-salland-2027.yaml"), "--policy",
                "salland-2027-geboortezorg", "--round", "1", "--on", "2026-11-01", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"tariff\":2985.00,"), "plain decimals with their scale: " + r.out());
        JsonNode j = r.json();
        for (String key : List.of("file", "igo", "contractYear", "insurer", "policy", "evaluatedOn", "round", "figures",
                "budgetNeutrality", "completeness", "warnings", "requirements", "steps", "terms", "derivedFacts")) {
            assertTrue(j.has(key), key + " missing in " + j);
        }
        assertEquals("zevensprong-salland-2027.yaml", j.get("file").asText());
        assertEquals("98463114", j.get("igo").get("agb").asText());
        assertTrue(j.get("igo").get("inDatabase").asBoolean());
        assertEquals("salland-2027-geboortezorg", j.get("policy").get("id").asText());
        assertEquals("igo", j.get("policy").get("contract").asText());
        assertEquals("2026-11-01", j.get("evaluatedOn").asText());
        assertEquals(1, j.get("round").get("number").asInt());
        assertEquals(3, j.get("round").get("of").asInt());
        assertEquals("IGO", j.get("round").get("side").asText());

        JsonNode f = j.get("figures");
        JsonNode kra = f.get("lines").get(4);
        assertEquals("IGO-KRA-01", kra.get("code").asText());
        assertEquals(new BigDecimal("2985.00"), dec(kra.get("tariff")));
        assertEquals(new BigDecimal("4.5"), dec(kra.get("indexationPct")));
        assertEquals(new BigDecimal("3119.33"), dec(kra.get("indexedTariff")));
        assertEquals(new BigDecimal("1128"), dec(kra.get("volume")));
        assertEquals(new BigDecimal("3518604.24"), dec(kra.get("total")));
        assertEquals(new BigDecimal("6894524.74"), dec(f.get("total")));
        assertTrue(f.get("totalComplete").asBoolean());
        assertEquals(new BigDecimal("2633708.45"), dec(f.get("insurerPart")));
        assertEquals(new BigDecimal("439.3"), dec(f.get("insurerBirths")));
        assertEquals(new BigDecimal("5995.24"), dec(f.get("costPerBirth")));

        JsonNode n = j.get("budgetNeutrality");
        assertEquals("ABOVE", n.get("verdict").asText());
        assertEquals("REFERENCE_TABLE", n.get("basis").asText());
        assertEquals(new BigDecimal("5983.85"), dec(n.get("monoPerBirth")));
        assertEquals(new BigDecimal("11.39"), dec(n.get("difference")));
        assertEquals(new BigDecimal("0.19"), dec(n.get("differencePct")));

        assertTrue(j.get("completeness").get("complete").asBoolean());
        assertEquals(9, j.get("completeness").get("items").size());
        assertEquals(0, j.get("warnings").size(), j.get("warnings").toString());
        assertEquals("NOT_MET", byId(j.get("requirements"), "id", "sal-gz.igo.schoning").get("status").asText());
        assertEquals("MET", byId(j.get("requirements"), "id", "sal-gz.igo.offerte").get("status").asText());

        JsonNode step = byId(j.get("steps"), "id", "sal-gz.dl.igo-offerte");
        assertEquals("LATE", step.get("state").asText());
        assertEquals("2026-08-31", step.get("lastDay").asText(), "v\u00f3\u00f3r 1 september: 31 August is the last day");
        assertEquals("2026-09-12", step.get("doneOn").asText());
        assertEquals("IN_TIME", byId(j.get("steps"), "id", "sal-gz.dl.offerte-volledig").get("state").asText());

        // a term per IGO round with a receipt date: 12 September + 42 days = 24 October, answered by round 2
        JsonNode terms = j.get("terms");
        assertEquals(2, terms.size(), terms.toString());
        JsonNode t1 = terms.get(0);
        assertEquals("sal-gz.rt.offerte-beoordeling", t1.get("id").asText());
        assertEquals(1, t1.get("round").asInt());
        assertEquals("2026-09-12", t1.get("receivedOn").asText());
        assertEquals("2026-10-24", t1.get("due").asText());
        assertEquals("ANSWERED", t1.get("state").asText());
        assertEquals("2026-10-08", t1.get("answeredOn").asText());
        JsonNode t3 = terms.get(1);
        assertEquals(3, t3.get("round").asInt());
        assertEquals("2026-12-04", t3.get("due").asText(), "23 October + 42 days");
        assertEquals("OPEN", t3.get("state").asText());
        assertEquals(33, t3.get("daysLeft").asInt());

        JsonNode neutral = byId(j.get("derivedFacts"), "fact", "igo_budget_neutral");
        assertFalse(neutral.get("value").asBoolean());
    }

    /**
     * Waalkade: 9 of 12 practices joined, VGZ asks 75%: 9 >= 12 x 0.75 = 9, met exactly at the edge.
     * Per birth 12,167,551.30 / 2050 = 5935.3909 -> 5935.39 against the entered 5990.00: -54.61,
     * -54.61 / 5990.00 = -0.91%. Received 29 September, VGZ's last day 1 October: in time.
     */
    @Test
    void waalkadeMeetsVgzsSeventyFivePercentExactly() throws Exception {
        Run r = run("quote", "evaluate", "--file", sample("waalkade-vgz-2027.yaml"), "--policy", "vgz-2027-geboortezorg",
                "--on", "2026-10-05", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals("MET", byId(j.get("requirements"), "id", "vgz-gz.igo.adherentie-75").get("status").asText());
        assertEquals("MET", byId(j.get("requirements"), "id", "vgz-gz.igo.hele-keten").get("status").asText());
        JsonNode n = j.get("budgetNeutrality");
        assertEquals("NEUTRAL", n.get("verdict").asText());
        assertEquals("ENTERED", n.get("basis").asText());
        assertEquals(new BigDecimal("5935.39"), dec(n.get("integralPerBirth")));
        assertEquals(new BigDecimal("-54.61"), dec(n.get("difference")));
        assertEquals(new BigDecimal("-0.91"), dec(n.get("differencePct")));
        // 12,167,551.30 x 47.5% = 5,779,586.8675 -> 5,779,586.87
        assertEquals(new BigDecimal("5779586.87"), dec(j.get("figures").get("insurerPart")));
        assertEquals("IN_TIME", byId(j.get("steps"), "id", "vgz-gz.dl.igo-offerte").get("state").asText());
        assertEquals(0, j.get("terms").size(), "VGZ names no term that starts on receipt of a quote");
        assertEquals("UNCONFIRMED", byId(j.get("completeness").get("items"), "id", "vgz-gz.q.igo-vragenlijst")
                .get("state").asText(), "the questionnaire for new IGOs is not confirmed");
    }

    /**
     * Maasboog: 5 of 8 practices (5 < 8 x 0.75 = 6): VGZ's knock-out not met; received 3 October after
     * VGZ's 1 October; the ketenregie line has no volume, so the total is incomplete and budget
     * neutrality cannot be judged (and there is no mono reference either); the accounts are of 2024.
     */
    @Test
    void maasboogShowsTheChecksAtWork() throws Exception {
        Run r = run("quote", "evaluate", "--file", sample("maasboog-vgz-2027.yaml"), "--policy", "vgz-2027-geboortezorg",
                "--on", "2026-10-05", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals("NOT_MET", byId(j.get("requirements"), "id", "vgz-gz.igo.adherentie-75").get("status").asText());
        assertEquals("LATE", byId(j.get("steps"), "id", "vgz-gz.dl.igo-offerte").get("state").asText());
        JsonNode f = j.get("figures");
        assertFalse(f.get("totalComplete").asBoolean());
        assertTrue(f.get("lines").get(6).get("total").isNull());
        assertTrue(f.get("lines").get(6).get("volume").isNull());
        // the six complete lines: 628,013.40 + 255,290.00 + 241,952.40 + 1,266,551.00 + 3,020,966.40 + 332,896.20
        assertEquals(new BigDecimal("5745669.40"), dec(f.get("total")));
        JsonNode n = j.get("budgetNeutrality");
        assertEquals("UNKNOWN", n.get("verdict").asText());
        assertEquals("NONE", n.get("basis").asText());
        assertTrue(n.get("integralPerBirth").isNull());
        JsonNode w = j.get("warnings");
        assertEquals(2, w.size(), w.toString());
        assertEquals("LINE_WITHOUT_VOLUME", w.get(0).get("code").asText());
        assertEquals(7, w.get(0).get("line").asInt());
        assertEquals("ACCOUNTS_NOT_LAST_YEAR", w.get(1).get("code").asText());

        Run text = run("quote", "evaluate", "--file", sample("maasboog-vgz-2027.yaml"), "--policy", "vgz-2027-geboortezorg",
                "--on", "2026-10-05");
        assertEquals(0, text.exit(), text.err());
        String out = text.out();
        assertTrue(out.contains("  IGO-REG-01    \u20ac 104,00        4,2%     \u20ac 108,37       \u2013               \u2013\n"), out);
        assertTrue(out.contains("Totaal van de volledige regels: \u20ac 5.745.669,40 (onvolledig"), out);
        assertTrue(out.contains("(uit het onvolledige totaal)"), out);
        assertTrue(out.contains("Budgetneutraliteit: niet te beoordelen"), out);
        assertTrue(out.contains("  - Tariefregel 7 (IGO-REG-01) heeft geen volume; het totaal is daardoor onvolledig."), out);
        assertTrue(out.contains("  - De jaarrekening is van 2024; verwacht is die van het afgesloten boekjaar 2025."), out);
        assertTrue(out.contains("niet voldaan  vgz-gz.igo.adherentie-75: 75% van de eerstelijns verloskundigenpraktijken"), out);
        assertTrue(out.contains("te laat (ontvangen 3 oktober 2026)  Uiterlijk 1 oktober 2026: IGO dient een eerste offerte"), out);
        assertTrue(out.contains("Termijnen na ontvangst van een offerte: het beleid noemt er geen."), out);
    }

    @Test
    void anIgoThatIsNotInTheDatabaseIsEvaluatedOnItsQuoteAlone() throws Exception {
        String text = Files.readString(SAMPLES.resolve("waalkade-vgz-2027.yaml")).replace("agb: \"98353480\"", "agb: \"98999999\"");
        Path f = dir.resolve("onbekend.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Run r = run("quote", "evaluate", "--file", f.toString(), "--policy", "vgz-2027-geboortezorg", "--on", "2026-10-05");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("De IGO staat niet in de database: alleen wat de offerte zegt telt mee, als IGO zonder contracten."),
                r.out());
        Run json = run("quote", "evaluate", "--file", f.toString(), "--policy", "vgz-2027-geboortezorg", "--on", "2026-10-05",
                "--format", "json");
        assertFalse(json.json().get("igo").get("inDatabase").asBoolean());
        assertEquals("MET", byId(json.json().get("requirements"), "id", "vgz-gz.igo.adherentie-75").get("status").asText());
    }

    @Test
    void aMalformedFileNamesFileLineAndKeyAndEvaluatesNothing() throws Exception {
        String text = Files.readString(SAMPLES.resolve("waalkade-vgz-2027.yaml"))
                .replace("tariff: 241.80", "tariff: \"241,80\"").replace("    side: igo\n", "    side: igo\n    kleur: rood\n");
        Path f = dir.resolve("kapot.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Run r = run("quote", "evaluate", "--file", f.toString(), "--policy", "vgz-2027-geboortezorg");
        assertEquals(Cli.EXIT_INVALID, r.exit());
        assertEquals("", r.out().trim(), "nothing evaluated");
        assertTrue(r.err().contains("kapot.yaml, regel 14, kolom \u201erounds[1].kleur\u201c: Onbekende sleutel \u201ekleur\u201c in rounds[1]."),
                r.err());
        assertTrue(r.err().contains("kapot.yaml, regel 51, kolom \u201erounds[1].tariffLines[2].tariff\u201c: tariff moet een getal zijn "
                + "zoals 1234.56"), r.err());
        assertTrue(r.err().contains("Niets getoetst: 2 problemen gevonden."), r.err());
    }

    @Test
    void unknownPolicyRoundInsurerFileAndDateAreClearRefusals() {
        String zevensprong = sample("zevensprong-salland-2027.yaml");
        Run policy = run("quote", "evaluate", "--file", zevensprong, "--policy", "menzis-2027");
        assertEquals(Cli.EXIT_INVALID, policy.exit());
        assertTrue(policy.err().contains("Onbekend beleidsstuk \u201emenzis-2027\u201c"), policy.err());

        Run round = run("quote", "evaluate", "--file", zevensprong, "--policy", "salland-2027-geboortezorg", "--round", "4");
        assertEquals(Cli.EXIT_INVALID, round.exit());
        assertTrue(round.err().contains("Ronde 4 staat niet in zevensprong-salland-2027.yaml; rondes: 1, 2, 3."), round.err());
        assertEquals("", round.out());

        Run insurer = run("quote", "evaluate", "--file", zevensprong, "--policy", "vgz-2027-geboortezorg");
        assertEquals(Cli.EXIT_INVALID, insurer.exit());
        assertTrue(insurer.err().contains("deze offerte is gericht aan \u201esalland\u201c"), insurer.err());

        Run missing = run("quote", "evaluate", "--file", dir.resolve("nope.yaml").toString(), "--policy", "vgz-2027-geboortezorg");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());

        Run date = run("quote", "evaluate", "--file", zevensprong, "--policy", "salland-2027-geboortezorg", "--on", "31-02-2026");
        assertEquals(Cli.EXIT_INVALID, date.exit());
        assertTrue(date.err().contains("31-02-2026"), date.err());

        Run noPolicy = run("quote", "evaluate", "--file", zevensprong);
        assertEquals(2, noPolicy.exit(), "picocli: a required option is missing");
    }

    @Test
    void aPolicyOfAnotherYearIsEvaluatedWithARemark() throws Exception {
        String text = Files.readString(SAMPLES.resolve("waalkade-vgz-2027.yaml")).replace("insurer: vgz", "insurer: zorgenzekerheid");
        Path f = dir.resolve("waalkade-zz.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Run r = run("quote", "evaluate", "--file", f.toString(), "--policy", "zorgenzekerheid-2026-geboortezorg", "--on", "2026-10-05");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Let op: het beleid geldt voor 2026 en de offerte is voor 2027; de data van het beleid horen bij 2026."),
                r.out());
        assertTrue(r.out().contains("Budgetneutraliteit: budgetneutraal"), r.out());
        assertFalse(r.out().contains("!"), r.out());
    }
}
