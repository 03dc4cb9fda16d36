package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;

class ProviderCsvTest {

    static final Set<String> INSURERS = Set.of("salland", "zorgenzekerheid", "caresq", "vgz");
    static final String HEADER = "agb_code;naam;type;kvk_nummer;straat;postcode;plaats;regio;contactpersoon;email;contracten;notities\n";

    static ProviderCsv.Result read(String text) {
        return ProviderCsv.read(text.getBytes(StandardCharsets.UTF_8), "test.csv", INSURERS);
    }

    static String row(String agb, String postcode, String email, String contracts) {
        return agb + ";Praktijk " + agb + ";VERLOSKUNDIGENPRAKTIJK;12345678;Brink 1;" + postcode + ";Deventer;Midden-IJssel;"
                + "A. Jansen;" + email + ";" + contracts + ";\n";
    }

    @Test
    void readsAValidRegisterWithContracts() {
        ProviderCsv.Result r = read(HEADER + row("12345678", "7411ab", "a@b.nl", "salland:2026-01-01|vgz:1-1-2019|caresq"));
        assertTrue(r.ok(), r.problems().toString());
        Provider p = r.rows().get(0).provider();
        assertEquals("7411 AB", p.postcode());
        assertEquals(List.of(new ProviderContract("salland", LocalDate.of(2026, 1, 1)),
                new ProviderContract("vgz", LocalDate.of(2019, 1, 1)), new ProviderContract("caresq", null)), p.contracts());
        assertEquals(2, r.rows().get(0).line());
    }

    @Test
    void commaSeparatedWithBomAndAliasesIsAccepted() {
        String text = "\uFEFFAGB,Name,Type,Place,Region\n87654321,\"Kraamzorg De Ooievaar, Zwolle\",kraamzorg,Zwolle,Midden-IJssel\n";
        ProviderCsv.Result r = read(text);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("Kraamzorg De Ooievaar, Zwolle", r.rows().get(0).provider().name());
        assertEquals(ProviderType.KRAAMZORGORGANISATIE, r.rows().get(0).provider().type());
    }

    @Test
    void everyProblemNamesLineColumnAndReason() {
        String text = HEADER
                + row("1234567", "7411 AB", "a@b.nl", "salland")
                + row("12345679", "0411 AB", "no-at-sign", "menzis:2020-01-01|vgz:32-13-2020")
                + "12345670;Praktijk;ONBEKEND;;;;Deventer;Midden-IJssel;;;;\n"
                + "too;few;columns\n";
        List<Problem> problems = read(text).problems();
        assertTrue(problems.contains(Problem.at("test.csv", 2, "agb_code", "validation.agb.format", "1234567")), problems.toString());
        assertTrue(problems.contains(Problem.at("test.csv", 3, "postcode", "validation.postcode.format", "0411 AB")));
        assertTrue(problems.contains(Problem.at("test.csv", 3, "email", "validation.email.format", "no-at-sign")));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.messageKey().equals("import.csv.unknown-insurer")));
        assertTrue(problems.contains(Problem.at("test.csv", 3, "contracten", "import.csv.bad-date", "32-13-2020")));
        assertTrue(problems.contains(Problem.at("test.csv", 4, "type", "import.csv.unknown-type", "ONBEKEND")));
        assertTrue(problems.contains(Problem.at("test.csv", 5, null, "import.csv.field-count", 3, 12)));
    }

    @Test
    void missingAndUnknownColumnsAreReportedOnTheHeader() {
        List<Problem> problems = read("agb_code;naam;kleur\n12345678;X;rood\n").problems();
        assertTrue(problems.contains(Problem.at("test.csv", 1, "kleur", "import.csv.unknown-column")));
        assertTrue(problems.contains(Problem.at("test.csv", 1, "type", "import.csv.missing-column")));
        assertTrue(problems.contains(Problem.at("test.csv", 1, "plaats", "import.csv.missing-column")));
    }

    @Test
    void notUtf8EmptyAndUnclosedQuotesAreClearProblems() {
        byte[] latin1 = (HEADER + "12345678;Praktijk Bosch\u00e9;VSV;;;;Deventer;Midden-IJssel;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        List<Problem> p1 = ProviderCsv.read(latin1, "latin1.csv", INSURERS).problems();
        assertEquals(List.of(Problem.at("latin1.csv", 2, null, "import.csv.not-utf8")), p1);
        assertEquals("import.csv.empty", read("").problems().get(0).messageKey());
        assertEquals("import.csv.empty", read("\n\n").problems().get(0).messageKey());
        ProviderCsv.Result unclosed = read(HEADER + "12345678;\"Praktijk;VSV;;;;Deventer;Midden-IJssel;;;;\n");
        assertFalse(unclosed.ok());
    }

    @Test
    void formulasAndHugeFieldsAreRefused() {
        String text = HEADER + "12345678;=HYPERLINK(\"x\");VSV;;;;Deventer;Midden-IJssel;;;;\n"
                + "12345679;" + "x".repeat(ProviderCsv.MAX_FIELD + 1) + ";VSV;;;;Deventer;Midden-IJssel;;;;\n";
        List<Problem> problems = read(text).problems();
        assertTrue(problems.contains(Problem.at("test.csv", 2, "naam", "import.csv.formula")), problems.toString());
        assertTrue(problems.contains(Problem.at("test.csv", 3, "naam", "import.csv.field-too-long", ProviderCsv.MAX_FIELD)));
    }

    @Test
    void writtenRegisterReadsBackTheSame() throws Exception {
        Provider p = new Provider(null, "08123456", "Verloskunde \"De Linde\"; Deventer", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                "01234567", "Brink 1", "7411 AB", "Deventer", "Midden-IJssel", "Jansen", "a@b.nl",
                List.of(new ProviderContract("salland", LocalDate.of(2026, 1, 1)), new ProviderContract("vgz", null)),
                "Regel 1\nRegel 2", 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProviderCsv.write(List.of(p), out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        ProviderCsv.Result back = ProviderCsv.read(bytes, "out.csv", INSURERS);
        assertTrue(back.ok(), back.problems().toString());
        assertTrue(p.sameContent(back.rows().get(0).provider()));
    }
}
