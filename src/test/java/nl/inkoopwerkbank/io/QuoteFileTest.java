package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;
import nl.inkoopwerkbank.i18n.Messages;

class QuoteFileTest {

    static final Path SAMPLES = Path.of("sample-data/quotes");

    /** A small valid quote; the line numbers matter below (format is line 1). */
    static final String VALID = """
            format: inkoopwerkbank-quote/1
            igo:
              agb: "98463114"
              name: IGO De Zevensprong
            contractYear: 2027
            insurer: salland
            rounds:
              - number: 1
                side: igo
                date: 2026-09-10
                receivedOn: 2026-09-12
                author: Ruben Haverkate
                tariffLines:
                  - {code: IGO-PRE-01, tariff: 628.00, indexationPct: 4.5, volume: 1150}
                  - {code: IGO-PAR-01, tariff: 548.20, indexationPct: 4.4, volume: 495}
                participants:
                  - {name: Verloskundigenpraktijk Aan de Brink, agb: "08641207", discipline: EERSTELIJNS_VERLOSKUNDE}
              - number: 2
                side: insurer
                date: 2026-10-08
                author: M. Hofstede
                agreed: true
            """;

    @TempDir
    Path dir;

    static QuoteFile.Result read(String text) {
        return QuoteFile.read(text, "q.yaml", QuoteFile.INSURERS);
    }

    /** Replaces one line (1-based) of {@link #VALID}; {@code null} removes it. */
    static String withLine(int line, String replacement) {
        List<String> lines = new ArrayList<>(VALID.lines().toList());
        if (replacement == null) {
            lines.remove(line - 1);
        } else {
            lines.set(line - 1, replacement);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The file is refused with exactly one problem, at this line and key, with this message key. */
    static Problem refused(String text, int line, String key, String messageKey) {
        QuoteFile.Result r = read(text);
        assertFalse(r.ok(), "should be refused:\n" + text);
        assertNull(r.quote(), "nothing partial");
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(line, p.line(), p.toString());
        assertEquals(key, p.column(), p.toString());
        assertEquals(messageKey, p.messageKey(), p.toString());
        assertEquals("q.yaml", p.file());
        String text2 = Messages.dutch().get(p.messageKey(), p.args().toArray());
        assertFalse(text2.startsWith("!"), "the message exists in the bundle: " + p.messageKey());
        return p;
    }

    // ---------------------------------------------------------------------------------------------
    // valid files

    @Test
    void theSmallQuoteReadsWithEverythingInPlace() {
        QuoteFile.Result r = read(VALID);
        assertTrue(r.ok(), r.problems().toString());
        Quote q = r.quote();
        assertEquals(0, q.id());
        assertEquals(0, q.igoProviderId());
        assertEquals("98463114", q.igoAgb());
        assertEquals("IGO De Zevensprong", q.igoName());
        assertEquals(2027, q.contractYear());
        assertEquals("salland", q.insurerId());
        assertEquals(2, q.rounds().size());
        QuoteRound r1 = q.round(1).orElseThrow();
        assertEquals(RoundSide.IGO, r1.side());
        assertEquals(LocalDate.of(2026, 9, 10), r1.date());
        assertEquals(LocalDate.of(2026, 9, 12), r1.receivedOn());
        assertEquals("Ruben Haverkate", r1.author());
        assertFalse(r1.agreed());
        assertNull(r1.recordedAt());
        TariffLine t = r1.content().tariffLines().get(0);
        assertEquals("IGO-PRE-01", t.code());
        assertEquals(new BigDecimal("628.00"), t.tariff(), "the scale as written");
        assertEquals(new BigDecimal("4.5"), t.indexationPct());
        assertEquals(new BigDecimal("1150"), t.volume());
        assertEquals(new Participant("Verloskundigenpraktijk Aan de Brink", "08641207", Discipline.EERSTELIJNS_VERLOSKUNDE),
                r1.content().participants().get(0));
        assertEquals(2, q.agreed().orElseThrow().number());
        assertEquals(RoundSide.INSURER, q.round(2).orElseThrow().side());
    }

    @Test
    void numbersAreReadFromTheirTextNeverThroughADouble() {
        String text = VALID.replace("tariff: 628.00", "tariff: 0.1").replace("tariff: 548.20", "tariff: \"1234567.89\"")
                .replace("indexationPct: 4.5", "indexationPct: 3.333333").replace("volume: 1150", "volume: 1_150")
                .replace("volume: 495", "volume: 1e3");
        QuoteFile.Result r = read(text);
        assertTrue(r.ok(), r.problems().toString());
        List<TariffLine> lines = r.quote().round(1).orElseThrow().content().tariffLines();
        assertEquals(new BigDecimal("0.1"), lines.get(0).tariff(), "0.1 stays 0.1 (a double would be 0.1000000000000000055...)");
        assertEquals(1, lines.get(0).tariff().scale());
        assertEquals(new BigDecimal("1234567.89"), lines.get(1).tariff(), "quoted decimal text is read exactly");
        assertEquals(new BigDecimal("3.333333"), lines.get(0).indexationPct());
        assertEquals(new BigDecimal("1150"), lines.get(0).volume());
        assertEquals(new BigDecimal("1000"), lines.get(1).volume(), "1e3 is 1000, never 1E+3");

        // and the writer gives them back as they were
        String written = QuoteFile.toYaml(r.quote());
        assertTrue(written.contains("tariff: 0.1,"), written);
        assertTrue(written.contains("tariff: 1234567.89,"), written);
        assertEquals(r.quote(), read(written).quote());
    }

    @Test
    void enumsAreCaseInsensitiveAndJsonReadsAsYaml() {
        String text = VALID.replace("side: igo", "side: IGO").replace("side: insurer", "side: Insurer")
                .replace("discipline: EERSTELIJNS_VERLOSKUNDE", "discipline: eerstelijns-verloskunde");
        QuoteFile.Result r = read(text);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(read(VALID).quote(), r.quote());

        String json = """
                {"format": "inkoopwerkbank-quote/1",
                 "igo": {"agb": "98463114", "name": "IGO De Zevensprong"},
                 "contractYear": 2027,
                 "insurer": "salland",
                 "rounds": [
                \t{"number": 1, "side": "igo", "date": "2026-09-10", "receivedOn": "2026-09-12", "author": "Ruben Haverkate",
                   "tariffLines": [{"code": "IGO-PRE-01", "tariff": 628.00, "indexationPct": 4.5, "volume": 1150},
                                   {"code": "IGO-PAR-01", "tariff": 548.20, "indexationPct": 4.4, "volume": 495}],
                   "participants": [{"name": "Verloskundigenpraktijk Aan de Brink", "agb": "08641207",
                                     "discipline": "EERSTELIJNS_VERLOSKUNDE"}]},
                  {"number": 2, "side": "insurer", "date": "2026-10-08", "author": "M. Hofstede", "agreed": true}]}
                """;
        QuoteFile.Result j = QuoteFile.read(json, "q.json", QuoteFile.INSURERS);
        assertTrue(j.ok(), j.problems().toString());
        assertEquals(read(VALID).quote(), j.quote());
    }

    /** A quote with every field filled, and texts that need quoting in YAML. */
    static Quote full() {
        QuoteContent c = QuoteContent.builder()
                .participant(new Participant("Verloskundigenpraktijk 't Vroedhuys", "08641207", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .participant(new Participant("Vakgroep: gynaecologie, Schipbeek", "", Discipline.GYNAECOLOGIE))
                .participant(new Participant("yes", "06650560", Discipline.ZIEKENHUIS))
                .participant(new Participant("Praktijk\u2028twee\u0085drie\u0080 \uD83D\uDC76\uFEFF eind", "", Discipline.OVERIG))
                .adherence(7, 8).legalForm(LegalForm.COOPERATIE).kvkNumber("01685344").mandatesInWriting(false)
                .boardMember(new BoardMember("Ruben \"Rub\" Haverkate", BoardDiscipline.VERLOSKUNDE))
                .boardMember(new BoardMember("", BoardDiscipline.OVERIG))
                .financingRequest(new BigDecimal("6894524.74")).totalVolume(new BigDecimal("1150.0"))
                .marketSharePct(new BigDecimal("38.25")).insuredInCare16Weeks(431)
                .tariffLine(new TariffLine("IGO-PRE-01", "Prenatale zorg # integraal", new BigDecimal("628.00"),
                        new BigDecimal("4.5"), new BigDecimal("1150")))
                .tariffLine(new TariffLine("", "Kraamzorg, gemiddeld 47,6 uur", new BigDecimal("0.1"), null, null))
                .qualityGoal("Minimaal 90% intake vóór 10 weken").qualityGoal("Regel één\nregel twee: \\ en \t tab")
                .accounts(new AnnualAccounts(2025, true, true)).monoClaims(MonoClaims.MIXED)
                .monoClaimsNote("Echo: via het echocentrum")
                .schoning(new Schoning("Ziekenhuis Schipbeek", new BigDecimal("1498300.00"), "DBC-productie 2025",
                        SchoningStatus.AGREED, "Overeenkomst [getekend]"))
                .monoReference(new MonoReference(new BigDecimal("5983.85"), List.of(
                        new ReferenceLine("MONO-KRAAM", "Kraamzorg per uur", new BigDecimal("69.14"), new BigDecimal("47.6")),
                        new ReferenceLine("MONO-ECHO", "", new BigDecimal("98.37"), new BigDecimal("2.6")))))
                .confirm("sal-gz.q.inhoudelijke-toelichting").confirm("on")
                .build();
        QuoteRound r1 = new QuoteRound(1, RoundSide.IGO, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12),
                "Ruben Haverkate", "Eerste offerte; zie bijlage: \"toelichting\"", false, null, c);
        QuoteRound r2 = new QuoteRound(2, RoundSide.INSURER, LocalDate.of(2026, 10, 8), null, "M. Hofstede", "", false, null,
                QuoteContent.EMPTY);
        QuoteRound r4 = new QuoteRound(4, RoundSide.IGO, LocalDate.of(2026, 10, 22), null, "true", "", true, null,
                c.toBuilder().accounts(new AnnualAccounts(null, true, false)).schoning(new Schoning("", null, "", null, "memo"))
                        .monoReference(MonoReference.NONE).build());
        return new Quote(0, 0, "98463114", "IGO De Zevensprong: Deventer", 2027, "salland", List.of(r4, r2, r1));
    }

    @Test
    void writingAndReadingBackGivesTheSameQuote() throws IOException {
        Quote q = full();
        Path f = dir.resolve("sub/zevensprong.yaml");
        QuoteFile.write(q, f);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Offerte integrale geboortezorg van IGO De Zevensprong: Deventer (AGB 98463114) aan salland"),
                text);
        assertTrue(text.contains("\nformat: inkoopwerkbank-quote/1\n"), text);
        QuoteFile.Result r = QuoteFile.read(f);
        assertTrue(r.ok(), r.problems() + "\n" + text);
        assertEquals(q, r.quote());
        assertEquals("zevensprong.yaml", r.file());

        // stable: writing what was read gives the same text; no temporary files are left behind
        assertEquals(text, QuoteFile.toYaml(r.quote()));
        try (Stream<Path> files = Files.list(f.getParent())) {
            assertEquals(List.of("zevensprong.yaml"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theWrittenFileIsPleasantToRead() {
        String text = QuoteFile.toYaml(full(), List.of());
        assertTrue(text.startsWith("format: inkoopwerkbank-quote/1\nigo:\n  agb: \"98463114\"\n"), text);
        assertTrue(text.contains("\n  - number: 1\n    side: igo\n    date: 2026-09-10\n    receivedOn: 2026-09-12\n"), text);
        assertTrue(text.contains("      - {code: IGO-PRE-01, description: \"Prenatale zorg # integraal\", tariff: 628.00, "
                + "indexationPct: 4.5, volume: 1150}\n"), text);
        assertTrue(text.contains("      - {description: \"Kraamzorg, gemiddeld 47,6 uur\", tariff: 0.1}\n"), "empty fields left out: " + text);
        assertTrue(text.contains("    adherence: {joined: 7, total: 8}\n"), text);
        assertTrue(text.contains("    annualAccounts: {year: 2025, received: true, approvedByAccountant: true}\n"), text);
        assertTrue(text.contains("    confirmedItems: [\"on\", sal-gz.q.inhoudelijke-toelichting]\n"), text);
        assertTrue(text.contains("    mandatesInWriting: false\n"), "false is not the same as unknown: " + text);
        // round 2 has nothing but its header fields; rounds in number order
        assertTrue(text.contains("  - number: 2\n    side: insurer\n    date: 2026-10-08\n    author: M. Hofstede\n\n  - number: 4\n"),
                text);
        assertTrue(text.indexOf("number: 1") < text.indexOf("number: 2"));
        assertFalse(text.contains("null"), text);
    }

    @Test
    void theSampleQuotesAreValidListedInTheIndexAndInTheWritersLayout() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String l : Files.readAllLines(SAMPLES.resolve("index.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                listed.add(l.strip());
            }
        }
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(listed));
        assertEquals(List.of("zevensprong-salland-2026.yaml", "zevensprong-salland-2027.yaml", "waalkade-vgz-2027.yaml",
                "maasboog-vgz-2027.yaml"), listed);
        for (String name : listed) {
            Path f = SAMPLES.resolve(name);
            QuoteFile.Result r = QuoteFile.read(f);
            assertTrue(r.ok(), name + " " + r.problems());
            assertEquals(name.endsWith("-2026.yaml") ? 2026 : 2027, r.quote().contractYear(), name);
            String text = Files.readString(f);
            assertTrue(text.startsWith("# Fictieve voorbeelddata"), name + " says it is fictional");
            List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^# ?", "")).toList();
            assertEquals(text, QuoteFile.toYaml(r.quote(), header), name + " is laid out as the writer writes it");
        }
        Quote zevensprong = QuoteFile.read(SAMPLES.resolve("zevensprong-salland-2027.yaml")).quote();
        assertEquals(3, zevensprong.rounds().size());
        assertEquals(3, zevensprong.current().orElseThrow().number(), "round 3 is agreed");
    }

    @Test
    void theExampleOfTheFormatDescriptionReads() throws IOException {
        String doc = Files.readString(Path.of("docs/quote-file-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        QuoteFile.Result r = read(example);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.quote().rounds().size());
        assertEquals(new BigDecimal("38.2"), r.quote().round(1).orElseThrow().content().marketSharePct());
    }

    // ---------------------------------------------------------------------------------------------
    // refused files: each problem with its line and key

    @Test
    void formatMissingOrWrong() {
        QuoteFile.Result r = read(withLine(1, "formaat: inkoopwerkbank-quote/1"));
        assertEquals(2, r.problems().size(), "unknown key and the missing format: " + r.problems());
        for (Problem p : r.problems()) {
            assertEquals(1, p.line(), p.toString());
        }
        assertEquals(List.of("formaat", "policy.yaml.missing"), List.of(r.problems().get(0).column(), r.problems().get(1).messageKey()));
        assertTrue(r.problems().stream().anyMatch(p -> p.messageKey().equals("quote.file.unknown-key")
                && p.args().equals(List.of("formaat", "q.yaml", "format"))), "did you mean format: " + r.problems());
        assertNull(r.quote());
        refused(withLine(1, "format: inkoopwerkbank-quote/2"), 1, "format", "policy.yaml.format");
    }

    @Test
    void unknownKeysAtEveryLevelWithASuggestion() {
        // the misspelt key also leaves contractYear missing (reported at the start of the document)
        List<Problem> top = read(withLine(5, "contractyear: 2027")).problems();
        assertEquals(2, top.size(), top.toString());
        assertEquals("contractYear", top.get(0).column());
        assertEquals("policy.yaml.missing", top.get(0).messageKey());
        assertEquals(5, top.get(1).line());
        assertEquals("contractyear", top.get(1).column());
        assertEquals(List.of("contractyear", "q.yaml", "contractYear"), top.get(1).args());

        Problem line = refused(withLine(14, "      - {code: IGO-PRE-01, tariff: 628.00, indexationPct: 4.5, volumen: 1150}"),
                14, "rounds[1].tariffLines[1].volumen", "quote.file.unknown-key");
        assertEquals("volume", line.args().get(2));
        Problem none = refused(withLine(12, "    kleur: blauw\n    author: Ruben Haverkate"), 12,
                "rounds[1].kleur", "policy.yaml.unknown-key");
        assertEquals("rounds[1]", none.args().get(1));
        refused(withLine(4, "  naam: IGO De Zevensprong"), 4, "igo.naam", "quote.file.unknown-key");
    }

    @Test
    void wrongKindsOfValue() {
        refused(withLine(16, "    participants: {name: x}").replace(
                "      - {name: Verloskundigenpraktijk Aan de Brink, agb: \"08641207\", discipline: EERSTELIJNS_VERLOSKUNDE}\n", ""),
                16, "rounds[1].participants", "policy.yaml.expected-list");
        refused(withLine(12, "    author: [Ruben, Haverkate]"), 12, "rounds[1].author", "policy.yaml.expected-text");
        refused(withLine(22, "    agreed: ja"), 22, "rounds[2].agreed", "policy.yaml.expected-boolean");
        refused(withLine(5, "contractYear: 2027.5"), 5, "contractYear", "policy.yaml.expected-integer");
        refused(withLine(2, "igo: IGO De Zevensprong").replace("  agb: \"98463114\"\n  name: IGO De Zevensprong\n", ""),
                2, "igo", "policy.yaml.expected-mapping");
        refused(withLine(7, "rounds: 1").replaceAll("(?s)\n  - number: 1.*", "\n"), 7, "rounds", "policy.yaml.expected-list");
    }

    @Test
    void badNumbersDatesAndEnums() {
        Problem comma = refused(withLine(14, "      - {code: IGO-PRE-01, tariff: \"628,00\", indexationPct: 4.5, volume: 1150}"),
                14, "rounds[1].tariffLines[1].tariff", "quote.file.number");
        assertEquals(List.of("tariff", "628,00"), comma.args());
        refused(withLine(15, "      - {code: IGO-PAR-01, tariff: 548.20, indexationPct: 4,4, volume: 495}"),
                15, "rounds[1].tariffLines[2].4", "policy.yaml.unknown-key"); // "4", then a key "4"
        refused(withLine(15, "      - {code: IGO-PAR-01, tariff: 0x1F, indexationPct: 4.4, volume: 495}"),
                15, "rounds[1].tariffLines[2].tariff", "quote.file.number");
        refused(withLine(15, "      - {code: IGO-PAR-01, tariff: .nan, indexationPct: 4.4, volume: 495}"),
                15, "rounds[1].tariffLines[2].tariff", "quote.file.number");
        refused(withLine(10, "    date: 2026-13-01"), 10, "rounds[1].date", "policy.yaml.expected-date");
        refused(withLine(11, "    receivedOn: 12-09-2026"), 11, "rounds[1].receivedOn", "policy.yaml.expected-date");
        Problem side = refused(withLine(19, "    side: verzekeraar"), 19, "rounds[2].side", "policy.yaml.unknown-value");
        assertEquals(List.of("verzekeraar", "igo, insurer"), side.args());
        refused(withLine(17, "      - {name: Aan de Brink, discipline: VERLOSKUNDE}"), 17, "rounds[1].participants[1].discipline",
                "policy.yaml.unknown-value");
    }

    @Test
    void missingRequiredKeys() {
        refused(withLine(3, "  agb: \"9846311\""), 3, "igo.agb", "validation.agb.format");
        refused(withLine(3, null), 3, "igo.agb", "policy.yaml.missing"); // the igo block starts with name
        refused(withLine(5, null), 1, "contractYear", "policy.yaml.missing");
        refused(withLine(5, "contractYear: 1999"), 5, "contractYear", "quote.file.year");
        refused(withLine(6, "insurer: menzis"), 6, "insurer", "policy.invalid.unknown-insurer");
        refused(withLine(6, "insurer:"), 6, "insurer", "policy.yaml.missing");
        refused(VALID.replaceAll("(?s)rounds:.*", "rounds: []\n"), 7, "rounds", "quote.file.no-rounds");
        refused(VALID.replaceAll("(?s)rounds:.*", ""), 1, "rounds", "policy.yaml.missing");
        // a round's side, date and author: once each, at the round, not again by the validator
        refused(withLine(9, null), 8, "rounds[1].side", "policy.yaml.missing");
        refused(withLine(10, null), 8, "rounds[1].date", "policy.yaml.missing");
        refused(withLine(12, null), 8, "rounds[1].author", "policy.yaml.missing");
        refused(withLine(21, "    author: \" \""), 21, "rounds[2].author", "policy.yaml.missing");
        refused(withLine(17, "      - {name: Aan de Brink}"), 17, "rounds[1].participants[1].discipline", "policy.yaml.missing");
    }

    @Test
    void roundNumbersAndTheAgreedMark() {
        Problem dup = refused(withLine(18, "  - number: 1"), 18, "rounds[2].number", "quote.file.duplicate-round");
        assertEquals(List.of(1, 1), dup.args());
        Problem two = refused(withLine(11, "    receivedOn: 2026-09-12\n    agreed: true"), 23, "rounds[2].agreed",
                "quote.file.several-agreed");
        assertEquals(List.of(2, 1), two.args());
        refused(withLine(8, "  - number: 0"), 8, "rounds[1].number", "quote.file.round-number");
        // without numbers, rounds are numbered by their place
        QuoteFile.Result r = read(withLine(8, "  - side: igo").replace("    side: igo\n", "")
                .replace("  - number: 2\n    side: insurer", "  - side: insurer"));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(List.of(1, 2), r.quote().rounds().stream().map(QuoteRound::number).toList());
    }

    @Test
    void theValidatorsFindingsGetTheirLineAndPath() {
        refused(withLine(11, "    receivedOn: 2026-09-09"), 11, "rounds[1].receivedOn", "quote.error.receivedBeforeDate");
        refused(withLine(21, "    author: M. Hofstede\n    receivedOn: 2026-10-09"), 22, "rounds[2].receivedOn",
                "quote.error.receivedOnlyForIgo");
        Problem neg = refused(withLine(15, "      - {code: IGO-PAR-01, tariff: 548.20, indexationPct: 4.4, volume: -495}"),
                15, "rounds[1].tariffLines[2].volume", "quote.error.negative");
        assertEquals(List.of(new BigDecimal("-495")), neg.args());
        refused(withLine(15, "      - {code: IGO-PAR-01, tariff: 548.2000001, indexationPct: 4.4, volume: 495}"),
                15, "rounds[1].tariffLines[2].tariff", "quote.error.scale");
        refused(withLine(15, "      - {tariff: 548.20, indexationPct: 4.4, volume: 495}"),
                15, "rounds[1].tariffLines[2].code", "quote.error.lineUnnamed");
        refused(withLine(17, "      - {name: Aan de Brink, agb: \"123\", discipline: EERSTELIJNS_VERLOSKUNDE}"),
                17, "rounds[1].participants[1].agb", "quote.error.agb");
        refused(withLine(17, "      - {agb: \"08641207\", discipline: EERSTELIJNS_VERLOSKUNDE}"),
                17, "rounds[1].participants[1].name", "quote.error.required");
        refused(withLine(12, "    author: Ruben Haverkate\n    kvkNumber: \"5168534\""), 13, "rounds[1].kvkNumber", "quote.error.kvk");
        refused(withLine(12, "    author: Ruben Haverkate\n    annualAccounts:\n      year: 2025\n      approvedByAccountant: true"),
                15, "rounds[1].annualAccounts.approvedByAccountant", "quote.error.approvedNotReceived");
        refused(withLine(12, "    author: Ruben Haverkate\n    annualAccounts: {year: 1985, received: true}"),
                13, "rounds[1].annualAccounts.year", "quote.error.year");
        refused(withLine(12, "    author: Ruben Haverkate\n    adherence:\n      joined: -1\n      total: 8"),
                14, "rounds[1].adherence.joined", "quote.error.negative");
        refused(withLine(12, "    author: Ruben Haverkate\n    monoReference:\n      perBirth: -5"),
                14, "rounds[1].monoReference.perBirth", "quote.error.negative");
        refused(withLine(12, "    author: Ruben Haverkate\n    monoReference:\n      lines:\n        - {tariff: 1, perBirth: 2}"),
                15, "rounds[1].monoReference.lines[1].code", "quote.error.lineUnnamed");
        refused(withLine(12, "    author: " + "x".repeat(201)), 12, "rounds[1].author", "quote.error.tooLong");
    }

    @Test
    void syntaxTabsAndEncoding() {
        Problem syntax = refused(withLine(14, "      - {code: IGO-PRE-01, tariff: 628.00, indexationPct: 4.5, volume: 1150"),
                15, null, "policy.yaml.syntax");
        assertFalse(syntax.args().isEmpty());
        refused(withLine(12, "\tauthor: Ruben Haverkate"), 12, null, "facts.file.tab");
        refused(withLine(12, "    author: Ruben\u0007 Haverkate"), 12, null, "facts.file.control-character");
        refused("", 1, null, "policy.yaml.empty");
        refused("- a\n- b\n", 1, null, "policy.yaml.expected-mapping");

        byte[] latin1 = withLine(12, "    author: Ren\u00e9 Haverkate").getBytes(StandardCharsets.ISO_8859_1);
        QuoteFile.Result r = QuoteFile.read(latin1, "q.yaml", QuoteFile.INSURERS);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("quote.file.not-utf8", r.problems().get(0).messageKey());
        assertEquals(12, r.problems().get(0).line(), "the line of the first byte that is not UTF-8");
        assertNull(r.quote());

        byte[] bom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
        assertTrue(QuoteFile.read(bom, "q.yaml", QuoteFile.INSURERS).ok(), "a byte order mark is fine");
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        String text = VALID.replace("contractYear: 2027", "contractYear: twee")
                .replace("tariff: 548.20", "tariff: veel").replace("side: insurer", "side: vraag");
        QuoteFile.Result r = read(text);
        assertEquals(List.of(5, 15, 19), r.problems().stream().map(Problem::line).toList(), r.problems().toString());
        assertNull(r.quote());
    }

    @Test
    void suggestionsFindTheKeyMeant() {
        assertEquals("tariffLines", QuoteFile.suggest("tarifLines", QuoteFile.ROUND));
        assertEquals("annualAccounts", QuoteFile.suggest("accounts", QuoteFile.ROUND));
        assertEquals("receivedOn", QuoteFile.suggest("receivedon", QuoteFile.ROUND));
        assertNull(QuoteFile.suggest("kleur", QuoteFile.ROUND));
        assertNotNull(QuoteFile.suggest("indexation", QuoteFile.TARIFF_LINE));
    }
}
