package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
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

    @Test
    void listsProvidersAsJsonAndTable() throws Exception {
        String db = dir.resolve("cli").toString();
        Run json = run("providers", "list", "--format", "json", "--db", db);
        assertEquals(0, json.exit(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertTrue(arr.size() >= 60);
        assertTrue(arr.get(0).get("agbCode").asText().matches("\\d{8}"));
        assertTrue(arr.get(0).has("contracts"));

        Run table = run("providers", "list", "--db", db);
        assertEquals(0, table.exit());
        assertTrue(table.out().startsWith("AGB-code"), table.out());
        assertTrue(table.out().contains(arr.size() + " aanbieders"));
    }

    @Test
    void importReportsLineColumnAndReasonAndExitsNonZero() throws Exception {
        String db = dir.resolve("cli").toString();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "agb_code;naam;type;plaats;regio;postcode\n"
                + "12345678;Goed;VSV;Gouda;Midden-Holland;2801 AB\n"
                + "1234567;Fout;VSV;Gouda;Midden-Holland;2801AB\n", StandardCharsets.UTF_8);
        Run bad = run("--no-sample-data", "providers", "import", "--file", csv.toString(), "--db", db);
        assertEquals(Cli.EXIT_INVALID, bad.exit());
        assertTrue(bad.err().contains("bad.csv, regel 3, kolom \u201eagb_code\u201c: Een AGB-code bestaat uit precies 8 cijfers"), bad.err());
        assertTrue(bad.err().contains("Niets ge\u00efmporteerd"), bad.err());
        assertEquals("[ ]", run("providers", "list", "--format", "json", "--db", db).out().trim());

        Files.writeString(csv, "agb_code;naam;type;plaats;regio;postcode\n12345678;Goed;VSV;Gouda;Midden-Holland;2801 AB\n");
        Run good = run("providers", "import", "--file", csv.toString(), "--db", db);
        assertEquals(0, good.exit(), good.err());
        assertTrue(good.out().contains("1 nieuw"), good.out());

        Path out = dir.resolve("out.csv");
        Run export = run("providers", "export", "--file", out.toString(), "--db", db);
        assertEquals(0, export.exit(), export.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("12345678;Goed;VSV"));
    }

    @Test
    void aMissingFileIsAClearErrorNotAStackTrace() {
        Run r = run("providers", "import", "--file", dir.resolve("nope.csv").toString(), "--db", dir.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.csv"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    @Test
    void policiesListShowDiffAndValidate() throws Exception {
        String db = dir.resolve("pol").toString();
        Run list = run("policies", "list", "--format", "json", "--db", db);
        assertEquals(0, list.exit(), list.err());
        JsonNode arr = new ObjectMapper().readTree(list.out());
        assertEquals(5, arr.size());
        JsonNode caresq = arr.get(3);
        assertEquals("caresq-2027-geboortezorg", caresq.get("id").asText());
        assertTrue(caresq.get("contractTypes").get(0).get("requirements").asInt() > 0);

        Run show = run("policies", "show", "vgz-2027-geboortezorg", "--format", "json", "--db", db);
        assertEquals(0, show.exit(), show.err());
        assertEquals("vgz", new ObjectMapper().readTree(show.out()).get("insurer").get("id").asText());
        assertEquals(Cli.EXIT_INVALID, run("policies", "show", "menzis-2027", "--db", db).exit());

        Run yaml = run("policies", "show", "caresq-2027-geboortezorg", "--format", "text", "--db", db);
        Path file = dir.resolve("caresq-kopie.yaml");
        Files.writeString(file, yaml.out(), StandardCharsets.UTF_8);
        Run valid = run("policies", "validate", file.toString(), "--db", db);
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().contains("is in orde"), valid.out());

        Files.writeString(file, yaml.out().replace("fact: ksv_member", "fact: ksv_lidmaatschap"), StandardCharsets.UTF_8);
        Run invalid = run("policies", "validate", file.toString(), "--db", db);
        assertEquals(Cli.EXIT_INVALID, invalid.exit());
        assertTrue(invalid.err().contains("caresq-kopie.yaml, regel "), invalid.err());
        assertTrue(invalid.err().contains("Onbekend feit \u201eksv_lidmaatschap\u201c"), invalid.err());

        Run diff = run("policies", "diff", "salland-2027-geboortezorg", "caresq-2027-geboortezorg", "--db", db);
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().startsWith("# Wijzigingen 2027 ten opzichte van 2027 (Caresq)"), diff.out());
        Run diffJson = run("policies", "diff", "salland-2027-geboortezorg", "caresq-2027-geboortezorg", "--format", "json", "--db", db);
        assertTrue(new ObjectMapper().readTree(diffJson.out()).get("changes").size() > 100);
    }
}
