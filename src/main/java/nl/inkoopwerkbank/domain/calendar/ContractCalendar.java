package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Deadline.Semantics;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.domain.quote.QuoteRound;

/**
 * Builds the contracting calendar from what the workbench holds: every dated step of every policy, the
 * terms that quotes and the buyer's recorded events start, the ends of the contracts providers hold, and
 * the buyer's own items, each with its status on a given day. Rules (docs/calendar.md):
 * <ul>
 *   <li>"vóór 1 september" sits on 31 August (its last day in time); "uiterlijk 1 september" on 1 September.</li>
 *   <li>A term runs from its trigger: due = trigger + offset, "uiterlijk" that day. A term whose effect is
 *       that something lapses ("vervalt 6 weken na ontvangst") ends the day before it lapses.</li>
 *   <li>The buyer tracks their own insurer's steps in which the insurer acts, their own insurer's quote
 *       terms, the terms they started and their own items: those become overdue when not done in time.
 *       Everything else (another insurer's steps, the provider's side, contract ends, start moments such
 *       as "vanaf 12 november") simply passes.</li>
 *   <li>Due soon: the last day is at most {@link #DUE_SOON_DAYS} days away.</li>
 * </ul>
 */
public final class ContractCalendar {

    /** Items whose last day is at most this many days away are due soon (the dashboard's window). */
    public static final int DUE_SOON_DAYS = 14;

    /** The actor of a step done by the care provider; other actors are the insurer or both. */
    static final String PROVIDER_ACTOR = "zorgaanbieder";
    static final String LAPSES = "lapses";

    /**
     * What the calendar is built from.
     *
     * @param quotePolicies for each quote id the policy its terms come from (quotes without one give no terms)
     */
    public record Input(List<Policy> policies, List<Provider> providers, List<Quote> quotes,
                        Map<Long, Policy> quotePolicies, List<OwnItem> ownItems, List<TermStart> termStarts,
                        List<DoneMark> doneMarks, String ownInsurerId, LocalDate today) {
        public Input {
            policies = List.copyOf(policies);
            providers = List.copyOf(providers);
            quotes = List.copyOf(quotes);
            quotePolicies = Map.copyOf(quotePolicies);
            ownItems = List.copyOf(ownItems);
            termStarts = List.copyOf(termStarts);
            doneMarks = List.copyOf(doneMarks);
        }
    }

    private ContractCalendar() {
    }

    /** Every item, in calendar order (date, time, key). */
    public static List<CalendarItem> build(Input in) {
        Map<String, DoneMark> marks = new HashMap<>();
        in.doneMarks().forEach(m -> marks.put(m.itemKey(), m));
        Map<String, Provider> byAgb = new HashMap<>();
        in.providers().forEach(p -> byAgb.put(p.agbCode(), p));
        Map<String, Policy> policyById = new HashMap<>();
        in.policies().forEach(p -> policyById.put(p.id(), p));
        Map<String, String> insurerNames = new HashMap<>();
        in.policies().forEach(p -> insurerNames.putIfAbsent(p.insurer().id(), p.insurer().name()));

        List<CalendarItem> out = new ArrayList<>();
        for (Policy p : in.policies()) {
            for (Deadline d : p.deadlines()) {
                out.add(step(p, d, in, marks));
            }
        }
        for (Quote q : in.quotes()) {
            Policy p = in.quotePolicies().get(q.id());
            if (p != null) {
                out.addAll(quoteTerms(p, q, in, marks));
            }
        }
        for (TermStart ts : in.termStarts()) {
            Policy p = policyById.get(ts.policyId());
            Optional<RelativeTerm> term = p == null ? Optional.empty()
                    : p.relativeTerms().stream().filter(t -> t.id().equals(ts.termId())).findFirst();
            if (term.isPresent() && term.get().offset() != null) {
                out.add(providerTerm(p, term.get(), ts, byAgb.get(ts.providerAgb()), in, marks));
            }
        }
        for (Provider pr : in.providers()) {
            for (ProviderContract c : pr.contracts()) {
                for (Policy p : in.policies()) {
                    if (p.insurer().id().equals(c.insurerId())) {
                        out.addAll(contractEnds(p, pr, c, in, marks));
                    }
                }
            }
        }
        for (OwnItem o : in.ownItems()) {
            Provider pr = o.providerAgb() == null ? null : byAgb.get(o.providerAgb());
            out.add(finish(new CalendarItem(o.key(), o.kind(), o.date(), o.date(), Semantics.ON, o.date(), o.start(),
                    o.end(), null, o.title(), null, o.location(), null, in.ownInsurerId(),
                    insurerNames.getOrDefault(in.ownInsurerId(), in.ownInsurerId()), null, null, List.of(),
                    o.providerAgb(), pr == null ? null : pr.name(), null, null, o.note(), true, null, null,
                    null, Status.OPEN, 0), marks.get(o.key()), in.today()));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** Calendar order: date, then timed items by start, then key (stable). */
    public static final Comparator<CalendarItem> ORDER = Comparator.comparing(CalendarItem::date)
            .thenComparing(i -> i.start(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarItem::key);

    public static String stepKey(Policy p, Deadline d) {
        return "step:" + p.id() + ":" + d.id();
    }

    public static String quoteTermKey(Quote q, int round, RelativeTerm t) {
        return "quote:" + q.igoAgb() + ":" + q.insurerId() + ":" + q.contractYear() + ":r" + round + ":" + t.id();
    }

    public static String contractEndKey(Provider pr, Policy p, ContractType ct) {
        return "end:" + pr.agbCode() + ":" + p.id() + ":" + ct.id();
    }

    private static CalendarItem step(Policy p, Deadline d, Input in, Map<String, DoneMark> marks) {
        LocalDate shown = d.semantics() == Semantics.BEFORE ? d.date().minusDays(1) : d.date();
        boolean own = p.insurer().id().equals(in.ownInsurerId());
        boolean tracked = own && !PROVIDER_ACTOR.equals(d.actor()) && d.semantics() != Semantics.FROM;
        String key = stepKey(p, d);
        return finish(new CalendarItem(key, Kind.POLICY_STEP, shown, d.date(), d.semantics(), d.lastDayInTime(),
                null, null, d.time(), d.action(), d.actor(), d.channel(), d.audience(), p.insurer().id(),
                p.insurer().name(), p.id(), d.id(), contractTypes(p, d.appliesTo()), null, null, null, d.source(),
                d.notes(), tracked,
                null, null, null, Status.OPEN, 0), marks.get(key), in.today());
    }

    /** "*" (every contract of the policy) followed by the ids of the policy's contract types; else as given. */
    private static List<String> contractTypes(Policy p, List<String> appliesTo) {
        if (!appliesTo.contains("*")) {
            return appliesTo;
        }
        List<String> out = new ArrayList<>(List.of("*"));
        p.contractTypes().forEach(ct -> out.add(ct.id()));
        return out;
    }

    private static List<CalendarItem> quoteTerms(Policy p, Quote q, Input in, Map<String, DoneMark> marks) {
        List<CalendarItem> out = new ArrayList<>();
        Optional<QuoteRound> agreed = q.agreed();
        boolean own = q.insurerId().equals(in.ownInsurerId());
        for (QuoteDeadlines.Term t : QuoteDeadlines.terms(p, q, in.today())) {
            String key = quoteTermKey(q, t.round(), t.term());
            DoneMark automatic = null;
            if (t.answeredOn() != null) {
                automatic = new DoneMark(key, t.answeredOn(), "", "", true);
            } else if (agreed.isPresent() && agreed.get().number() >= t.round()) {
                QuoteRound a = agreed.get();
                automatic = new DoneMark(key, a.receivedOn() != null ? a.receivedOn() : a.date(), "", "", true);
            }
            DoneMark mark = marks.getOrDefault(key, automatic);
            out.add(finish(new CalendarItem(key, Kind.QUOTE_TERM, t.due(), t.due(), Semantics.ON_OR_BEFORE, t.due(),
                    null, null, null, t.term().action(), t.term().actor(), null, null, q.insurerId(),
                    p.insurer().name(), p.id(), t.term().id(), List.of(QuoteDeadlines.IGO_CONTRACT), q.igoAgb(),
                    q.igoName(), q.id(), t.term().source(), t.term().notes(), own, t.receivedOn(), t.term().offset(),
                    null, Status.OPEN, 0), mark, in.today()));
        }
        return out;
    }

    private static CalendarItem providerTerm(Policy p, RelativeTerm t, TermStart ts, Provider pr, Input in,
                                             Map<String, DoneMark> marks) {
        LocalDate due = ts.startedOn().plus(t.offset());
        boolean lapses = LAPSES.equals(t.effect());
        Semantics sem = lapses ? Semantics.BEFORE : Semantics.ON_OR_BEFORE;
        LocalDate last = lapses ? due.minusDays(1) : due;
        String notes = ts.note().isEmpty() ? t.notes() : ts.note();
        return finish(new CalendarItem(ts.key(), Kind.PROVIDER_TERM, last, due, sem, last, null, null, null,
                t.action(), t.actor(), null, null, p.insurer().id(), p.insurer().name(), p.id(), t.id(),
                t.appliesTo(), ts.providerAgb(), pr == null ? null : pr.name(), null, t.source(), notes, true,
                ts.startedOn(), t.offset(), null, Status.OPEN, 0), marks.get(ts.key()), in.today());
    }

    /**
     * Whether a contract that one of this insurer's policies offers ends between {@code from} and {@code to}
     * (both included). A contract end is not tracked, so it is never overdue: outside such a window no
     * provider's contract adds an item to the insurer's outlook.
     */
    public static boolean contractEndsBetween(List<Policy> policies, String insurerId, LocalDate from, LocalDate to) {
        for (Policy p : policies) {
            if (!p.insurer().id().equals(insurerId)) {
                continue;
            }
            for (ContractType ct : p.contractTypes()) {
                if (ct.kind() == ContractType.Kind.CONTRACT && ct.duration() != null && ct.duration().end() != null
                        && !ct.duration().end().isBefore(from) && !ct.duration().end().isAfter(to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<CalendarItem> contractEnds(Policy p, Provider pr, ProviderContract c, Input in,
                                                   Map<String, DoneMark> marks) {
        List<CalendarItem> out = new ArrayList<>();
        for (ContractType ct : p.contractTypes()) {
            if (ct.kind() != ContractType.Kind.CONTRACT || !ct.providerTypes().contains(pr.type())
                    || ct.duration() == null || ct.duration().end() == null) {
                continue;
            }
            LocalDate end = ct.duration().end();
            if (c.since() != null && c.since().isAfter(end)) {
                continue;
            }
            String key = contractEndKey(pr, p, ct);
            out.add(finish(new CalendarItem(key, Kind.CONTRACT_END, end, end, Semantics.ON, end, null, null, null,
                    ct.name(), null, null, null, p.insurer().id(), p.insurer().name(), p.id(), ct.id(),
                    List.of(ct.id()), pr.agbCode(), pr.name(), null, ct.source(), ct.duration().description(),
                    false, null, null, null, Status.OPEN, 0), marks.get(key), in.today()));
        }
        return out;
    }

    private static CalendarItem finish(CalendarItem i, DoneMark mark, LocalDate today) {
        LocalDate ref = i.lastDay() != null ? i.lastDay() : i.date();
        long days = ChronoUnit.DAYS.between(today, ref);
        Status status = status(i.lastDay(), i.date(), i.tracked(), mark != null, today);
        return new CalendarItem(i.key(), i.kind(), i.date(), i.statedDate(), i.semantics(), i.lastDay(), i.start(),
                i.end(), i.time(), i.title(), i.actor(), i.channel(), i.audience(), i.insurerId(), i.insurerName(),
                i.policyId(), i.elementId(), i.contractTypes(), i.providerAgb(), i.providerName(), i.quoteId(),
                i.source(), i.notes(), i.tracked(), i.startedOn(), i.offset(), mark, status, days);
    }

    /** The status rule on its own (see the class comment). */
    static Status status(LocalDate lastDay, LocalDate date, boolean tracked, boolean done, LocalDate today) {
        if (done) {
            return Status.DONE;
        }
        LocalDate ref = lastDay != null ? lastDay : date;
        if (today.isAfter(ref)) {
            return tracked && lastDay != null ? Status.OVERDUE : Status.PASSED;
        }
        return ChronoUnit.DAYS.between(today, ref) <= DUE_SOON_DAYS ? Status.DUE_SOON : Status.OPEN;
    }

    /**
     * The contract types a provider of this type can hold under these policies: contracts offered to the
     * type, and the addenda that build on one of them.
     */
    public static Set<String> contractTypesFor(ProviderType type, List<Policy> policies) {
        Set<String> out = new LinkedHashSet<>();
        for (Policy p : policies) {
            Set<String> contracts = new LinkedHashSet<>();
            for (ContractType ct : p.contractTypes()) {
                if (ct.providerTypes().contains(type)) {
                    contracts.add(ct.id());
                }
            }
            for (ContractType ct : p.contractTypes()) {
                if (ct.kind() == ContractType.Kind.ADDENDUM && ct.requires().stream().anyMatch(contracts::contains)) {
                    contracts.add(ct.id());
                }
            }
            out.addAll(contracts);
        }
        return out;
    }
}
