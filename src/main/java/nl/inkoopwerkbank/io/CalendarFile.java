package nl.inkoopwerkbank.io;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;

/**
 * The buyer's calendar entries as a YAML file ({@code inkoopwerkbank-calendar/1}, docs/calendar.md): own
 * meetings and reminders, started terms and done marks. The bundled sample calendar uses it. Every
 * problem names its line and key; a file with any problem gives nothing.
 */
public final class CalendarFile {

    public static final String FORMAT = "inkoopwerkbank-calendar/1";

    /** An own item as the file gives it (the workbench gives it its uid when it is stored). */
    public record OwnEntry(CalendarItem.Kind kind, String title, LocalDate date, LocalTime start, LocalTime end,
                           String providerAgb, String location, String note, Done done) {
    }

    public record TermEntry(String providerAgb, String policyId, String termId, LocalDate startedOn, String note,
                            Done done) {
    }

    /** A done mark given with an own item or a term (whose key only exists once it is stored). */
    public record Done(LocalDate on, String note) {
    }

    public record DoneEntry(String itemKey, LocalDate doneOn, String note) {
    }

    public record Result(String file, List<OwnEntry> ownItems, List<TermEntry> terms, List<DoneEntry> done,
                         List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CalendarFile() {
    }

    public static Result read(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        List<OwnEntry> own = new ArrayList<>();
        List<TermEntry> terms = new ArrayList<>();
        List<DoneEntry> done = new ArrayList<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (YamlNodes.readable(t, file, problems)) {
            Node root = PolicyYamlReader.compose(t, file, problems);
            if (root != null) {
                YamlNodes y = new YamlNodes(file, problems);
                Map<String, Node> doc = y.map(root, "calendar", Set.of("format", "ownItems", "terms", "done"));
                String format = y.string(doc, "format", root, true);
                if (format != null && !FORMAT.equals(format)) {
                    y.problem(doc.get("format"), "format", "calendar.file.format", format, FORMAT);
                }
                for (Node n : y.list(doc, "ownItems", root)) {
                    Map<String, Node> m = y.map(n, "ownItems",
                            Set.of("kind", "title", "date", "start", "end", "provider", "location", "note", "done"));
                    String kind = y.string(m, "kind", n, true);
                    CalendarItem.Kind k = null;
                    if (kind != null) {
                        k = switch (kind.toLowerCase(Locale.ROOT)) {
                            case "meeting" -> CalendarItem.Kind.MEETING;
                            case "reminder" -> CalendarItem.Kind.REMINDER;
                            default -> null;
                        };
                        if (k == null) {
                            y.problem(m.get("kind"), "kind", "calendar.file.kind", kind);
                        }
                    }
                    own.add(new OwnEntry(k, y.string(m, "title", n, true), y.date(m, "date", n, true),
                            time(y, m, "start"), time(y, m, "end"), y.string(m, "provider", n, false),
                            y.string(m, "location", n, false), y.string(m, "note", n, false), done(y, m, n)));
                }
                for (Node n : y.list(doc, "terms", root)) {
                    Map<String, Node> m = y.map(n, "terms", Set.of("provider", "policy", "term", "startedOn", "note", "done"));
                    terms.add(new TermEntry(y.string(m, "provider", n, true), y.string(m, "policy", n, true),
                            y.string(m, "term", n, true), y.date(m, "startedOn", n, true),
                            y.string(m, "note", n, false), done(y, m, n)));
                }
                for (Node n : y.list(doc, "done", root)) {
                    Map<String, Node> m = y.map(n, "done", Set.of("item", "on", "note"));
                    done.add(new DoneEntry(y.string(m, "item", n, true), y.date(m, "on", n, true),
                            y.string(m, "note", n, false)));
                }
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems.isEmpty() ? new Result(file, List.copyOf(own), List.copyOf(terms), List.copyOf(done), List.of())
                : new Result(file, List.of(), List.of(), List.of(), List.copyOf(problems));
    }

    private static Done done(YamlNodes y, Map<String, Node> parent, Node at) {
        Node n = parent.get("done");
        if (n == null || YamlNodes.isNull(n)) {
            return null;
        }
        Map<String, Node> m = y.map(n, "done", Set.of("on", "note"));
        return new Done(y.date(m, "on", n, true), y.string(m, "note", n, false));
    }

    /** "10:00" or "9:30"; YAML 1.1 reads an unquoted 10:00 as a sexagesimal number, so any scalar's text is taken. */
    private static LocalTime time(YamlNodes y, Map<String, Node> m, String key) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue().trim();
            try {
                return LocalTime.parse(v.length() == 4 ? "0" + v : v);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        y.problem(n, key, "calendar.file.time", key, YamlNodes.scalarText(n));
        return null;
    }
}
