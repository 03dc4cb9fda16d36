package nl.inkoopwerkbank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter.ProviderScope;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code calendar list|export}: the contracting calendar as a table, as JSON, or as an iCalendar file. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "De contractkalender: de data uit het inkoopbeleid, termijnen van offertes en voorstellen, "
                + "contracteinden en eigen afspraken; tonen of exporteren als iCalendar-bestand (.ics).",
        subcommands = {CalendarCommand.ListCommand.class, CalendarCommand.ExportCommand.class})
public final class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public enum Format { json, text }

    /** Exit code when the file cannot be written for another reason than the input (as {@link Cli#withWorkbench}). */
    static final int EXIT_OTHER = 2;

    /** The options {@code list} and {@code export} share: which items, and the day their status is taken on. */
    static final class Selection {
        @Option(names = "--from", paramLabel = "<datum>",
                description = "Alleen items op of na deze dag, bijv. 2026-11-01 (jjjj-mm-dd).")
        String from;

        @Option(names = "--to", paramLabel = "<datum>",
                description = "Alleen items op of voor deze dag, bijv. 2026-12-31 (jjjj-mm-dd).")
        String to;

        @Option(names = "--on", paramLabel = "<datum>",
                description = "Peildatum: de dag waarop de status (open, binnenkort, te laat, ...) bepaald wordt "
                        + "(standaard: vandaag).")
        String on;

        @Option(names = "--insurer", paramLabel = "<id>", split = ",",
                description = "Alleen de items van deze zorgverzekeraar(s), bijv. salland; eigen afspraken horen bij "
                        + "de eigen verzekeraar. Meerdere: herhalen of met komma's.")
        List<String> insurers = new ArrayList<>();

        @Option(names = "--provider", paramLabel = "<AGB-code>",
                description = "Alleen wat deze aanbieder aangaat: haar termijnen, contracteinden en afspraken, en de "
                        + "beleidsstappen die voor haar gelden.")
        String agb;

        @Option(names = "--status", paramLabel = "<status>", split = ",",
                description = "Alleen items met deze status: open, due-soon (binnenkort), overdue (te laat), done "
                        + "(gedaan) of passed (voorbij). Meerdere: herhalen of met komma's.")
        List<String> statuses = new ArrayList<>();
    }

    /** The checked selection: the day the status is taken on and the filter. */
    record Query(LocalDate on, CalendarFilter filter) {
    }

    /** The command-line code of a status: open, due-soon, overdue, done, passed. */
    static String code(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Checks every option of the selection against the database; each problem is one line on stderr naming
     * the option. Returns empty when there was a problem.
     */
    static Optional<Query> query(Selection s, Workbench wb, Messages messages, List<String> problems) {
        LocalDate on = date("--on", s.on, messages, problems);
        LocalDate from = date("--from", s.from, messages, problems);
        LocalDate to = date("--to", s.to, messages, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(messages.get("cli.calendar.from-after-to", s.from.strip(), s.to.strip()));
        }
        Set<Status> statuses = new LinkedHashSet<>();
        for (String raw : s.statuses) {
            String c = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            Optional<Status> st = Arrays.stream(Status.values()).filter(x -> code(x).equals(c)).findFirst();
            if (st.isPresent()) {
                statuses.add(st.get());
            } else {
                problems.add(messages.get("cli.calendar.unknown-status", raw,
                        String.join(", ", Arrays.stream(Status.values()).map(CalendarCommand::code).toList())));
            }
        }
        List<String> known = wb.providers().insurers().stream().map(Insurer::id).toList();
        Set<String> insurers = new LinkedHashSet<>();
        for (String raw : s.insurers) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (known.contains(id)) {
                insurers.add(id);
            } else {
                problems.add(messages.get("cli.calendar.unknown-insurer", raw, String.join(", ", known)));
            }
        }
        ProviderScope scope = null;
        if (s.agb != null) {
            Optional<ProviderScope> found = wb.calendar().scope(s.agb.strip());
            if (found.isPresent()) {
                scope = found.get();
            } else {
                problems.add(messages.get("cli.calendar.unknown-provider", s.agb));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        CalendarFilter filter = CalendarFilter.all().withInsurers(insurers).withStatuses(statuses).withProvider(scope)
                .between(from, to);
        return Optional.of(new Query(on != null ? on : wb.calendar().today(), filter));
    }

    private static LocalDate date(String option, String text, Messages messages, List<String> problems) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> d = Formats.parseDate(text, messages.locale());
        if (d.isEmpty()) {
            problems.add(messages.get("cli.calendar.bad-date", option, text));
            return null;
        }
        return d.get();
    }

    static int refuse(CommandSpec spec, List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.flush();
        return Cli.EXIT_INVALID;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "De items van de kalender op datum: als tabel (datum, status, verzekeraar, aanbieder, "
                    + "omschrijving) of als JSON.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        Selection selection;

        @Option(names = "--format", defaultValue = "text", description = "json of text (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) throws Exception {
            List<String> problems = new ArrayList<>();
            Optional<Query> q = query(selection, wb, messages, problems);
            if (q.isEmpty()) {
                return refuse(spec, problems);
            }
            List<CalendarItem> items = q.get().filter().apply(wb.calendar().items(q.get().on()));
            CalendarTexts texts = new CalendarTexts(messages, wb.policies().all());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CalendarItem i : items) {
                    rows.add(toJson(i, texts));
                }
                out.println(ProvidersCommand.json().writeValueAsString(rows));
            } else {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {messages.get("cli.calendar.col.date"), messages.get("cli.calendar.col.status"),
                        messages.get("cli.calendar.col.insurer"), messages.get("cli.calendar.col.provider"),
                        messages.get("cli.calendar.col.summary")});
                for (CalendarItem i : items) {
                    rows.add(new String[] {Formats.date(i.date(), messages.locale()), texts.status(i),
                            i.insurerId(), i.providerAgb(), texts.summary(i)});
                }
                if (!items.isEmpty()) {
                    Table.print(out, rows);
                }
                out.println(messages.get("cli.calendar.count", items.size(), Formats.date(q.get().on(), messages.locale())));
            }
            out.flush();
            return 0;
        }
    }

    /** One item as the JSON of {@code calendar list}: codes, ids and ISO dates, with the words of the screens. */
    static Map<String, Object> toJson(CalendarItem i, CalendarTexts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", i.key());
        m.put("uid", CalendarTexts.uid(i));
        m.put("kind", i.kind().name());
        m.put("date", iso(i.date()));
        m.put("statedDate", iso(i.statedDate()));
        m.put("semantics", i.semantics() == null ? null : i.semantics().code());
        m.put("lastDay", iso(i.lastDay()));
        m.put("start", i.start() == null ? null : i.start().toString());
        m.put("end", i.end() == null ? null : i.end().toString());
        m.put("status", i.status().name());
        m.put("daysLeft", i.daysLeft());
        m.put("insurerId", i.insurerId());
        m.put("insurerName", i.insurerName());
        m.put("policyId", i.policyId());
        m.put("elementId", i.elementId());
        m.put("providerAgb", i.providerAgb());
        m.put("providerName", i.providerName());
        m.put("title", i.title());
        m.put("summary", texts.summary(i));
        m.put("when", texts.when(i));
        m.put("actor", i.actor());
        m.put("channel", blankToNull(i.channel()));
        m.put("source", i.source() == null ? null : i.source().section());
        m.put("startedOn", iso(i.startedOn()));
        m.put("notes", blankToNull(i.notes()));
        if (i.done() == null) {
            m.put("done", null);
        } else {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("on", iso(i.done().doneOn()));
            d.put("note", i.done().note());
            d.put("by", i.done().by());
            d.put("automatic", i.done().automatic());
            m.put("done", d);
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "De items als iCalendar-bestand (.ics) voor Outlook of Google Agenda: een hele dag per "
                    + "datum, overleggen op hun tijd, met een herinnering (dagen vooraf: Instellingen). Elk item houdt "
                    + "in elke export dezelfde UID, zodat opnieuw importeren bijwerkt in plaats van verdubbelt.")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        Selection selection;

        @Option(names = "--out", required = true, paramLabel = "<bestand.ics>",
                description = "Het doelbestand; de map moet al bestaan. Een bestaand bestand wordt in zijn geheel "
                        + "vervangen.")
        Path out;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) {
            List<String> problems = new ArrayList<>();
            Optional<Query> q = query(selection, wb, messages, problems);
            Path target = out.toAbsolutePath().normalize();
            Path folder = target.getParent();
            if (folder == null || Files.isDirectory(target)) {
                problems.add(messages.get("cli.calendar.out-is-folder", target));
            } else if (!Files.isDirectory(folder)) {
                problems.add(messages.get("cli.calendar.out-no-folder", folder));
            } else if (!Files.isWritable(folder)) {
                problems.add(messages.get("cli.calendar.out-not-writable", folder));
            }
            if (!problems.isEmpty()) {
                return refuse(spec, problems);
            }
            List<CalendarItem> items = q.orElseThrow().filter().apply(wb.calendar().items(q.get().on()));
            try {
                wb.calendar().exportIcs(items, target);
            } catch (IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(messages.get("cli.calendar.write-failed", target,
                        e.getMessage() == null ? e.toString() : e.getMessage()));
                err.flush();
                return EXIT_OTHER;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(messages.get("cli.calendar.exported", items.size(), target));
            o.flush();
            return 0;
        }
    }
}
