package nl.inkoopwerkbank.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter;
import nl.inkoopwerkbank.domain.calendar.CalendarFilter.ProviderScope;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.ContractCalendar;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;
import nl.inkoopwerkbank.domain.policy.Deadline.Semantics;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.RoundSide;

/**
 * The contracting calendar built from the bundled policies, written from its rules: where "vóór" and
 * "uiterlijk" steps sit, which items the buyer tracks (and so can be overdue), the terms that quotes and
 * recorded events start, contract ends, own items, stable keys, the filter and the contract types of a
 * provider type. Fixed dates throughout, no clock.
 */
class ContractCalendarTest {

    static final String SALLAND = "salland-2027-geboortezorg";
    static final String SALLAND_MSZ = "salland-2027-msz";
    static final String CARESQ = "caresq-2027-geboortezorg";
    static final String VGZ = "vgz-2027-geboortezorg";
    static final String ZZ = "zorgenzekerheid-2026-geboortezorg";
    static final List<String> ALL = List.of(SALLAND, SALLAND_MSZ, ZZ, CARESQ, VGZ);

    static List<Policy> policies(String... ids) {
        return List.of(ids).stream().map(Bundled::policy).toList();
    }

    static List<Policy> allPolicies() {
        return ALL.stream().map(Bundled::policy).toList();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Provider provider(String agb, String name, ProviderType type, ProviderContract... contracts) {
        return new Provider(null, agb, name, type, null, null, null, "Deventer", "Midden-IJssel", null, null,
                List.of(contracts), null, 0);
    }

    static ProviderContract contract(String insurer, String since) {
        return new ProviderContract(insurer, since == null ? null : d(since));
    }

    static QuoteRound igoRound(int n, String date, String received) {
        return new QuoteRound(n, RoundSide.IGO, d(date), received == null ? null : d(received), "IGO", "", false, null,
                QuoteContent.EMPTY);
    }

    static QuoteRound insurerRound(int n, String date) {
        return new QuoteRound(n, RoundSide.INSURER, date == null ? null : d(date), null, "Inkoper", "", false, null,
                QuoteContent.EMPTY);
    }

    static Quote quote(long id, String igoAgb, String insurer, QuoteRound... rounds) {
        return new Quote(id, 100 + id, igoAgb, "IGO De Zevensprong", 2027, insurer, List.of(rounds));
    }

    /** What the calendar is built from, with defaults: nothing but the given policies, Salland as own insurer. */
    static final class In {
        List<Policy> policies = List.of();
        List<Provider> providers = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Map<Long, Policy> quotePolicies = new HashMap<>();
        List<OwnItem> own = new ArrayList<>();
        List<TermStart> terms = new ArrayList<>();
        List<DoneMark> marks = new ArrayList<>();
        String ownInsurer = "salland";

        In policies(List<Policy> p) {
            policies = p;
            return this;
        }

        In own(String insurer) {
            ownInsurer = insurer;
            return this;
        }

        In provider(Provider p) {
            providers.add(p);
            return this;
        }

        In quote(Quote q, String policyId) {
            quotes.add(q);
            if (policyId != null) {
                quotePolicies.put(q.id(), Bundled.policy(policyId));
            }
            return this;
        }

        In item(OwnItem o) {
            own.add(o);
            return this;
        }

        In term(TermStart t) {
            terms.add(t);
            return this;
        }

        In done(String key, String on) {
            marks.add(DoneMark.byBuyer(key, d(on), "gedaan", "Inkoper"));
            return this;
        }

        List<CalendarItem> on(String today) {
            return ContractCalendar.build(new ContractCalendar.Input(policies, providers, quotes, quotePolicies, own,
                    terms, marks, ownInsurer, d(today)));
        }
    }

    static CalendarItem item(List<CalendarItem> items, String key) {
        return find(items, key).orElseThrow(() -> new AssertionError(key + " not among " + keys(items)));
    }

    static Optional<CalendarItem> find(List<CalendarItem> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    static List<String> keys(List<CalendarItem> items) {
        return items.stream().map(CalendarItem::key).toList();
    }

    static List<CalendarItem> only(List<CalendarItem> items, Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    static String step(String policy, String deadline) {
        return "step:" + policy + ":" + deadline;
    }

    // -------------------------------------------------------------------------------------------- policy steps

    @ParameterizedTest(name = "{1}: on {2} (stated {3}, last day {4}, {5})")
    @CsvSource({
            // "vóór 1 september 2026": in time up to and including 31 August, so it sits there
            SALLAND + ", sal-gz.dl.aanmelden-nieuwe-aanbieder, 2026-08-31, 2026-09-01, 2026-08-31, BEFORE",
            SALLAND + ", sal-gz.dl.voorstel-digitaal,          2026-09-30, 2026-10-01, 2026-09-30, BEFORE",
            // "uiterlijk 1 oktober 2026": the day itself
            VGZ + ",     vgz-gz.dl.aanbod-vecozo,              2026-10-01, 2026-10-01, 2026-10-01, ON_OR_BEFORE",
            SALLAND + ", sal-gz.dl.ondertekenen-digitaal,       2026-11-12, 2026-11-12, 2026-11-12, ON_OR_BEFORE",
            SALLAND + ", sal-gz.dl.publicatie-beleid,           2026-04-01, 2026-04-01, 2026-04-01, ON",
            // "vanaf 12 november": a start moment, no last day
            SALLAND + ", sal-gz.dl.zorgzoeker,                  2026-11-12, 2026-11-12,           , FROM",
    })
    void aStepSitsOnItsLastDayInTime(String policy, String deadline, String date, String stated, String last,
                                     Semantics semantics) {
        CalendarItem i = item(new In().policies(policies(policy)).on("2026-06-01"), step(policy, deadline));
        assertEquals(Kind.POLICY_STEP, i.kind());
        assertEquals(d(date), i.date());
        assertEquals(d(stated), i.statedDate());
        assertEquals(last == null ? null : d(last), i.lastDay());
        assertEquals(semantics, i.semantics());
        assertEquals(policy, i.policyId());
        assertEquals(deadline, i.elementId());
        assertEquals(Bundled.policy(policy).insurer().id(), i.insurerId());
    }

    @ParameterizedTest(name = "{1}, own insurer {2}, on {3}: {4} ({5} days left)")
    @CsvSource({
            // Salland sends its proposals "vóór 1 oktober" (last day 30 September): tracked by a Salland buyer
            SALLAND + ", sal-gz.dl.voorstel-digitaal, salland, 2026-09-15, OPEN,     15",
            SALLAND + ", sal-gz.dl.voorstel-digitaal, salland, 2026-09-16, DUE_SOON, 14",
            SALLAND + ", sal-gz.dl.voorstel-digitaal, salland, 2026-09-30, DUE_SOON,  0",
            SALLAND + ", sal-gz.dl.voorstel-digitaal, salland, 2026-10-01, OVERDUE,  -1",
            SALLAND + ", sal-gz.dl.voorstel-digitaal, salland, 2027-03-01, OVERDUE, -152",
            // ... but simply passes for a buyer of another insurer
            SALLAND + ", sal-gz.dl.voorstel-digitaal, vgz,     2026-09-30, DUE_SOON,  0",
            SALLAND + ", sal-gz.dl.voorstel-digitaal, vgz,     2026-10-01, PASSED,   -1",
            // VGZ offers "uiterlijk 1 oktober": the 1st is still in time
            VGZ + ",     vgz-gz.dl.aanbod-vecozo,     vgz,     2026-10-01, DUE_SOON,  0",
            VGZ + ",     vgz-gz.dl.aanbod-vecozo,     vgz,     2026-10-02, OVERDUE,  -1",
            VGZ + ",     vgz-gz.dl.aanbod-vecozo,     salland, 2026-10-02, PASSED,   -1",
            // the provider's side passes, also for the own insurer
            SALLAND + ", sal-gz.dl.ondertekenen-digitaal,     salland, 2026-11-12, DUE_SOON, 0",
            SALLAND + ", sal-gz.dl.ondertekenen-digitaal,     salland, 2026-11-13, PASSED,  -1",
            SALLAND + ", sal-gz.dl.aanmelden-nieuwe-aanbieder, salland, 2026-08-16, OPEN,   15",
            SALLAND + ", sal-gz.dl.aanmelden-nieuwe-aanbieder, salland, 2026-08-17, DUE_SOON, 14",
            SALLAND + ", sal-gz.dl.aanmelden-nieuwe-aanbieder, salland, 2026-08-31, DUE_SOON, 0",
            SALLAND + ", sal-gz.dl.aanmelden-nieuwe-aanbieder, salland, 2026-09-01, PASSED, -1",
            // both parties act: the insurer is one of them, so it is tracked
            SALLAND + ", sal-gz.dl.afspraken-benchmarking, salland, 2026-09-01, DUE_SOON, 0",
            SALLAND + ", sal-gz.dl.afspraken-benchmarking, salland, 2026-09-02, OVERDUE, -1",
            // "op 1 april": the insurer publishes on the day
            SALLAND + ", sal-gz.dl.publicatie-beleid, salland, 2026-04-02, OVERDUE, -1",
            // "vanaf": a start moment is never overdue, even the own insurer's
            SALLAND + ", sal-gz.dl.zorgzoeker,        salland, 2026-10-28, OPEN,    15",
            SALLAND + ", sal-gz.dl.zorgzoeker,        salland, 2026-11-13, PASSED,  -1",
            SALLAND + ", sal-gz.dl.zorgzoeker,        salland, 2027-06-01, PASSED, -201",
            CARESQ + ",  caresq-gz.dl.publicatie-zorgzoeker, caresq, 2026-11-13, PASSED, -1",
    })
    void stepStatusAtEachEdge(String policy, String deadline, String own, String today, Status status, long days) {
        CalendarItem i = item(new In().policies(policies(policy)).own(own).on(today), step(policy, deadline));
        assertEquals(status, i.status());
        assertEquals(days, i.daysLeft());
        assertNull(i.done());
    }

    @ParameterizedTest(name = "tracked by {0}: {1}")
    @CsvSource({
            "salland, sal-gz.dl.voorstel-digitaal,          true",
            "salland, sal-gz.dl.afspraken-benchmarking,     true",
            "salland, sal-gz.dl.publicatie-beleid,          true",
            "salland, sal-gz.dl.ondertekenen-digitaal,      false",   // the provider signs
            "salland, sal-gz.dl.igo-offerte,                false",   // the IGO submits
            "salland, sal-gz.dl.zorgzoeker,                 false",   // vanaf
            "vgz,     sal-gz.dl.voorstel-digitaal,          false",   // another insurer's step
    })
    void trackedAreTheOwnInsurersStepsInWhichTheInsurerActs(String own, String deadline, boolean tracked) {
        CalendarItem i = item(new In().policies(policies(SALLAND)).own(own).on("2026-06-01"), step(SALLAND, deadline));
        assertEquals(tracked, i.tracked());
    }

    @ParameterizedTest(name = "done mark, today {0}")
    @CsvSource({"2026-06-01", "2026-09-30", "2026-10-01", "2027-12-31"})
    void aDoneMarkMakesAStepDoneWhateverTheDate(String today) {
        String overdueStep = step(SALLAND, "sal-gz.dl.voorstel-digitaal");
        String passedStep = step(SALLAND, "sal-gz.dl.ondertekenen-digitaal");
        String fromStep = step(SALLAND, "sal-gz.dl.zorgzoeker");
        List<CalendarItem> items = new In().policies(policies(SALLAND))
                .done(overdueStep, "2026-09-29").done(passedStep, "2026-11-20").done(fromStep, "2026-11-12").on(today);
        for (String key : List.of(overdueStep, passedStep, fromStep)) {
            CalendarItem i = item(items, key);
            assertEquals(Status.DONE, i.status(), key);
            assertTrue(i.isDone());
            assertNotNull(i.done());
            assertFalse(i.done().automatic());
        }
        assertEquals(d("2026-09-29"), item(items, overdueStep).done().doneOn());
        // a mark for another step changes nothing else
        assertFalse(item(items, step(SALLAND, "sal-gz.dl.voorstel-bestaande")).isDone());
    }

    @Test
    void everyStepOfEveryPolicyIsInTheCalendar() {
        List<CalendarItem> items = new In().policies(allPolicies()).on("2026-06-01");
        int steps = allPolicies().stream().mapToInt(p -> p.deadlines().size()).sum();
        assertEquals(steps, only(items, Kind.POLICY_STEP).size());
        // in calendar order
        for (int n = 1; n < items.size(); n++) {
            assertFalse(items.get(n).date().isBefore(items.get(n - 1).date()), items.get(n).key());
        }
    }

    // -------------------------------------------------------------------------------------------- quote terms

    static final String ZEVENSPRONG = "98463114";

    static CalendarItem onlyQuoteTerm(List<CalendarItem> items) {
        List<CalendarItem> terms = only(items, Kind.QUOTE_TERM);
        assertEquals(1, terms.size(), () -> keys(terms).toString());
        return terms.get(0);
    }

    @Test
    void aReceivedQuoteStartsTheInsurersSixWeekAssessment() {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"));
        CalendarItem t = onlyQuoteTerm(new In().policies(policies(SALLAND)).quote(q, SALLAND).on("2026-09-10"));
        assertEquals("sal-gz.rt.offerte-beoordeling", t.elementId());
        // 3 September + 6 weeks = 15 October, "binnen maximaal 6 weken": that day is still in time
        assertEquals(d("2026-10-15"), t.date());
        assertEquals(d("2026-10-15"), t.statedDate());
        assertEquals(d("2026-10-15"), t.lastDay());
        assertEquals(Semantics.ON_OR_BEFORE, t.semantics());
        assertEquals(d("2026-09-03"), t.startedOn());
        assertEquals(Period.ofWeeks(6), t.offset());
        assertEquals(ZEVENSPRONG, t.providerAgb());
        assertEquals("IGO De Zevensprong", t.providerName());
        assertEquals(7L, t.quoteId());
        assertEquals("salland", t.insurerId());
        assertEquals(SALLAND, t.policyId());
        assertEquals(List.of("igo"), t.contractTypes());
        assertTrue(t.tracked());
        assertEquals(Status.OPEN, t.status());
        assertEquals(35, t.daysLeft());
    }

    @ParameterizedTest(name = "no answer, today {0}: {1}")
    @CsvSource({"2026-09-30, OPEN", "2026-10-01, DUE_SOON", "2026-10-15, DUE_SOON", "2026-10-16, OVERDUE"})
    void anUnansweredQuoteOfTheOwnInsurerBecomesOverdue(String today, Status status) {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"));
        assertEquals(status, onlyQuoteTerm(new In().policies(policies(SALLAND)).quote(q, SALLAND).on(today)).status());
    }

    @ParameterizedTest(name = "insurer answers on {0}")
    @CsvSource({"2026-10-01", "2026-10-15", "2026-10-20"})
    void aLaterInsurerRoundAnswersTheTerm(String answered) {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"), insurerRound(2, answered));
        CalendarItem t = onlyQuoteTerm(new In().policies(policies(SALLAND)).quote(q, SALLAND).on("2026-12-01"));
        assertEquals(Status.DONE, t.status());
        assertEquals(d(answered), t.done().doneOn());
        assertTrue(t.done().automatic(), "the data answered it, not the buyer");
    }

    @Test
    void anInsurerRoundWithoutDateIsNoAnswer() {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"), insurerRound(2, null));
        assertEquals(Status.OVERDUE,
                onlyQuoteTerm(new In().policies(policies(SALLAND)).quote(q, SALLAND).on("2026-10-16")).status());
    }

    @Test
    void anAgreedRoundClosesItsTerm() {
        // the IGO's second quote is agreed: no counter-proposal follows it, yet nothing is left to assess
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"),
                insurerRound(2, "2026-10-08"), igoRound(3, "2026-10-22", "2026-10-23").withAgreed(true));
        List<CalendarItem> terms = only(new In().policies(policies(SALLAND)).quote(q, SALLAND).on("2026-12-31"),
                Kind.QUOTE_TERM);
        assertEquals(2, terms.size());
        CalendarItem first = terms.get(0);
        CalendarItem second = terms.get(1);
        assertEquals(d("2026-10-15"), first.date());
        assertEquals(d("2026-10-08"), first.done().doneOn());
        // 23 October + 42 days = 4 December
        assertEquals(d("2026-12-04"), second.date());
        assertEquals(Status.DONE, second.status());
        assertTrue(second.done().automatic());
        assertFalse(second.done().doneOn().isAfter(d("2026-12-04")));
        assertFalse(first.key().equals(second.key()));
    }

    @Test
    void theBuyersOwnMarkOnAQuoteTermCounts() {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"));
        String key = ContractCalendar.quoteTermKey(q, 1, Bundled.policy(SALLAND).relativeTerms().stream()
                .filter(t -> t.id().equals("sal-gz.rt.offerte-beoordeling")).findFirst().orElseThrow());
        CalendarItem t = onlyQuoteTerm(new In().policies(policies(SALLAND)).quote(q, SALLAND)
                .done(key, "2026-10-10").on("2026-11-01"));
        assertEquals(Status.DONE, t.status());
        assertFalse(t.done().automatic());
        assertEquals(d("2026-10-10"), t.done().doneOn());
    }

    @Test
    void anotherInsurersQuoteIsNotTracked() {
        Quote q = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"));
        CalendarItem t = onlyQuoteTerm(new In().policies(policies(SALLAND)).own("vgz").quote(q, SALLAND)
                .on("2026-10-16"));
        assertFalse(t.tracked());
        assertEquals(Status.PASSED, t.status());
    }

    @Test
    void aQuoteWithoutPolicyOrReceiptGivesNoTerm() {
        Quote noPolicy = quote(7, ZEVENSPRONG, "salland", igoRound(1, "2026-09-01", "2026-09-03"));
        Quote noReceipt = quote(8, "98353480", "salland", igoRound(1, "2026-09-01", null));
        Quote vgz = quote(9, "98184215", "vgz", igoRound(1, "2026-09-01", "2026-09-03"));
        List<CalendarItem> items = new In().policies(allPolicies()).quote(noPolicy, null).quote(noReceipt, SALLAND)
                .quote(vgz, VGZ).on("2026-10-01");
        assertEquals(List.of(), only(items, Kind.QUOTE_TERM));
    }

    // -------------------------------------------------------------------------------------------- started terms

    static TermStart start(String uid, String agb, String policy, String term, String on) {
        return new TermStart(1L, uid, agb, policy, term, d(on), "");
    }

    @Test
    void aLapsingProposalEndsTheDayBeforeItLapses() {
        // "Het digitale contractvoorstel vervalt 6 weken na ontvangst": received 20 October, lapses 1 December
        Provider p = provider("08336348", "Verloskundigenpraktijk De Posthoorn", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("salland", "2006-01-01"));
        List<CalendarItem> items = new In().policies(policies(SALLAND)).provider(p)
                .term(start("u-1", "08336348", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-20")).on("2026-11-23");
        CalendarItem t = item(items, "term:u-1");
        assertEquals(Kind.PROVIDER_TERM, t.kind());
        assertEquals(d("2026-12-01"), t.statedDate());
        assertEquals(d("2026-11-30"), t.lastDay());
        assertEquals(d("2026-11-30"), t.date());
        assertEquals(Semantics.BEFORE, t.semantics());
        assertEquals(d("2026-10-20"), t.startedOn());
        assertEquals(Period.ofWeeks(6), t.offset());
        assertEquals("08336348", t.providerAgb());
        assertEquals("Verloskundigenpraktijk De Posthoorn", t.providerName());
        assertEquals("salland", t.insurerId());
        assertTrue(t.tracked());
        assertEquals(Status.DUE_SOON, t.status());
        assertEquals(7, t.daysLeft());
    }

    @ParameterizedTest(name = "lapsing proposal, today {0}: {1}")
    @CsvSource({"2026-11-15, OPEN", "2026-11-16, DUE_SOON", "2026-11-30, DUE_SOON", "2026-12-01, OVERDUE"})
    void aStartedTermBecomesOverdueAfterItsLastDay(String today, Status status) {
        List<CalendarItem> items = new In().policies(policies(SALLAND))
                .term(start("u-1", "08336348", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-20")).on(today);
        assertEquals(status, item(items, "term:u-1").status());
    }

    @ParameterizedTest(name = "lead insurer agreed {0}: due {1}")
    @CsvSource({
            "2027-01-31, 2027-02-28",   // one month later, clipped to the end of February
            "2028-01-31, 2028-02-29",   // a leap year
            "2027-01-15, 2027-02-15",
            "2027-03-31, 2027-04-30",
    })
    void aMonthIsACalendarMonth(String agreed, String due) {
        CalendarItem t = item(new In().policies(policies(CARESQ))
                .term(start("u-2", "08159418", CARESQ, "caresq-gz.rt.afspraken-preferent-melden", agreed))
                .on("2027-01-01"), "term:u-2");
        assertEquals(d(due), t.date());
        assertEquals(d(due), t.statedDate());
        assertEquals(d(due), t.lastDay());
        assertEquals(Semantics.ON_OR_BEFORE, t.semantics());
        assertEquals(Period.ofMonths(1), t.offset());
        assertEquals("caresq", t.insurerId());
        assertNull(t.providerName(), "the provider is not in the workbench");
    }

    @Test
    void zorgEnZekerheidsLeadInsurerTermToo() {
        CalendarItem t = item(new In().policies(policies(ZZ))
                .term(start("u-3", "08630792", ZZ, "zz-gz.rt.volgen-toeslag", "2026-02-10")).on("2026-03-11"),
                "term:u-3");
        assertEquals(d("2026-03-10"), t.date());
        assertEquals(Semantics.ON_OR_BEFORE, t.semantics());
        assertEquals(Status.OVERDUE, t.status());
    }

    /**
     * A started term that cannot be dated gives no item (there is no day to put it on) and does not stop the
     * rest of the calendar: the policy left the library, the term left the policy, or the term has no length.
     */
    @ParameterizedTest(name = "{0} / {1}: no item")
    @CsvSource({
            "salland-2026-geboortezorg, sal-gz.rt.voorstel-vervalt",
            SALLAND + ", sal-gz.rt.bestaat-niet",
            SALLAND + ", sal-gz.rt.volumeprognoses",    // "geen termijn genoemd"
            CARESQ + ", sal-gz.rt.voorstel-vervalt",    // another policy's term
    })
    void aTermThatCannotBeDatedGivesNoItem(String policy, String term) {
        List<CalendarItem> items = new In().policies(policies(SALLAND, CARESQ))
                .term(start("bad", "08336348", policy, term, "2026-10-20"))
                .term(start("good", "08336348", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-20"))
                .on("2026-11-01");
        assertTrue(find(items, "term:bad").isEmpty());
        assertTrue(find(items, "term:good").isPresent());
        assertEquals(1, only(items, Kind.PROVIDER_TERM).size());
    }

    @Test
    void aDoneMarkClosesAStartedTerm() {
        List<CalendarItem> items = new In().policies(policies(SALLAND))
                .term(start("u-1", "08993378", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-09-28"))
                .done("term:u-1", "2026-10-21").on("2026-12-01");
        assertEquals(Status.DONE, item(items, "term:u-1").status());
    }

    // -------------------------------------------------------------------------------------------- contract ends

    static String end(String agb, String policy, String contractType) {
        return "end:" + agb + ":" + policy + ":" + contractType;
    }

    static List<String> endKeys(List<CalendarItem> items, String agb) {
        return only(items, Kind.CONTRACT_END).stream().filter(i -> agb.equals(i.providerAgb()))
                .map(CalendarItem::key).sorted().toList();
    }

    @Test
    void aContractedProviderGetsTheEndOfEachContractOfItsType() {
        Provider midwife = provider("08336348", "De Posthoorn", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("salland", "2006-01-01"), contract("vgz", "2010-01-01"));
        List<CalendarItem> items = new In().policies(allPolicies()).provider(midwife).on("2026-06-01");
        // Salland's and VGZ's midwifery contracts; no addenda (CTG, IPG, tolk...), no Caresq (no contract with it)
        assertEquals(List.of(end("08336348", SALLAND, "verloskunde"), end("08336348", VGZ, "verloskunde")),
                endKeys(items, "08336348"));
        CalendarItem salland = item(items, end("08336348", SALLAND, "verloskunde"));
        assertEquals(d("2027-12-31"), salland.date());
        assertEquals(d("2027-12-31"), salland.lastDay());
        assertEquals(List.of("verloskunde"), salland.contractTypes());
        assertEquals("salland", salland.insurerId());
        assertEquals("De Posthoorn", salland.providerName());
        assertFalse(salland.tracked(), "a contract end simply passes");
        assertEquals(d("2028-12-31"), item(items, end("08336348", VGZ, "verloskunde")).date());
    }

    @ParameterizedTest(name = "contract end on {0}: {1}")
    @CsvSource({"2027-12-17, DUE_SOON", "2027-12-31, DUE_SOON", "2028-01-01, PASSED"})
    void aContractEndPasses(String today, Status status) {
        Provider midwife = provider("08336348", "De Posthoorn", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("salland", null));
        List<CalendarItem> items = new In().policies(policies(SALLAND)).provider(midwife).on(today);
        assertEquals(status, item(items, end("08336348", SALLAND, "verloskunde")).status());
    }

    @Test
    void everyContractTypeOfferedToTheTypeCounts() {
        // Zorg en Zekerheid offers kraamzorg organisations both the kraamzorg and the platform contract
        Provider kraam = provider("33789281", "Het Rijnhuys", ProviderType.KRAAMZORGORGANISATIE,
                contract("zorgenzekerheid", "2009-01-01"));
        List<CalendarItem> items = new In().policies(allPolicies()).provider(kraam).on("2026-06-01");
        assertEquals(List.of(end("33789281", ZZ, "kraamzorg"), end("33789281", ZZ, "kraamzorg-bemiddelingsplatform")),
                endKeys(items, "33789281"));
        assertEquals(d("2026-12-31"), item(items, end("33789281", ZZ, "kraamzorg")).date());
    }

    @Test
    void noEndWithoutAContractAKnownEndOrForAContractThatStartsLater() {
        Provider none = provider("08165284", "De Steenbrugge", ProviderType.VERLOSKUNDIGENPRAKTIJK);
        Provider vsv = provider("98459485", "VSV Schipbeek", ProviderType.VSV, contract("salland", "2027-01-01"));
        Provider later = provider("08114973", "Het Eikenblad", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("salland", "2028-01-01"));
        Provider onTheDay = provider("08999623", "De Giessenoever", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("salland", "2027-12-31"));
        Provider unknownInsurer = provider("08850754", "Het Helderse Lichtje", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                contract("menzis", "2010-01-01"));
        List<CalendarItem> items = new In().policies(allPolicies()).provider(none).provider(vsv).provider(later)
                .provider(onTheDay).provider(unknownInsurer).on("2026-06-01");
        assertEquals(List.of(), endKeys(items, "08165284"));
        assertEquals(List.of(), endKeys(items, "98459485"), "Salland's VSV contract has no end date");
        assertEquals(List.of(), endKeys(items, "08114973"), "started after the contract period");
        assertEquals(List.of(end("08999623", SALLAND, "verloskunde")), endKeys(items, "08999623"));
        assertEquals(List.of(), endKeys(items, "08850754"));
    }

    // -------------------------------------------------------------------------------------------- own items

    static OwnItem meeting(String uid, String date, String start, String end, String agb) {
        return new OwnItem(1L, uid, Kind.MEETING, "Inkoopgesprek", d(date), start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end), agb, "Teams", "Opleidingsplekken nalopen");
    }

    static OwnItem reminder(String uid, String date) {
        return new OwnItem(2L, uid, Kind.REMINDER, "Zorgzoeker controleren", d(date), null, null, null, "", "");
    }

    @ParameterizedTest(name = "own item on 26 November, today {0}: {1}")
    @CsvSource({"2026-11-11, OPEN", "2026-11-12, DUE_SOON", "2026-11-26, DUE_SOON", "2026-11-27, OVERDUE"})
    void ownItemsAreTracked(String today, Status status) {
        Provider p = provider("33129382", "Kraamzorg Het Zonnelied", ProviderType.KRAAMZORGORGANISATIE);
        List<CalendarItem> items = new In().policies(policies(SALLAND)).provider(p)
                .item(meeting("m-1", "2026-11-26", "10:00", "11:30", "33129382")).on(today);
        CalendarItem i = item(items, "own:m-1");
        assertEquals(Kind.MEETING, i.kind());
        assertEquals(status, i.status());
        assertTrue(i.tracked());
        assertEquals("salland", i.insurerId(), "the buyer's own insurer");
        assertEquals("Salland Zorgverzekeraar", i.insurerName());
        assertEquals("Kraamzorg Het Zonnelied", i.providerName());
        assertEquals(LocalTime.of(10, 0), i.start());
        assertEquals(LocalTime.of(11, 30), i.end());
        assertEquals(d("2026-11-26"), i.date());
        assertEquals(d("2026-11-26"), i.lastDay());
        assertEquals("Inkoopgesprek", i.title());
    }

    @Test
    void aDoneOwnItemIsDoneAndItsInsurerFollowsTheSetting() {
        List<CalendarItem> items = new In().policies(allPolicies()).own("vgz").item(reminder("r-1", "2026-11-16"))
                .done("own:r-1", "2026-11-16").on("2026-12-01");
        CalendarItem i = item(items, "own:r-1");
        assertEquals(Status.DONE, i.status());
        assertEquals("vgz", i.insurerId());
        assertEquals("Coöperatie VGZ", i.insurerName());
        assertNull(i.providerAgb());
    }

    @Test
    void timedItemsOfADayFollowTheirStart() {
        List<CalendarItem> items = new In().item(meeting("b", "2026-11-26", "14:00", null, null))
                .item(meeting("a", "2026-11-26", "09:00", "10:00", null)).item(reminder("c", "2026-11-26"))
                .item(reminder("d", "2026-11-25")).on("2026-11-01");
        assertEquals(List.of("own:d", "own:c", "own:a", "own:b"), keys(items));
    }

    // -------------------------------------------------------------------------------------------- keys

    static In everything() {
        In in = new In().policies(allPolicies())
                .provider(provider("08336348", "De Posthoorn", ProviderType.VERLOSKUNDIGENPRAKTIJK,
                        contract("salland", "2006-01-01"), contract("vgz", "2010-01-01")))
                .provider(provider("33129382", "Het Zonnelied", ProviderType.KRAAMZORGORGANISATIE,
                        contract("salland", "2005-01-01"), contract("vgz", "2010-01-01"),
                        contract("zorgenzekerheid", "2012-01-01"), contract("caresq", "2020-01-01")))
                .provider(provider(ZEVENSPRONG, "IGO De Zevensprong", ProviderType.IGO,
                        contract("salland", "2024-01-01"), contract("vgz", "2024-01-01")))
                .provider(provider("06650560", "Ziekenhuis Schipbeek", ProviderType.ZIEKENHUIS,
                        contract("salland", "2005-01-01")))
                .provider(provider("22551935", "ZBC De Regge", ProviderType.ZBC, contract("caresq", "2021-01-01")))
                .quote(quote(1, ZEVENSPRONG, "salland", igoRound(1, "2026-09-10", "2026-09-12"),
                        insurerRound(2, "2026-10-08"), igoRound(3, "2026-10-22", "2026-10-23")), SALLAND)
                .quote(quote(2, "98353480", "salland", igoRound(1, "2026-09-20", "2026-09-21")), SALLAND_MSZ)
                .item(meeting("m-1", "2026-11-26", "10:00", "11:30", "33129382"))
                .item(reminder("r-1", "2026-11-30"))
                .term(start("t-1", "08336348", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-20"))
                .term(start("t-2", "08336348", CARESQ, "caresq-gz.rt.afspraken-preferent-melden", "2027-01-31"));
        return in;
    }

    @Test
    void keysAreUniqueAndTheSameInEveryBuild() {
        List<CalendarItem> first = everything().on("2026-11-23");
        List<CalendarItem> second = everything().on("2026-11-23");
        List<CalendarItem> later = everything().on("2027-06-01");
        assertEquals(keys(first), keys(second));
        Set<String> unique = new HashSet<>(keys(first));
        assertEquals(first.size(), unique.size(), "no two items share a key");
        assertEquals(unique, new HashSet<>(keys(later)), "the day changes statuses, not identities");
        // every kind is there
        for (Kind k : Kind.values()) {
            assertFalse(only(first, k).isEmpty(), k.name());
        }
        assertEquals(List.of("own:m-1", "own:r-1"), first.stream().filter(i -> i.kind().own()).map(CalendarItem::key)
                .sorted().toList());
        Predicate<String> known = k -> k.startsWith("step:") || k.startsWith("quote:") || k.startsWith("term:")
                || k.startsWith("end:") || k.startsWith("own:");
        assertTrue(first.stream().map(CalendarItem::key).allMatch(known));
        // a done mark made in one build still finds its item in another build
        String quoteKey = only(first, Kind.QUOTE_TERM).get(0).key();
        CalendarItem marked = item(everything().done(quoteKey, "2026-10-01").on("2027-06-01"), quoteKey);
        assertFalse(marked.done().automatic());
    }

    // -------------------------------------------------------------------------------------------- filter

    static final Provider POSTHOORN = provider("08336348", "Verloskundigenpraktijk De Posthoorn",
            ProviderType.VERLOSKUNDIGENPRAKTIJK, contract("salland", "2006-01-01"));
    static final Provider STEENBRUGGE = provider("08165284", "Verloskundigenpraktijk De Steenbrugge",
            ProviderType.VERLOSKUNDIGENPRAKTIJK);
    static final Provider IGO = provider(ZEVENSPRONG, "IGO De Zevensprong", ProviderType.IGO,
            contract("salland", "2024-01-01"));
    static final Provider ZONNELIED = provider("33129382", "Kraamzorg Het Zonnelied",
            ProviderType.KRAAMZORGORGANISATIE, contract("salland", "2005-01-01"));

    static List<CalendarItem> filterItems() {
        return new In().policies(allPolicies()).provider(POSTHOORN).provider(STEENBRUGGE).provider(IGO)
                .provider(ZONNELIED)
                .quote(quote(1, ZEVENSPRONG, "salland", igoRound(1, "2026-09-10", "2026-09-12")), SALLAND)
                .item(meeting("m-1", "2026-11-26", "10:00", "11:30", "33129382"))
                .item(meeting("m-2", "2026-12-03", null, null, "08336348"))
                .item(reminder("r-1", "2026-11-30"))
                .term(start("t-1", "08336348", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-20"))
                .term(start("t-2", "08165284", SALLAND, "sal-gz.rt.voorstel-vervalt", "2026-10-16"))
                .done(step(SALLAND, "sal-gz.dl.voorstel-digitaal"), "2026-09-29")
                .on("2026-11-23");
    }

    static Set<String> selected(CalendarFilter f) {
        return new HashSet<>(keys(f.apply(filterItems())));
    }

    static ProviderScope scope(Provider p) {
        return ProviderScope.of(p, ContractCalendar.contractTypesFor(p.type(), allPolicies()));
    }

    @Test
    void theEmptyFilterSelectsEverything() {
        assertEquals(filterItems(), CalendarFilter.all().apply(filterItems()));
        assertEquals(filterItems(), new CalendarFilter(null, " ", null, null, null, null, null, null)
                .apply(filterItems()));
    }

    @Test
    void byInsurer() {
        List<CalendarItem> vgz = CalendarFilter.all().withInsurers(Set.of("vgz")).apply(filterItems());
        assertFalse(vgz.isEmpty());
        assertTrue(vgz.stream().allMatch(i -> "vgz".equals(i.insurerId())));
        assertEquals(Bundled.policy(VGZ).deadlines().size(), vgz.size());
        // the buyer's own items belong to the own insurer
        Set<String> salland = selected(CalendarFilter.all().withInsurers(Set.of("salland")));
        assertTrue(salland.containsAll(Set.of("own:m-1", "own:r-1", "term:t-1")));
        Set<String> two = selected(CalendarFilter.all().withInsurers(Set.of("vgz", "caresq")));
        assertFalse(two.contains("own:m-1"));
        assertTrue(two.contains(step(CARESQ, "caresq-gz.dl.tekendatum")));
        assertTrue(two.contains(step(VGZ, "vgz-gz.dl.zorgzoeker")));
    }

    @Test
    void byContractTypeIncludingStepsForEveryContract() {
        Set<String> kraam = selected(CalendarFilter.all().withContractType("kraamzorg"));
        assertTrue(kraam.contains(step(SALLAND, "sal-gz.dl.kraam-overstap-a")));
        assertTrue(kraam.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")), "a step for every contract (*)");
        assertTrue(kraam.contains(step(VGZ, "vgz-gz.dl.kraam-aanbod")));
        assertFalse(kraam.contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
        assertFalse(kraam.contains(step(CARESQ, "caresq-gz.dl.tekendatum")));
        assertFalse(kraam.contains("own:m-1"), "own items have no contract type");
        assertTrue(kraam.contains(end("33129382", SALLAND, "kraamzorg")));
        assertFalse(kraam.contains(end("08336348", SALLAND, "verloskunde")));

        Set<String> igo = selected(CalendarFilter.all().withContractType("igo"));
        assertTrue(igo.stream().anyMatch(k -> k.startsWith("quote:")), "quote terms are for the IGO contract");
        assertTrue(igo.contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
        // a started term carries its term's contract types ("*" for the lapsing proposal)
        assertTrue(igo.contains("term:t-1"));
    }

    @Test
    void aContractedMidwifeSeesItsOwnItemsAndTheStepsThatConcernIt() {
        Set<String> s = selected(CalendarFilter.all().withProvider(scope(POSTHOORN)));
        // its own items, terms and contract ends; not another provider's
        assertTrue(s.containsAll(Set.of("own:m-2", "term:t-1", end("08336348", SALLAND, "verloskunde"))));
        assertFalse(s.contains("own:m-1"));
        assertFalse(s.contains("own:r-1"), "an own item without provider belongs to none");
        assertFalse(s.contains("term:t-2"));
        assertFalse(s.stream().anyMatch(k -> k.startsWith("quote:")));
        assertFalse(s.contains(end("33129382", SALLAND, "kraamzorg")));
        // steps for every contract, for all providers and for existing Salland providers
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")));
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.voorstel-bestaande")));
        // a step for every contract of Salland's hospital policy: a midwife can hold none of those contracts
        assertFalse(s.contains(step(SALLAND_MSZ, "sal-msz.dl.contractvoorstel-digitaal")));
        assertTrue(s.contains(step(CARESQ, "caresq-gz.dl.tekendatum")), "a Caresq midwifery step, audience all");
        // not: new providers' steps of an insurer it has a contract with
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.aanmelden-nieuwe-aanbieder")));
        // but new providers' steps of an insurer it has no contract with
        assertTrue(s.contains(step(CARESQ, "caresq-gz.dl.geen-terugwerkende-kracht")));
        // not: existing providers' steps of an insurer it has no contract with
        assertFalse(s.contains(step(VGZ, "vgz-gz.dl.aanbod-vecozo")));
        assertFalse(s.contains(step(ZZ, "zz-gz.dl.uitnodiging-individueel-kraamzorg")));
        // not: steps for contracts it cannot hold, IGO steps
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.kraam-overstap-a")));
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
        assertFalse(s.contains(step(SALLAND_MSZ, "sal-msz.dl.herverdeling-tranche-1")));
    }

    @Test
    void aNewMidwifeSeesTheStepsForNewProviders() {
        Set<String> s = selected(CalendarFilter.all().withProvider(scope(STEENBRUGGE)));
        assertTrue(s.contains("term:t-2"));
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.aanmelden-nieuwe-aanbieder")));
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")));
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.voorstel-bestaande")));
        assertFalse(s.stream().anyMatch(k -> k.startsWith("end:")));
    }

    @Test
    void anIgoSeesItsQuoteTermsAndTheIgoSteps() {
        Set<String> s = selected(CalendarFilter.all().withProvider(scope(IGO)));
        assertTrue(s.stream().anyMatch(k -> k.startsWith("quote:")));
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
        assertTrue(s.contains(step(VGZ, "vgz-gz.dl.igo-offerte")));
        assertTrue(s.contains(step(CARESQ, "caresq-gz.dl.igo-aanmelden")));
        assertTrue(s.contains(end(ZEVENSPRONG, SALLAND, "igo")));
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.kraam-overstap-a")));
        assertFalse(s.contains(step(CARESQ, "caresq-gz.dl.tekendatum")));
        // an IGO step never reaches a provider of another type, even one that could hold an "igo" contract id
        ProviderScope fake = new ProviderScope("08336348", ProviderType.VERLOSKUNDIGENPRAKTIJK, Set.of("salland"),
                Set.of("verloskunde", "igo"));
        assertFalse(selected(CalendarFilter.all().withProvider(fake)).contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
    }

    @Test
    void aStepForEveryContractConcernsTheProvidersThatCanHoldOneOfThePolicysContracts() {
        Provider hospital = provider("06650560", "Ziekenhuis Schipbeek", ProviderType.ZIEKENHUIS,
                contract("salland", "2005-01-01"));
        Provider vsv = provider("98459485", "VSV Schipbeek", ProviderType.VSV);
        List<CalendarItem> items = new In().policies(allPolicies()).provider(hospital).provider(vsv).on("2026-11-23");
        Set<String> h = new HashSet<>(keys(CalendarFilter.all().withProvider(scope(hospital)).apply(items)));
        assertTrue(h.contains(step(SALLAND_MSZ, "sal-msz.dl.contractvoorstel-digitaal")));
        assertTrue(h.contains(step(SALLAND_MSZ, "sal-msz.dl.herverdeling-tranche-1")));
        assertFalse(h.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")), "the birth-care policy offers no hospital contract");
        // Salland offers a VSV contract from 2027; VGZ, Caresq and Zorg en Zekerheid offer none
        Set<String> v = new HashSet<>(keys(CalendarFilter.all().withProvider(scope(vsv)).apply(items)));
        assertTrue(v.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")));
        assertTrue(v.contains(step(SALLAND, "sal-gz.dl.aanmelden-nieuwe-aanbieder")));
        assertFalse(v.contains(step(VGZ, "vgz-gz.dl.zorgzoeker")));
        assertFalse(v.contains(step(ZZ, "zz-gz.dl.vragenlijst-en-aanbod")));
        assertFalse(v.contains(step(CARESQ, "caresq-gz.dl.aanvullend-beleid")));
        // the step still says it is for every contract
        assertEquals("*", item(items, step(SALLAND, "sal-gz.dl.voorstel-digitaal")).contractTypes().get(0));
    }

    @Test
    void aKraamzorgOrganisationSeesItsExistingProvidersStep() {
        Set<String> s = selected(CalendarFilter.all().withProvider(scope(ZONNELIED)));
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.kraam-overstap-a")));
        assertTrue(s.contains("own:m-1"));
        assertFalse(s.contains(step(SALLAND, "sal-gz.dl.igo-offerte")));
        assertFalse(s.contains(step(CARESQ, "caresq-gz.dl.tekendatum")));
    }

    @Test
    void byStatusAndKind() {
        List<CalendarItem> items = filterItems();
        List<CalendarItem> overdue = CalendarFilter.all().withStatuses(Set.of(Status.OVERDUE)).apply(items);
        assertFalse(overdue.isEmpty());
        assertTrue(overdue.stream().allMatch(i -> i.status() == Status.OVERDUE));
        assertEquals(items.stream().filter(i -> i.status() == Status.OVERDUE).count(), overdue.size());
        Set<String> done = selected(CalendarFilter.all().withStatuses(Set.of(Status.DONE)));
        assertEquals(Set.of(step(SALLAND, "sal-gz.dl.voorstel-digitaal")), done);
        Set<String> soonOrDone = selected(CalendarFilter.all().withStatuses(Set.of(Status.DONE, Status.DUE_SOON)));
        assertTrue(soonOrDone.containsAll(Set.of("own:m-1", "own:r-1", "own:m-2", "term:t-1", "term:t-2")));

        Set<String> own = selected(CalendarFilter.all().withKinds(Set.of(Kind.MEETING, Kind.REMINDER)));
        assertEquals(Set.of("own:m-1", "own:m-2", "own:r-1"), own);
        Set<String> meetings = selected(CalendarFilter.all().withKinds(Set.of(Kind.MEETING)));
        assertEquals(Set.of("own:m-1", "own:m-2"), meetings);
        Set<String> terms = selected(CalendarFilter.all().withKinds(Set.of(Kind.PROVIDER_TERM)));
        assertEquals(Set.of("term:t-1", "term:t-2"), terms);
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({
            "2026-08-31, 2026-08-31",
            "2026-08-31, ",
            ", 2026-08-31",
    })
    void fromAndToAreInclusiveOnTheCalendarDay(String from, String to) {
        Set<String> s = selected(CalendarFilter.all().between(from == null ? null : d(from), to == null ? null : d(to)));
        // "vóór 1 september" sits on 31 August
        assertTrue(s.contains(step(SALLAND, "sal-gz.dl.aanmelden-nieuwe-aanbieder")));
        // VGZ's "uiterlijk 31 augustus" too
        assertTrue(s.contains(step(VGZ, "vgz-gz.dl.kraam-vragenlijst-aanbieden")));
        // "uiterlijk 1 september" does not, unless the range runs on
        assertEquals(to == null, s.contains(step(SALLAND, "sal-gz.dl.offerte-onderdelen")));
        assertEquals(from == null, s.contains(step(SALLAND, "sal-gz.dl.publicatie-beleid")));
    }

    @Test
    void aRangeOfDays() {
        List<CalendarItem> week = CalendarFilter.all().between(d("2026-11-26"), d("2026-11-30")).apply(filterItems());
        assertTrue(week.stream().allMatch(i -> !i.date().isBefore(d("2026-11-26")) && !i.date().isAfter(d("2026-11-30"))));
        assertEquals(Set.of("own:m-1", "own:r-1", "term:t-1", "term:t-2"), new HashSet<>(keys(week)));
    }

    @ParameterizedTest(name = "text \"{0}\"")
    @CsvSource({
            "ZONNELIED,              own:m-1",            // provider name, any case
            "'  zonnelied  ',        own:m-1",
            "33129382,               own:m-1",            // AGB code
            "posthoorn,              own:m-2",
            "opleidingsplekken,      own:m-1 own:m-2",    // the note
            "teams,                  own:m-1 own:m-2",    // the place
            "zorgzoeker controleren, own:r-1",            // the title
    })
    void byText(String text, String keys) {
        Set<String> s = selected(CalendarFilter.all().withText(text).withKinds(Set.of(Kind.MEETING, Kind.REMINDER)));
        assertEquals(Set.of(keys.split(" ")), s);
    }

    @Test
    void textFindsPolicyStepsAndDoneNotes() {
        Set<String> vecozo = selected(CalendarFilter.all().withText("VECOZO"));
        assertTrue(vecozo.contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")));
        assertFalse(vecozo.contains(step(SALLAND, "sal-gz.dl.publicatie-beleid")));
        Set<String> insurer = selected(CalendarFilter.all().withText("zorg en zekerheid"));
        assertTrue(insurer.contains(step(ZZ, "zz-gz.dl.zorgzoeker")));
        assertFalse(insurer.contains(step(VGZ, "vgz-gz.dl.zorgzoeker")));
        // the mark's note ("gedaan") is searched too
        assertEquals(Set.of(step(SALLAND, "sal-gz.dl.voorstel-digitaal")),
                selected(CalendarFilter.all().withText("gedaan")));
        assertEquals(Set.of(), selected(CalendarFilter.all().withText("geen enkel item heeft deze tekst")));
    }

    @Test
    void filtersCombine() {
        CalendarFilter f = CalendarFilter.all().withInsurers(Set.of("salland")).withProvider(scope(POSTHOORN))
                .withKinds(Set.of(Kind.POLICY_STEP)).withStatuses(Set.of(Status.PASSED, Status.OVERDUE))
                .between(d("2026-09-01"), d("2026-12-31")).withText("contractvoorstel");
        List<CalendarItem> items = f.apply(filterItems());
        assertFalse(items.isEmpty());
        for (CalendarItem i : items) {
            assertEquals("salland", i.insurerId());
            assertEquals(Kind.POLICY_STEP, i.kind());
            assertTrue((i.title() + " " + i.notes()).toLowerCase().contains("contractvoorstel"), i.title());
        }
        assertTrue(keys(items).contains(step(SALLAND, "sal-gz.dl.voorstel-bestaande")));
        assertFalse(keys(items).contains(step(SALLAND, "sal-gz.dl.voorstel-digitaal")), "done");
    }

    // -------------------------------------------------------------------------------------------- contract types

    @Test
    void contractTypesOfAProviderType() {
        List<Policy> all = allPolicies();
        assertEquals(Set.of("igo"), ContractCalendar.contractTypesFor(ProviderType.IGO, all));
        assertEquals(Set.of("vsv"), ContractCalendar.contractTypesFor(ProviderType.VSV, all));
        assertEquals(Set.of("ziekenhuis", "categorale-instelling"),
                ContractCalendar.contractTypesFor(ProviderType.ZIEKENHUIS, all));

        Set<String> midwife = ContractCalendar.contractTypesFor(ProviderType.VERLOSKUNDIGENPRAKTIJK, all);
        assertTrue(midwife.containsAll(Set.of("verloskunde", "addendum-ctg", "addendum-ipg",
                "addendum-toeslag-beschikbaarheid", "addendum-tolk", "addendum-verminderde-beschikbaarheid")));
        assertFalse(midwife.contains("kraamzorg"));
        assertFalse(midwife.contains("verloskundige-zorggroep"));
        assertFalse(midwife.contains("igo"));

        Set<String> kraam = ContractCalendar.contractTypesFor(ProviderType.KRAAMZORGORGANISATIE, all);
        assertTrue(kraam.containsAll(Set.of("kraamzorg", "kraamzorg-bemiddelingsplatform", "addendum-tolk",
                "addendum-ehealth-kraamzorg", "addendum-maxmax-kraamzorg", "addendum-kraamcentrum",
                "addendum-toeslag-integrale-kraamzorg")));
        assertFalse(kraam.contains("kraamzorg-bemiddeling"), "Caresq's is for mediation agencies");
        assertFalse(kraam.contains("verloskunde"));

        assertEquals(Set.of("kraamzorg-bemiddeling", "kraamzorg-bemiddelingsplatform"),
                ContractCalendar.contractTypesFor(ProviderType.BEMIDDELINGSBUREAU, all));
        assertEquals(Set.of("geboortecentrum", "addendum-lachgas"),
                ContractCalendar.contractTypesFor(ProviderType.GEBOORTECENTRUM, all));
        assertEquals(Set.of(), ContractCalendar.contractTypesFor(ProviderType.ZIEKENHUIS, policies(SALLAND)));
    }
}
