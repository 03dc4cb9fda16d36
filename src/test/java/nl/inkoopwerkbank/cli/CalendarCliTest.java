package nl.inkoopwerkbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import picocli.CommandLine;

/**
 * {@code calendar list} and {@code calendar export} on the command line, in process, against the sample
 * database, always with a fixed {@code --on} day: 23 November 2026.
 */
class CalendarCliTest {

    static final String ON = "2026-11-23";
    static final String POSTHOORN = "08336348";
    static final String REMINDER = "Nabellen: ondertekening digitaal contract nog niet ontvangen";

    /** One database for the class: the commands only read it. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            JsonNode n = new ObjectMapper().readTree(out);
            assertTrue(n.isArray(), "one JSON array: " + out);
            return n;
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

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> found = list(array).stream().filter(n -> n.get(field).asText().equals(value)).toList();
        assertEquals(1, found.size(), field + "=" + value + " in " + array);
        return found.get(0);
    }

    static Set<String> texts(JsonNode array, String field) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return out;
    }

    static Calendar parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static List<String> uids(Calendar c) {
        List<String> out = new ArrayList<>();
        for (Object o : c.getComponents(Component.VEVENT)) {
            out.add(((VEvent) o).<Property>getProperty(Property.UID).orElseThrow().getValue());
        }
        return out;
    }

    /** A table row: the cells with at least two spaces between them. */
    static Pattern row(String... cells) {
        return Pattern.compile("(?m)^" + String.join(" {2,}", Stream.of(cells).map(Pattern::quote).toList()) + "$");
    }

    static void assertRow(String out, String... cells) {
        assertTrue(row(cells).matcher(out).find(), String.join(" | ", cells) + " not in\n" + out);
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------------------------------ list

    @Test
    void listsAProvidersItemsAsADutchTable() throws Exception {
        Run r = run("calendar", "list", "--on", ON, "--provider", POSTHOORN);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        JsonNode json = run("calendar", "list", "--on", ON, "--provider", POSTHOORN, "--format", "json").json();
        // the insurer as the calendar names it ("Salland Zorgverzekeraar", or its short name)
        String salland = list(json).stream().filter(n -> n.get("insurerId").asText().equals("salland")).findFirst()
                .orElseThrow().get("insurerName").asText();
        assertTrue(salland.startsWith("Salland"), salland);
        assertTrue(out.startsWith("datum"), out);
        assertRow(out.lines().findFirst().orElseThrow(), "datum", "status", "verzekeraar", "aanbieder", "omschrijving");
        assertRow(out, "16 november 2026", "Te laat", "salland", POSTHOORN,
                REMINDER + " (Verloskundigenpraktijk De Posthoorn)");
        assertRow(out, "30 november 2026", "Binnenkort", "salland", POSTHOORN, salland + " \u00b7 "
                + "Verloskundigenpraktijk De Posthoorn: Het digitale contractvoorstel vervalt 6 weken na ontvangst");
        assertRow(out, "31 december 2027", "Open", "salland", POSTHOORN, salland + " \u00b7 "
                + "Verloskundigenpraktijk De Posthoorn: einde Overeenkomst eerstelijnsverloskunde");
        assertFalse(out.contains("IGO De Zevensprong"), "another provider's items stay out:\n" + out);

        assertTrue(out.endsWith("\n" + json.size() + " items; status op 23 november 2026.\n"), out);
        assertEquals(json.size() + 3, out.lines().count(), "header, rule, one row per item, count");
        for (JsonNode n : json) {
            assertTrue(n.get("providerAgb").isNull() ? n.get("kind").asText().equals("POLICY_STEP")
                    : n.get("providerAgb").asText().equals(POSTHOORN), n.toString());
        }
    }

    @Test
    void listsAsJsonWithTheFieldsOfEachItemSortedByDate() throws Exception {
        Run r = run("calendar", "list", "--on", ON, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode all = r.json();
        assertTrue(all.size() > 100, "the whole sample calendar: " + all.size());
        String previous = "";
        Set<String> uids = new HashSet<>();
        for (JsonNode n : all) {
            for (String f : List.of("key", "uid", "kind", "date", "statedDate", "semantics", "lastDay", "status", "insurerId",
                    "policyId", "providerAgb", "providerName", "title", "summary", "when", "actor", "channel", "source", "done")) {
                assertTrue(n.has(f), f + " missing in " + n);
            }
            assertTrue(n.get("date").asText().compareTo(previous) >= 0, "sorted by date: " + n.get("date") + " after " + previous);
            previous = n.get("date").asText();
            assertEquals(n.get("key").asText() + "@inkoopwerkbank", n.get("uid").asText());
            assertTrue(uids.add(n.get("uid").asText()), "unique: " + n.get("uid"));
        }

        JsonNode reminder = only(all, "title", REMINDER);
        assertEquals("REMINDER", reminder.get("kind").asText());
        assertTrue(reminder.get("key").asText().startsWith("own:"));
        assertEquals("2026-11-16", reminder.get("date").asText());
        assertEquals("OVERDUE", reminder.get("status").asText());
        assertEquals(-7, reminder.get("daysLeft").asInt());
        assertEquals("salland", reminder.get("insurerId").asText());
        assertEquals(POSTHOORN, reminder.get("providerAgb").asText());
        assertEquals("Verloskundigenpraktijk De Posthoorn", reminder.get("providerName").asText());
        assertEquals("op 16 november 2026", reminder.get("when").asText());
        assertEquals("Contractvoorstel staat open in VECOZO.", reminder.get("notes").asText());
        assertTrue(reminder.get("done").isNull());

        // Salland: the digital contract proposal lapses 6 weeks after it was received (20 October 2026):
        // it lapses on 1 December, so 30 November is the last day
        List<JsonNode> lapses = list(all).stream()
                .filter(n -> n.get("elementId").asText().equals("sal-gz.rt.voorstel-vervalt")
                        && n.get("providerAgb").asText().equals(POSTHOORN)).toList();
        assertEquals(1, lapses.size());
        JsonNode term = lapses.get(0);
        assertEquals("PROVIDER_TERM", term.get("kind").asText());
        assertEquals("salland-2027-geboortezorg", term.get("policyId").asText());
        assertEquals("2026-10-20", term.get("startedOn").asText());
        assertEquals("2026-11-30", term.get("date").asText());
        assertEquals("2026-11-30", term.get("lastDay").asText());
        assertEquals("2026-12-01", term.get("statedDate").asText());
        assertEquals("before", term.get("semantics").asText());
        assertEquals("DUE_SOON", term.get("status").asText());
        assertEquals(7, term.get("daysLeft").asInt());
        assertEquals("v\u00f3\u00f3r 1 december 2026 (laatste dag 30 november 2026)", term.get("when").asText());
        assertEquals("zorgaanbieder", term.get("actor").asText());
        assertTrue(term.get("source").asText().endsWith("Digitale contractering"), term.get("source").asText());

        JsonNode done = only(all, "title", "Offerte-onderdelen IGO De Zevensprong opvragen die na 1 september beschikbaar kwamen");
        assertEquals("DONE", done.get("status").asText());
        assertEquals("2026-09-14", done.get("done").get("on").asText());
        assertEquals("Per e-mail opgevraagd; op 29 september ontvangen.", done.get("done").get("note").asText());
        assertTrue(done.get("done").has("by"));
        assertTrue(done.get("summary").asText().startsWith("Gedaan: "), done.get("summary").asText());

        JsonNode meeting = only(all, "title", "Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A");
        assertEquals("MEETING", meeting.get("kind").asText());
        assertEquals("10:00", meeting.get("start").asText());
        assertEquals("11:30", meeting.get("end").asText());
        assertEquals("Teams", meeting.get("channel").asText());
        assertEquals("op 26 november 2026, 10:00\u201311:30 uur", meeting.get("when").asText());
    }

    @Test
    void theStatusIsTakenOnTheDayOfOn() throws Exception {
        assertEquals("OPEN", only(run("calendar", "list", "--on", "2026-11-01", "--format", "json").json(), "title", REMINDER)
                .get("status").asText());
        assertEquals("DUE_SOON", only(run("calendar", "list", "--on", "2026-11-10", "--format", "json").json(), "title",
                REMINDER).get("status").asText());
        assertEquals("OVERDUE", only(run("calendar", "list", "--on", "2026-11-17", "--format", "json").json(), "title",
                REMINDER).get("status").asText());
        assertRow(run("calendar", "list", "--on", "2026-11-10", "--provider", POSTHOORN).out(), "16 november 2026",
                "Binnenkort", "salland", POSTHOORN, REMINDER + " (Verloskundigenpraktijk De Posthoorn)");
    }

    @Test
    void filtersByInsurerStatusAndDateRange() throws Exception {
        JsonNode all = run("calendar", "list", "--on", ON, "--format", "json").json();

        JsonNode vgz = run("calendar", "list", "--on", ON, "--insurer", "vgz", "--format", "json").json();
        assertEquals(Set.of("vgz"), texts(vgz, "insurerId"));
        assertEquals(list(all).stream().filter(n -> n.get("insurerId").asText().equals("vgz")).count(), vgz.size());

        JsonNode two = run("calendar", "list", "--on", ON, "--insurer", "salland,caresq", "--format", "json").json();
        assertEquals(Set.of("salland", "caresq"), new HashSet<>(texts(two, "insurerId")));
        JsonNode repeated = run("calendar", "list", "--on", ON, "--insurer", "caresq", "--insurer", "SALLAND", "--format",
                "json").json();
        assertEquals(two, repeated, "repeated, with commas or in capitals: the same selection");

        JsonNode overdue = run("calendar", "list", "--on", ON, "--status", "overdue", "--format", "json").json();
        assertEquals(Set.of("OVERDUE"), texts(overdue, "status"));
        assertTrue(texts(overdue, "title").contains(REMINDER));

        JsonNode mixed = run("calendar", "list", "--on", ON, "--status", "due-soon", "--status", "done", "--format", "json")
                .json();
        assertEquals(Set.of("DUE_SOON", "DONE"), new HashSet<>(texts(mixed, "status")));
        assertEquals(list(all).stream().filter(n -> Set.of("DUE_SOON", "DONE").contains(n.get("status").asText())).count(),
                mixed.size());

        JsonNode range = run("calendar", "list", "--on", ON, "--from", "2026-11-20", "--to", "2026-12-05", "--format", "json")
                .json();
        for (JsonNode n : range) {
            LocalDate d = LocalDate.parse(n.get("date").asText());
            assertFalse(d.isBefore(LocalDate.of(2026, 11, 20)) || d.isAfter(LocalDate.of(2026, 12, 5)), n.toString());
        }
        Set<String> titles = texts(range, "title");
        assertTrue(titles.contains("Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A"), titles.toString());
        assertTrue(titles.contains("Evaluatie schoningsafspraak met IGO De Zevensprong en Ziekenhuis Schipbeek"));
        assertFalse(titles.contains(REMINDER));

        JsonNode oneDay = run("calendar", "list", "--on", ON, "--from", "2026-11-16", "--to", "2026-11-16", "--format",
                "json").json();
        assertEquals(Set.of("2026-11-16"), texts(oneDay, "date"), "both ends count");
        assertTrue(texts(oneDay, "title").contains(REMINDER));

        JsonNode combined = run("calendar", "list", "--on", ON, "--provider", POSTHOORN, "--status", "due-soon,overdue",
                "--insurer", "salland", "--format", "json").json();
        assertTrue(combined.size() >= 2, combined.toString());
        for (JsonNode n : combined) {
            assertEquals("salland", n.get("insurerId").asText());
            assertTrue(Set.of("DUE_SOON", "OVERDUE").contains(n.get("status").asText()));
        }
        assertTrue(texts(combined, "elementId").contains("sal-gz.rt.voorstel-vervalt"));

        Run none = run("calendar", "list", "--on", ON, "--from", "2040-01-01");
        assertEquals(0, none.exit(), none.err());
        assertEquals("Geen items; status op 23 november 2026.\n", none.out());
        assertEquals("[ ]", run("calendar", "list", "--on", ON, "--from", "2040-01-01", "--format", "json").out().strip());
    }

    // ------------------------------------------------------------------------------------------ export

    @Test
    void exportsTheSelectionAsICalendar() throws Exception {
        Path file = dir.resolve("posthoorn.ics");
        Run r = run("calendar", "export", "--on", ON, "--provider", POSTHOORN, "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode listed = run("calendar", "list", "--on", ON, "--provider", POSTHOORN, "--format", "json").json();
        assertEquals(listed.size() + " afspraken geschreven naar " + file.toAbsolutePath() + ".\n", r.out());

        Calendar cal = parse(file);
        List<String> uids = uids(cal);
        assertEquals(List.copyOf(texts(listed, "uid")), uids, "the same items, in calendar order");

        String termUid = list(listed).stream().filter(n -> n.get("elementId").asText().equals("sal-gz.rt.voorstel-vervalt"))
                .findFirst().orElseThrow().get("uid").asText();
        VEvent term = cal.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue().equals(termUid))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), term.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow().getDate());
        assertEquals(LocalDate.of(2026, 12, 1), term.<DateProperty<?>>getProperty(Property.DTEND).orElseThrow().getDate());
        assertTrue(term.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                .contains("Wanneer: v\u00f3\u00f3r 1 december 2026 (laatste dag 30 november 2026)"));
        assertEquals(1, term.getAlarms().size(), "due soon: a reminder");
        assertEquals(List.of("posthoorn.ics"), files(dir), "no temporary file left");
    }

    @Test
    void twoExportsGiveTheSameUids() throws Exception {
        Path first = dir.resolve("eerste.ics");
        Path second = dir.resolve("tweede.ics");
        assertEquals(0, run("calendar", "export", "--on", ON, "--out", first.toString()).exit());
        assertEquals(0, run("calendar", "export", "--on", "2027-03-01", "--out", second.toString()).exit());
        List<String> a = uids(parse(first));
        List<String> b = uids(parse(second));
        assertEquals(a.size(), new HashSet<>(a).size(), "unique within a file");
        assertEquals(new HashSet<>(a), new HashSet<>(b));
        assertNotEquals(Files.readString(first), Files.readString(second), "the statuses differ, the UIDs do not");

        // exporting again over an existing file replaces it
        assertEquals(0, run("calendar", "export", "--on", ON, "--insurer", "vgz", "--out", first.toString()).exit());
        List<String> vgz = uids(parse(first));
        assertTrue(vgz.size() < a.size());
        assertTrue(a.containsAll(vgz));
        assertEquals(List.of("eerste.ics", "tweede.ics"), files(dir));
    }

    // ------------------------------------------------------------------------------------------ refused input

    /** Refused: exit code 1, the message names the option, nothing on stdout. */
    static Run refused(String... args) {
        Run r = run(args);
        assertEquals(Cli.EXIT_INVALID, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        return r;
    }

    @Test
    void badDatesNameTheOptionAndTheExpectedForm() {
        assertEquals("--from: \u201e2026-13-01\u201c is geen datum; verwacht jjjj-mm-dd, bijv. 2026-11-23.\n",
                refused("calendar", "list", "--from", "2026-13-01").err());
        assertEquals("--to: \u201egisteren\u201c is geen datum; verwacht jjjj-mm-dd, bijv. 2026-11-23.\n",
                refused("calendar", "list", "--to", "gisteren").err());
        assertEquals("--on: \u201e2026-02-30\u201c is geen datum; verwacht jjjj-mm-dd, bijv. 2026-11-23.\n",
                refused("calendar", "list", "--on", "2026-02-30", "--format", "json").err());
        assertEquals("--from (2026-12-01) ligt na --to (2026-11-01): zo valt er niets tussen.\n",
                refused("calendar", "list", "--from", "2026-12-01", "--to", "2026-11-01").err());
    }

    @Test
    void unknownInsurerProviderOrStatusIsRefused() {
        assertEquals("--insurer: onbekende zorgverzekeraar \u201emenzis\u201c; bekend: salland, zorgenzekerheid, caresq, vgz.\n",
                refused("calendar", "list", "--on", ON, "--insurer", "salland,menzis").err());
        assertEquals("--provider: geen aanbieder met AGB-code \u201e12345678\u201c; zie providers list.\n",
                refused("calendar", "list", "--on", ON, "--provider", "12345678").err());
        assertEquals("--status: onbekende status \u201elater\u201c; mogelijk: open, due-soon, overdue, done, passed.\n",
                refused("calendar", "list", "--on", ON, "--status", "later").err());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String err = refused("calendar", "list", "--on", "morgen", "--insurer", "menzis", "--provider", "1", "--status", "x")
                .err();
        List<String> lines = err.lines().toList();
        assertEquals(4, lines.size(), err);
        assertTrue(lines.get(0).startsWith("--on: "), err);
        assertTrue(lines.get(1).startsWith("--status: "), err);
        assertTrue(lines.get(2).startsWith("--insurer: "), err);
        assertTrue(lines.get(3).startsWith("--provider: "), err);
    }

    @Test
    void exportWithBadSelectionWritesNothing() throws Exception {
        Path file = dir.resolve("kalender.ics");
        assertTrue(refused("calendar", "export", "--from", "1-13-2026", "--out", file.toString()).err().startsWith("--from: "));
        assertTrue(refused("calendar", "export", "--insurer", "menzis", "--out", file.toString()).err().startsWith("--insurer: "));
        assertTrue(refused("calendar", "export", "--provider", "00000000", "--out", file.toString()).err()
                .startsWith("--provider: "));
        assertTrue(refused("calendar", "export", "--from", "2027-01-01", "--to", "2026-01-01", "--out", file.toString()).err()
                .startsWith("--from (2027-01-01) ligt na --to (2026-01-01)"));
        assertEquals(List.of(), files(dir), "no file created");
    }

    @Test
    void anOutFolderThatDoesNotExistOrIsAFolderIsRefused() throws Exception {
        Path missing = dir.resolve("bestaat-niet");
        assertEquals("--out: de map " + missing.toAbsolutePath() + " bestaat niet.\n",
                refused("calendar", "export", "--on", ON, "--out", missing.resolve("k.ics").toString()).err());
        assertFalse(Files.exists(missing), "the folder is not created");

        Path file = dir.resolve("gewoon-bestand.txt");
        Files.writeString(file, "blijft");
        assertEquals("--out: de map " + file.toAbsolutePath() + " bestaat niet.\n",
                refused("calendar", "export", "--on", ON, "--out", file.resolve("k.ics").toString()).err());
        assertEquals("blijft", Files.readString(file));

        Path folder = Files.createDirectory(dir.resolve("map"));
        assertEquals("--out: " + folder.toAbsolutePath() + " is een map; geef een bestandsnaam, bijv. kalender.ics.\n",
                refused("calendar", "export", "--on", ON, "--out", folder.toString()).err());
        assertEquals(List.of(), files(folder));
        assertEquals(List.of("gewoon-bestand.txt", "map"), files(dir));
    }

    @Test
    void helpIsDutch() {
        Run r = run("calendar", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("De contractkalender"), r.out());
        assertTrue(r.out().contains("list") && r.out().contains("export"), r.out());
        Run list = run("calendar", "list", "--help");
        assertTrue(list.out().contains("Peildatum"), list.out());
        assertTrue(list.out().contains("due-soon"), list.out());
    }
}
