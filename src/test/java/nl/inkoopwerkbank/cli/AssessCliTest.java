package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.io.ProviderFactsYaml;
import nl.inkoopwerkbank.service.SampleData;
import picocli.CommandLine;

/** {@code facts} and {@code assess} on the command line, in process, against databases in a temp folder. */
class AssessCliTest {

    static final Set<String> INSURERS = Set.of("caresq", "salland", "vgz", "zorgenzekerheid");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    lines.add(JSON.readTree(l));
                }
            }
            return lines;
        }
    }

    Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    String db() {
        return dir.resolve("db").toString();
    }

    /**
     * Every knock-out of Caresq's Zorgovereenkomst Kraamzorg met and the KSV differentiator; the tier
     * then depends on the training places: A needs at least 48 / 20 = 2.4, rounded up 3.
     */
    static String caresqKraamzorg(int trainingPlaces) {
        return """
                format: inkoopwerkbank-provider-facts/1
                provider:
                  agb: "33129382"
                  name: Kraamzorg Het Zonnelied
                  type: KRAAMZORGORGANISATIE
                  contractedWith: [caresq]
                evidence: {source: "Kwaliteitsjaarverslag 2025", checkedOn: 2026-10-06, checkedBy: "J. de Vries"}
                facts:
                  complies_with_legislation: true
                  carers_employed_pct: 65
                  follows_professional_guidelines: true
                  integrity_concerns: {caresq: false}
                  received_contract_offer: {caresq: true}
                  bo_geboortezorg_member: true
                  vsv_member_all_in_work_area: true
                  quality_certificates: [HKZ]
                  works_with_lip: true
                  phone_available_office_hours: true
                  partus_assistance_24_7: true
                  declares_digitally_vecozo: true
                  postcode_work_area_registered_vektis: true
                  accepts_all_requests_in_work_area: true
                  pursues_zn_digitalisation_goals: true
                  uses_digital_care: true
                  follows_normenkader_kraamzorg: true
                  guaranteed_min_kraamzorg_hours: 24
                  sbb_recognised: true
                  fte_kraamverzorgenden: 48
                  training_places: %d
                  ksv_member: true
                """.formatted(trainingPlaces);
    }

    Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void factsListGivesTheWholeCatalogueAsJson() throws Exception {
        Run r = run("facts", "list", "--format", "json", "--db", db());
        assertEquals(0, r.exit(), r.err());
        JsonNode arr = JSON.readTree(r.out());
        assertEquals(302, arr.size());
        for (JsonNode f : arr) {
            for (String field : List.of("key", "type", "question", "unit", "scope", "topic", "choices")) {
                assertTrue(f.has(field), field + " missing in " + f);
            }
            assertFalse(f.get("question").asText().isBlank(), f.toString());
        }
        JsonNode revenue = find(arr, "revenue_with_insurer");
        assertEquals("money", revenue.get("type").asText());
        assertEquals("insurer", revenue.get("scope").asText());
        assertEquals("list", find(arr, "quality_certificates").get("type").asText());
        assertEquals(3, find(arr, "quality_certificates").get("choices").size());

        Run igo = run("facts", "list", "--format", "json", "--type", "IGO", "--db", db());
        int forIgo = JSON.readTree(igo.out()).size();
        assertTrue(forIgo > 0 && forIgo < 302, "only the questions asked of an IGO: " + forIgo);

        Run table = run("facts", "list", "--db", db());
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("feit"), table.out());
        assertTrue(table.out().contains("302 feiten"), table.out());
    }

    static JsonNode find(JsonNode arr, String key) {
        for (JsonNode f : arr) {
            if (f.get("key").asText().equals(key)) {
                return f;
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void twoFactsFilesGiveTwoJsonLinesWithTierAndNextStep() throws Exception {
        Path a = file("a.yaml", caresqKraamzorg(3));
        Path b = file("b.yaml", caresqKraamzorg(2));
        Run r = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "kraamzorg", "--facts", a.toString(),
                b.toString(), "--format", "json", "--on", "2026-11-01", "--db", db());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size(), r.out());

        JsonNode first = lines.get(0);
        assertEquals("a.yaml", first.get("file").asText());
        assertEquals("33129382", first.get("provider").get("agb").asText());
        assertEquals("2026-11-01", first.get("assessedOn").asText());
        JsonNode ca = first.get("assessments").get(0);
        assertEquals("caresq-2027-geboortezorg", ca.get("policy").asText());
        assertEquals("caresq", ca.get("insurer").asText());
        assertEquals("kraamzorg", ca.get("contract").get("id").asText());
        assertEquals("Zorgovereenkomst Kraamzorg", ca.get("contract").get("name").asText());
        assertEquals("ELIGIBLE", ca.get("outcome").asText());
        assertEquals("A", ca.get("tier").get("id").asText());
        assertEquals("Zorgovereenkomst A", ca.get("tier").get("name").asText());
        assertTrue(ca.get("tierFinal").asBoolean());
        assertEquals(0, ca.get("failing").size());
        assertEquals(0, ca.get("open").size());
        assertTrue(ca.get("nextStep").isNull(), "nothing above A");

        JsonNode cb = lines.get(1).get("assessments").get(0);
        assertEquals("ELIGIBLE", cb.get("outcome").asText());
        assertEquals("B", cb.get("tier").get("id").asText());
        JsonNode step = cb.get("nextStep");
        assertEquals("A", step.get("target").get("id").asText());
        assertFalse(step.get("toEligibility").asBoolean());
        assertEquals(1, step.get("changes").size(), step.toString());
        JsonNode change = step.get("changes").get(0);
        assertEquals("training_places", change.get("fact").asText());
        assertEquals(2, change.get("current").asInt());
        assertEquals("ge", change.get("operator").asText());
        assertEquals(3, change.get("threshold").asInt());
        assertEquals(3, change.get("target").asInt());
        assertEquals(1, change.get("delta").asInt());
        assertEquals(0, step.get("openFacts").size());
    }

    @Test
    void failingAndOpenRequirementsCarryTheirTextSourceAndFacts() throws Exception {
        Path f = file("weinig-loondienst.yaml", caresqKraamzorg(3).replace("carers_employed_pct: 65", "carers_employed_pct: 45")
                .replace("  works_with_lip: true\n", ""));
        Run r = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "kraamzorg", "--facts", f.toString(),
                "--format", "json", "--db", db());
        assertEquals(0, r.exit(), r.err());
        JsonNode a = r.jsonLines().get(0).get("assessments").get(0);
        assertEquals("NOT_ELIGIBLE", a.get("outcome").asText());
        assertTrue(a.get("tier").isNull());
        JsonNode failing = a.get("failing").get(0);
        assertEquals("caresq-gz.kraam.loondienst", failing.get("id").asText());
        assertFalse(failing.get("text").asText().isBlank());
        assertTrue(failing.get("source").asText().startsWith("2.4"), failing.toString());
        assertEquals("carers_employed_pct", failing.get("facts").get(0).get("fact").asText());
        assertEquals(45, failing.get("facts").get(0).get("value").asInt());
        assertEquals(50, failing.get("facts").get(0).get("threshold").asInt());
        JsonNode open = a.get("open").get(0);
        assertEquals("caresq-gz.kraam.lip", open.get("id").asText());
        assertEquals("works_with_lip", open.get("openFacts").get(0).asText());
        assertEquals("works_with_lip", a.get("openFacts").get(0).asText());
        JsonNode step = a.get("nextStep");
        assertTrue(step.get("toEligibility").asBoolean());
        assertEquals("carers_employed_pct", step.get("changes").get(0).get("fact").asText());
        assertEquals(5, step.get("changes").get(0).get("delta").asInt());
        assertEquals("works_with_lip", step.get("openFacts").get(0).asText());
    }

    @Test
    void textIsDutchAndReadable() throws Exception {
        Path b = file("b.yaml", caresqKraamzorg(2));
        Run r = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "kraamzorg", "--facts", b.toString(),
                "--on", "2026-10-01", "--db", db());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Kraamzorg Het Zonnelied \u00b7 AGB 33129382 \u00b7 Kraamzorgorganisatie \u00b7 feiten uit b.yaml"),
                r.out());
        assertTrue(r.out().contains("Beoordeeld op 1 oktober 2026"), r.out());
        assertTrue(r.out().contains("Uitkomst: Komt in aanmerking \u00b7 Zorgovereenkomst B"), r.out());
        assertTrue(r.out().contains("Volgende stap, naar Zorgovereenkomst A:"), r.out());
        assertTrue(r.out().contains("training_places: van 2 opleidingsplekken naar 3 opleidingsplekken, +1"), r.out());
    }

    @Test
    void aMalformedFactsFileNamesFileKeyAndLineAndAssessesNothing() throws Exception {
        Path good = file("good.yaml", caresqKraamzorg(3));
        Path bad = file("bad.yaml", caresqKraamzorg(3).replace("carers_employed_pct: 65", "carers_employed_pct: 165"));
        Run r = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", good.toString(), bad.toString(),
                "--format", "json", "--db", db());
        assertEquals(Cli.EXIT_INVALID, r.exit());
        assertEquals("", r.out().trim(), "no results when a file is refused");
        assertTrue(r.err().contains("bad.yaml, regel 10, kolom \u201ecarers_employed_pct\u201c: 165"), r.err());
        assertTrue(r.err().contains("Niets beoordeeld: 1 probleem gevonden."), r.err());

        Path tabs = file("tabs.yaml", caresqKraamzorg(3).replace("  ksv_member: true", "\tksv_member: true"));
        Run t = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", tabs.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, t.exit());
        assertTrue(t.err().contains("tabs.yaml, regel 30:"), t.err());

        Run missing = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", dir.resolve("nope.yaml").toString(),
                "--db", db());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());
    }

    @Test
    void unknownPolicyContractProviderAndBadOptionsAreClearRefusals() throws Exception {
        Path a = file("a.yaml", caresqKraamzorg(3));
        Run policy = run("assess", "--policy", "menzis-2027", "--facts", a.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, policy.exit());
        assertTrue(policy.err().contains("Onbekend beleidsstuk \u201emenzis-2027\u201c"), policy.err());

        Run contract = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "kraam", "--facts", a.toString(),
                "--db", db());
        assertEquals(Cli.EXIT_INVALID, contract.exit());
        assertTrue(contract.err().contains("Onbekende contractvorm \u201ekraam\u201c"), contract.err());
        assertTrue(contract.err().contains("kraamzorg-bemiddeling"), "lists the possible ones: " + contract.err());

        Run notOffered = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "igo", "--facts", a.toString(),
                "--db", db());
        assertEquals(Cli.EXIT_INVALID, notOffered.exit());
        assertTrue(notOffered.err().contains("a.yaml: Contractvorm \u201eigo\u201c is er niet voor het aanbiedertype Kraamzorgorganisatie"),
                notOffered.err());

        Run provider = run("assess", "--provider", "12345678", "--db", db());
        assertEquals(Cli.EXIT_INVALID, provider.exit());
        assertTrue(provider.err().contains("Onbekende aanbieder met AGB-code \u201e12345678\u201c"), provider.err());

        assertEquals(Cli.EXIT_INVALID, run("assess", "--db", db()).exit());
        assertEquals(Cli.EXIT_INVALID, run("assess", "--provider", "33129382", "--facts", a.toString(), "--db", db()).exit());
        assertEquals(Cli.EXIT_INVALID, run("assess", "--contract", "kraamzorg", "--facts", a.toString(), "--db", db()).exit());
        Run date = run("assess", "--facts", a.toString(), "--on", "31-02-2026", "--db", db());
        assertEquals(Cli.EXIT_INVALID, date.exit());
        assertTrue(date.err().contains("31-02-2026"), date.err());

        Path noType = file("zonder-type.yaml", caresqKraamzorg(3).replace("  type: KRAAMZORGORGANISATIE\n", ""));
        Run typeless = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", noType.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, typeless.exit());
        assertTrue(typeless.err().contains("zonder-type.yaml: Het bestand noemt geen aanbiedertype"), typeless.err());
        Run withContract = run("assess", "--policy", "caresq-2027-geboortezorg", "--contract", "kraamzorg", "--facts",
                noType.toString(), "--db", db());
        assertEquals(0, withContract.exit(), "--contract makes the type unnecessary: " + withContract.err());
    }

    @Test
    void theAssessmentDateDecidesWhetherANewProviderIsTooLate() throws Exception {
        Path igo = file("igo.yaml", """
                format: inkoopwerkbank-provider-facts/1
                provider: {name: IGO Nieuw, type: IGO}
                facts: {}
                """);
        JsonNode before = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", igo.toString(), "--format", "json",
                "--on", "2026-10-01", "--db", db()).jsonLines().get(0).get("assessments").get(0);
        assertEquals("igo", before.get("contract").get("id").asText());
        assertEquals("INCOMPLETE", before.get("outcome").asText());
        assertEquals("CUTOFF_AHEAD", before.get("notices").get(0).get("kind").asText());
        assertEquals("2026-10-01", before.get("notices").get(0).get("deadline").get("date").asText());

        Run late = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", igo.toString(), "--format", "json",
                "--on", "2-10-2026", "--db", db());
        JsonNode after = late.jsonLines().get(0).get("assessments").get(0);
        assertEquals("NOT_ELIGIBLE", after.get("outcome").asText());
        assertEquals("CUTOFF_PASSED", after.get("notices").get(0).get("kind").asText());
        assertTrue(after.get("notices").get(0).get("blocks").asBoolean());

        Run text = run("assess", "--policy", "caresq-2027-geboortezorg", "--facts", igo.toString(), "--on", "2026-10-02",
                "--db", db());
        assertTrue(text.out().contains("Let op: Te laat voor een nieuwe aanbieder"), text.out());
    }

    @Test
    void assessesAStoredSampleProviderAgainstOnePolicyOrTheMatrix() throws Exception {
        Run one = run("assess", "--provider", "33627992", "--policy", "caresq-2027-geboortezorg", "--format", "json",
                "--db", db());
        assertEquals(0, one.exit(), one.err());
        List<JsonNode> lines = one.jsonLines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).get("file").isNull());
        assertEquals("Kraamzorg De Heidebloem", lines.get(0).get("provider").get("name").asText());
        JsonNode a = lines.get(0).get("assessments").get(0);
        assertEquals("kraamzorg", a.get("contract").get("id").asText());
        assertEquals("B", a.get("tier").get("id").asText());
        assertEquals("training_places", a.get("nextStep").get("changes").get(0).get("fact").asText());
        assertEquals(1, a.get("nextStep").get("changes").get(0).get("delta").asInt());

        Run matrix = run("assess", "--provider", "33129382", "--format", "json", "--db", db());
        assertEquals(0, matrix.exit(), matrix.err());
        JsonNode all = matrix.jsonLines().get(0).get("assessments");
        Set<String> insurers = new TreeSet<>();
        all.forEach(x -> insurers.add(x.get("insurer").asText()));
        assertEquals(INSURERS, insurers);
        assertEquals("A", contract(all, "salland", "kraamzorg").get("tier").get("id").asText());
        assertEquals("individueel", contract(all, "zorgenzekerheid", "kraamzorg").get("tier").get("id").asText());

        Run text = run("assess", "--provider", "33129382", "--db", db());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("feiten uit de database"), text.out());
    }

    static JsonNode contract(JsonNode assessments, String insurer, String contract) {
        for (JsonNode a : assessments) {
            if (a.get("insurer").asText().equals(insurer) && a.get("contract").get("id").asText().equals(contract)) {
                return a;
            }
        }
        throw new AssertionError(insurer + "/" + contract);
    }

    @Test
    void factsExportAndImportRoundTripAllOrNothing() throws Exception {
        Path exported = dir.resolve("zonnelied.yaml");
        Run export = run("facts", "export", "--provider", "33129382", "--file", exported.toString(), "--db", db());
        assertEquals(0, export.exit(), export.err());
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(text.contains("agb: \"33129382\""), text);

        // the export is a facts file: assessing it gives what the database gives
        Run fromFile = run("assess", "--facts", exported.toString(), "--format", "json", "--on", "2026-11-01", "--db", db());
        Run fromDb = run("assess", "--provider", "33129382", "--format", "json", "--on", "2026-11-01", "--db", db());
        assertEquals(fromDb.jsonLines().get(0).get("assessments"), fromFile.jsonLines().get(0).get("assessments"));

        Run other = run("facts", "import", "--provider", "33627992", "--file", exported.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, other.exit(), "a file about another provider is refused");

        Path changed = file("changed.yaml", text.replace("training_places: ", "training_places: 1 #")
                .replace("ksv_member: ", "ksv_member_x: "));
        Run bad = run("facts", "import", "--file", changed.toString(), "--db", db());
        assertEquals(Cli.EXIT_INVALID, bad.exit());
        assertTrue(bad.err().contains("kolom \u201eksv_member_x\u201c"), bad.err());
        Run after = run("facts", "export", "--provider", "33129382", "--db", db());
        assertEquals(text, after.out(), "a refused file changes nothing");

        Path fewer = file("fewer.yaml", text.replaceAll("training_places: [^\\n]*", "training_places: 1"));
        Run ok = run("facts", "import", "--file", fewer.toString(), "--db", db());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("antwoorden opgeslagen bij Kraamzorg Het Zonnelied"), ok.out());
        assertTrue(run("facts", "export", "--provider", "33129382", "--db", db()).out().contains("training_places: 1"));
    }

    @Test
    void everyBundledFactsFileValidatesAndIsListedInTheIndex() throws Exception {
        List<String> listed = SampleData.factsFiles();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("sample-data/provider-facts"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(listed), "index.txt lists every bundled facts file");
        assertTrue(listed.size() >= 15, "sample facts for at least 15 providers");

        List<ProviderFactsYaml.Result> results = SampleData.readFacts(Bundled.FACTS, INSURERS);
        assertEquals(listed.size(), results.size());
        for (ProviderFactsYaml.Result r : results) {
            assertTrue(r.ok(), r.file() + " " + r.problems());
            assertEquals(r.provider().agb() + ".yaml", r.file(), "a bundled file is named after its provider");
            assertTrue(r.answers().size() >= 5, r.file());
            String text = Files.readString(Path.of("sample-data/provider-facts", r.file()));
            assertTrue(text.startsWith("# Fictieve voorbeelddata"), r.file() + " says it is fictional");
        }
    }

    @Test
    void theLoaderStoresEveryBundledFileWithItsProvider() throws Exception {
        try (Workbench wb = Workbench.open(dir.resolve("loaded"), true)) {
            List<ProviderFactsYaml.Result> files = SampleData.readFacts(wb.assessments().catalog(), INSURERS);
            for (ProviderFactsYaml.Result r : files) {
                Provider p = wb.providers().findByAgb(r.provider().agb()).orElseThrow(() -> new AssertionError(r.file()));
                assertEquals(r.provider().type(), p.type(), r.file());
                assertEquals(r.provider().name(), p.name(), r.file());
                assertEquals(new TreeSet<>(r.provider().contractedWith()),
                        new TreeSet<>(p.contracts().stream().map(c -> c.insurerId()).toList()), r.file());
                FactSheet stored = wb.assessments().sheet(p.id());
                assertEquals(r.answers().size(), stored.size(), r.file());
                for (FactAnswer a : r.answers()) {
                    FactAnswer s = stored.answer(a.factKey(), a.insurerId()).orElseThrow(() -> new AssertionError(a.factKey()));
                    assertEquals(a.value(), s.value(), r.file() + " " + a.factKey());
                    assertEquals(a.evidence(), s.evidence(), r.file() + " " + a.factKey());
                }
            }
            // a provider without a bundled file has no facts
            Provider vsv = wb.providers().findByAgb("98459485").orElseThrow();
            assertEquals(0, wb.assessments().sheet(vsv.id()).size());
        }
    }

    /** The spread the sample data is made for (see the comment at the top of each file). */
    @Test
    void theSampleFactsGiveAUsefulSpreadOfOutcomes() throws Exception {
        try (Workbench wb = Workbench.open(dir.resolve("spread"), true)) {
            expect(wb, "33129382", "caresq-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "A");
            expect(wb, "33129382", "salland-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "A");
            expect(wb, "33129382", "zorgenzekerheid-2026-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "individueel");
            expect(wb, "33129382", "vgz-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, null);
            expect(wb, "33627992", "salland-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "B");
            expect(wb, "33627992", "caresq-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "B");
            expect(wb, "33789281", "zorgenzekerheid-2026-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "A");
            expect(wb, "33818895", "caresq-2027-geboortezorg", "kraamzorg", Outcome.ELIGIBLE, "B");
            expect(wb, "33361461", "salland-2027-geboortezorg", "kraamzorg", Outcome.NOT_ELIGIBLE, null);
            expect(wb, "33680441", "zorgenzekerheid-2026-geboortezorg", "kraamzorg", Outcome.NOT_ELIGIBLE, null);
            expect(wb, "33941467", "caresq-2027-geboortezorg", "kraamzorg", Outcome.INCOMPLETE, "B");
            expect(wb, "33444197", "zorgenzekerheid-2026-geboortezorg", "kraamzorg-bemiddelingsplatform", Outcome.INCOMPLETE, null);
            expect(wb, "33692986", "caresq-2027-geboortezorg", "kraamzorg-bemiddeling", Outcome.ELIGIBLE, null);
            expect(wb, "33337554", "caresq-2027-geboortezorg", "kraamzorg-bemiddeling", Outcome.NOT_ELIGIBLE, null);
            expect(wb, "08993378", "vgz-2027-geboortezorg", "verloskunde", Outcome.ELIGIBLE, null);
            expect(wb, "08165284", "salland-2027-geboortezorg", "verloskunde", Outcome.NOT_ELIGIBLE, null);
            expect(wb, "08615289", "caresq-2027-geboortezorg", "echoscopie", Outcome.ELIGIBLE, null);
            expect(wb, "33673139", "zorgenzekerheid-2026-geboortezorg", "geboortecentrum", Outcome.ELIGIBLE, null);
            expect(wb, "98463114", "salland-2027-geboortezorg", "igo", Outcome.NOT_ELIGIBLE, null);
            expect(wb, "98353480", "zorgenzekerheid-2026-geboortezorg", "igo", Outcome.INCOMPLETE, null);

            // one trainee short of A: the next step says exactly that
            ContractAssessment heidebloem = assess(wb, "33627992", "salland-2027-geboortezorg", "kraamzorg");
            assertEquals("trainees_bbl_bol", heidebloem.nextStep().orElseThrow().changes().get(0).fact());
            assertEquals(0, heidebloem.nextStep().orElseThrow().changes().get(0).delta().compareTo(java.math.BigDecimal.ONE));
        }
    }

    static ContractAssessment assess(Workbench wb, String agb, String policyId, String contractId) {
        Provider p = wb.providers().findByAgb(agb).orElseThrow();
        Policy policy = wb.assessments().policy(policyId).orElseThrow();
        return wb.assessments().engine().assess(policy, policy.contractType(contractId).orElseThrow(),
                nl.inkoopwerkbank.domain.assessment.ProviderProfile.of(p), wb.assessments().sheet(p.id()),
                java.time.LocalDate.of(2026, 11, 1));
    }

    static void expect(Workbench wb, String agb, String policyId, String contractId, Outcome outcome, String tier) {
        ContractAssessment a = assess(wb, agb, policyId, contractId);
        String what = agb + " " + policyId + "/" + contractId;
        assertEquals(outcome, a.outcome(), what);
        assertEquals(tier, a.tier() == null ? null : a.tier().id(), what);
    }
}
