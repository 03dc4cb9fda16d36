package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter.ProviderScope;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarRepository;
import nl.inkoopwerkbank.domain.calendar.ContractCalendar;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.CalendarFile;
import nl.inkoopwerkbank.io.ICalendarFile;

/**
 * The contracting calendar: builds it from policies, providers, quotes and what the buyer added; adds and
 * removes the buyer's own items and started terms; marks items done; exports a selection to iCalendar.
 */
public final class CalendarService {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 4000;
    /** The longest item key a done mark can hold (calendar_done.item_key). */
    static final int MAX_KEY = 400;

    private final CalendarRepository repository;
    private final PolicyService policies;
    private final ProviderService providers;
    private final QuoteService quotes;
    private final Settings settings;
    private final Clock clock;

    public CalendarService(CalendarRepository repository, PolicyService policies, ProviderService providers,
                           QuoteService quotes, Settings settings, Clock clock) {
        this.repository = repository;
        this.policies = policies;
        this.providers = providers;
        this.quotes = quotes;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String ownInsurerId() {
        return settings.ownInsurerId();
    }

    /** Every calendar item as it stands today. */
    public List<CalendarItem> items() {
        return items(today());
    }

    /** Every calendar item as it stands on a given day. */
    public List<CalendarItem> items(LocalDate on) {
        return build(on, policies.all(), repository.ownItems(), repository.termStarts(), providers.all());
    }

    /** The calendar of a day from these policies (read once, not once per quote) and these providers. */
    private List<CalendarItem> build(LocalDate on, List<Policy> library, List<OwnItem> ownItems,
                                     List<TermStart> termStarts, List<Provider> pool) {
        List<Quote> all = quotes.all();
        Map<Long, Policy> quotePolicies = new HashMap<>();
        for (Quote q : all) {
            quotes.defaultPolicy(q, library).ifPresent(p -> quotePolicies.put(q.id(), p));
        }
        Map<String, String> shortNames = new HashMap<>();
        providers.insurers().forEach(i -> shortNames.put(i.id(), i.shortName()));
        return ContractCalendar.build(new ContractCalendar.Input(library, pool, all, quotePolicies,
                        ownItems, termStarts, repository.doneMarks(), settings.ownInsurerId(), on))
                .stream().map(i -> i.withInsurerName(shortNames.get(i.insurerId()))).toList();
    }

    public List<CalendarItem> items(CalendarFilter filter) {
        return filter.apply(items());
    }

    /** The policies the calendar reads (for the words of its items). */
    public List<Policy> policies() {
        return policies.all();
    }

    /** What the filter needs to select a provider's items. */
    public ProviderScope scope(Provider p) {
        return ProviderScope.of(p, ContractCalendar.contractTypesFor(p.type(), policies.all()));
    }

    /** The provider with this AGB code as a filter scope, if it exists. */
    public Optional<ProviderScope> scope(String agb) {
        return providers.findByAgb(agb).map(this::scope);
    }

    /** For the dashboard: the buyer's own insurer's overdue items and what falls due within the next 14 days. */
    public record Outlook(List<CalendarItem> overdue, List<CalendarItem> comingUp) {
    }

    public Outlook outlook() {
        LocalDate today = today();
        String own = settings.ownInsurerId();
        LocalDate horizon = today.plusDays(ContractCalendar.DUE_SOON_DAYS);
        List<Policy> library = policies.all();
        List<OwnItem> ownItems = repository.ownItems();
        List<TermStart> termStarts = repository.termStarts();
        // every provider's contracts only matter when one of them ends within the fortnight; otherwise the
        // providers the buyer's items and started terms name are enough (a national portfolio has 10,000)
        List<Provider> pool = ContractCalendar.contractEndsBetween(library, own, today, horizon) ? providers.all()
                : named(ownItems, termStarts);
        List<CalendarItem> mine = build(today, library, ownItems, termStarts, pool).stream()
                .filter(i -> i.concerns(own)).toList();
        List<CalendarItem> overdue = mine.stream().filter(i -> i.status() == CalendarItem.Status.OVERDUE).toList();
        List<CalendarItem> coming = mine.stream()
                .filter(i -> i.status() == CalendarItem.Status.DUE_SOON || i.status() == CalendarItem.Status.OPEN)
                .filter(i -> !i.date().isBefore(today) && !i.date().isAfter(horizon)).toList();
        return new Outlook(overdue, coming);
    }

    /** The providers that own items and started terms refer to. */
    private List<Provider> named(List<OwnItem> ownItems, List<TermStart> termStarts) {
        java.util.Set<String> agbs = new java.util.TreeSet<>();
        ownItems.stream().map(OwnItem::providerAgb).filter(java.util.Objects::nonNull).forEach(agbs::add);
        termStarts.stream().map(TermStart::providerAgb).filter(java.util.Objects::nonNull).forEach(agbs::add);
        List<Provider> out = new ArrayList<>();
        for (String agb : agbs) {
            providers.findByAgb(agb).ifPresent(out::add);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- own items

    public List<OwnItem> ownItems() {
        return repository.ownItems();
    }

    public Optional<OwnItem> ownItem(long id) {
        return repository.ownItem(id);
    }

    /** A new own item with a fresh, permanent uid. */
    public static OwnItem newOwnItem(CalendarItem.Kind kind, String title, LocalDate date, LocalTime start,
                                     LocalTime end, String providerAgb, String location, String note) {
        return new OwnItem(null, UUID.randomUUID().toString(), kind, title, date, start, end, providerAgb, location,
                note);
    }

    /** Stores a new or changed own item after checking every field; nothing is stored when one is wrong. */
    public OwnItem save(OwnItem item) {
        List<Violation> v = ownItemViolations(item);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return repository.save(item);
    }

    private List<Violation> ownItemViolations(OwnItem item) {
        List<Violation> v = new ArrayList<>();
        if (item.title().isEmpty()) {
            v.add(Violation.of("title", "calendar.error.title-required"));
        } else if (item.title().length() > MAX_TITLE) {
            v.add(Violation.of("title", "calendar.error.too-long", String.valueOf(MAX_TITLE)));
        }
        if (item.date() == null) {
            v.add(Violation.of("date", "calendar.error.date-required"));
        }
        if (item.end() != null && item.start() == null) {
            v.add(Violation.of("start", "calendar.error.start-required"));
        } else if (item.end() != null && !item.end().isAfter(item.start())) {
            v.add(Violation.of("end", "calendar.error.end-before-start"));
        }
        if (item.providerAgb() != null && providers.findByAgb(item.providerAgb()).isEmpty()) {
            v.add(Violation.of("provider", "calendar.error.unknown-provider", item.providerAgb()));
        }
        if (item.location().length() > MAX_TITLE) {
            v.add(Violation.of("location", "calendar.error.too-long", String.valueOf(MAX_TITLE)));
        }
        if (item.note().length() > MAX_NOTE) {
            v.add(Violation.of("note", "calendar.error.too-long", String.valueOf(MAX_NOTE)));
        }
        return v;
    }

    public boolean deleteOwnItem(long id) {
        return repository.deleteOwnItem(id);
    }

    // ---------------------------------------------------------------------------------------------- terms

    /**
     * The terms of a policy the buyer can start for a provider: terms with a length, except the quote
     * assessment term, which a received quote round starts by itself.
     */
    public static List<RelativeTerm> startableTerms(Policy p) {
        return p.relativeTerms().stream()
                .filter(t -> t.offset() != null && !t.offset().isZero())
                .filter(t -> !QuoteDeadlines.QUOTE_RECEIVED.equals(t.trigger()))
                .toList();
    }

    public List<TermStart> termStarts() {
        return repository.termStarts();
    }

    /** Records that a policy's term started for a provider on a day. */
    public TermStart startTerm(String providerAgb, String policyId, String termId, LocalDate startedOn, String note) {
        List<Violation> v = termViolations(providerAgb, policyId, termId, startedOn, note, true);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return repository.save(new TermStart(null, UUID.randomUUID().toString(), providerAgb, policyId, termId,
                startedOn, note));
    }

    private List<Violation> termViolations(String providerAgb, String policyId, String termId, LocalDate startedOn,
                                           String note, boolean notInFuture) {
        List<Violation> v = new ArrayList<>();
        if (providerAgb == null || providers.findByAgb(providerAgb).isEmpty()) {
            v.add(Violation.of("provider", "calendar.error.unknown-provider", String.valueOf(providerAgb)));
        }
        Optional<Policy> policy = policyId == null ? Optional.empty() : policies.find(policyId);
        if (policy.isEmpty()) {
            v.add(Violation.of("policy", "calendar.error.unknown-policy", String.valueOf(policyId)));
        } else if (termId == null || startableTerms(policy.get()).stream().noneMatch(t -> t.id().equals(termId))) {
            v.add(Violation.of("term", "calendar.error.unknown-term", String.valueOf(termId)));
        }
        if (startedOn == null) {
            v.add(Violation.of("startedOn", "calendar.error.date-required"));
        } else if (notInFuture && startedOn.isAfter(today())) {
            v.add(Violation.of("startedOn", "calendar.error.future"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            v.add(Violation.of("note", "calendar.error.too-long", String.valueOf(MAX_NOTE)));
        }
        return v;
    }

    public boolean deleteTermStart(long id) {
        return repository.deleteTermStart(id);
    }

    // ---------------------------------------------------------------------------------------------- done

    /** Marks the items done on a day with a note, all in one transaction; a day in the future is refused. */
    public void markDone(List<String> itemKeys, LocalDate doneOn, String note) {
        List<Violation> v = new ArrayList<>();
        if (itemKeys.isEmpty()) {
            v.add(Violation.of("items", "calendar.error.nothing-selected"));
        }
        if (doneOn == null) {
            v.add(Violation.of("doneOn", "calendar.error.date-required"));
        } else if (doneOn.isAfter(today())) {
            v.add(Violation.of("doneOn", "calendar.error.future"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            v.add(Violation.of("note", "calendar.error.too-long", String.valueOf(MAX_NOTE)));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        repository.markDone(itemKeys.stream().map(k -> DoneMark.byBuyer(k, doneOn, note, settings.userName())).toList());
    }

    public void unmarkDone(List<String> itemKeys) {
        repository.unmarkDone(itemKeys);
    }

    // ---------------------------------------------------------------------------------------------- file

    /**
     * Adds the entries of a calendar file: own items (each gets a new uid), started terms and done marks,
     * all in one transaction. Every entry is checked first (the file's own problems, unknown providers,
     * policies, terms, fields out of bounds); with any problem nothing is stored.
     *
     * @return the problems as "what: why" lines; empty when everything was stored
     */
    public List<Violation> addEntries(CalendarFile.Result file) {
        List<Violation> v = new ArrayList<>();
        if (!file.ok()) {
            file.problems().forEach(p -> v.add(new Violation(file.file() + ":" + p.line(), p.messageKey(), p.args())));
            return v;
        }
        List<OwnItem> own = new ArrayList<>();
        List<TermStart> starts = new ArrayList<>();
        List<DoneMark> marks = new ArrayList<>();
        String by = settings.userName();
        for (int n = 0; n < file.ownItems().size(); n++) {
            CalendarFile.OwnEntry e = file.ownItems().get(n);
            OwnItem item = newOwnItem(e.kind(), e.title(), e.date(), e.start(), e.end(), e.providerAgb(),
                    e.location(), e.note());
            check(ownItemViolations(item), "ownItems[" + n + "]", v);
            own.add(item);
            if (e.done() != null) {
                check(noteViolations(e.done().note()), "ownItems[" + n + "].done", v);
                marks.add(DoneMark.byBuyer(item.key(), e.done().on(), e.done().note(), by));
            }
        }
        for (int n = 0; n < file.terms().size(); n++) {
            CalendarFile.TermEntry e = file.terms().get(n);
            check(termViolations(e.providerAgb(), e.policyId(), e.termId(), e.startedOn(), e.note(), false),
                    "terms[" + n + "]", v);
            TermStart ts = new TermStart(null, UUID.randomUUID().toString(), e.providerAgb(), e.policyId(), e.termId(),
                    e.startedOn(), e.note());
            starts.add(ts);
            if (e.done() != null) {
                check(noteViolations(e.done().note()), "terms[" + n + "].done", v);
                marks.add(DoneMark.byBuyer(ts.key(), e.done().on(), e.done().note(), by));
            }
        }
        for (int n = 0; n < file.done().size(); n++) {
            CalendarFile.DoneEntry d = file.done().get(n);
            List<Violation> found = new ArrayList<>();
            if (d.itemKey().length() > MAX_KEY) {
                found.add(Violation.of("item", "calendar.error.too-long", String.valueOf(MAX_KEY)));
            }
            found.addAll(noteViolations(d.note()));
            check(found, "done[" + n + "]", v);
            marks.add(DoneMark.byBuyer(d.itemKey(), d.doneOn(), d.note(), by));
        }
        if (v.isEmpty()) {
            repository.addAll(own, starts, marks);
        }
        return v;
    }

    private static List<Violation> noteViolations(String note) {
        return note != null && note.length() > MAX_NOTE
                ? List.of(Violation.of("note", "calendar.error.too-long", String.valueOf(MAX_NOTE))) : List.of();
    }

    private static void check(List<Violation> found, String where, List<Violation> into) {
        found.forEach(x -> into.add(new Violation(where + "." + x.field(), x.messageKey(), x.args())));
    }

    // ---------------------------------------------------------------------------------------------- export

    public int reminderDays() {
        return settings.reminderDays();
    }

    /**
     * Writes the items to an iCalendar file (all or nothing: a temporary file renamed into place), in the
     * settings' language, with a reminder {@link #reminderDays()} days before each open item.
     */
    public void exportIcs(List<CalendarItem> items, Path file) throws IOException {
        Messages messages = Messages.forLocale(settings.language());
        CalendarTexts texts = new CalendarTexts(messages, policies.all());
        List<ICalendarFile.Event> events = items.stream().map(i -> texts.event(i, reminderDays())).toList();
        ICalendarFile.write(events, messages.get("calendar.ics.name", insurerName()), file);
    }

    private String insurerName() {
        String own = settings.ownInsurerId();
        return policies.all().stream().filter(p -> p.insurer().id().equals(own)).map(p -> p.insurer().name())
                .findFirst().orElse(own);
    }
}
