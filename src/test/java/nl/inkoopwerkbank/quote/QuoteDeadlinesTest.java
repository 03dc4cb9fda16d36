package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.d;
import static nl.inkoopwerkbank.quote.QuoteData.igo;
import static nl.inkoopwerkbank.quote.QuoteData.insurer;
import static nl.inkoopwerkbank.quote.QuoteData.policy;
import static nl.inkoopwerkbank.quote.QuoteData.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines.State;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines.Step;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines.Term;

/**
 * Salland's dated steps for IGO contracts and its 6-week assessment term, with "vóór" and
 * "uiterlijk" at their edges and explicit "today" dates.
 */
class QuoteDeadlinesTest {

    static final Policy SALLAND = policy(QuoteData.SALLAND);
    static final QuoteContent C = QuoteContent.EMPTY;

    static final String OFFERTE = "sal-gz.dl.igo-offerte";                      // vóór 1 september (BEFORE)
    static final String ONDERDELEN = "sal-gz.dl.offerte-onderdelen";           // uiterlijk 1 september
    static final String BENCHMARK = "sal-gz.dl.afspraken-benchmarking";        // beide, uiterlijk 1 september
    static final String ONDERHANDELING = "sal-gz.dl.igo-onderhandeling";       // beide, vanaf 1 september
    static final String VOLLEDIG = "sal-gz.dl.offerte-volledig";               // uiterlijk 30 september
    static final String AFRONDEN = "sal-gz.dl.afronden-face-to-face";          // beide, vóór 12 november

    static Step step(List<Step> steps, String id) {
        return steps.stream().filter(s -> s.deadline().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among the steps"));
    }

    static List<Step> steps(Quote q, String today) {
        return QuoteDeadlines.steps(SALLAND, q, d(today));
    }

    @Test
    void sallandStepsForIgoInDateOrder() {
        List<Step> steps = steps(quote("salland", 2027), "2026-08-15");
        // only the steps for contract type "igo"; same last day ordered by id
        assertEquals(List.of(OFFERTE, BENCHMARK, ONDERHANDELING, ONDERDELEN, VOLLEDIG, AFRONDEN),
                steps.stream().map(s -> s.deadline().id()).toList());
        assertEquals(List.of(d("2026-08-31"), d("2026-09-01"), d("2026-09-01"), d("2026-09-01"), d("2026-09-30"),
                d("2026-11-11")), steps.stream().map(Step::lastDay).toList());
        assertEquals(List.of(true, false, false, true, true, false), steps.stream().map(Step::submission).toList());
        assertEquals(List.of(State.OPEN, State.UPCOMING, State.UPCOMING, State.OPEN, State.OPEN, State.UPCOMING),
                steps.stream().map(Step::state).toList());
        // 15 August to 31 August, 1 September, 30 September, 11 November
        assertEquals(List.of(16L, 17L, 17L, 17L, 46L, 88L), steps.stream().map(Step::daysLeft).toList());
        assertEquals(Deadline.Semantics.BEFORE, steps.get(0).deadline().semantics());
        for (Step s : steps) {
            assertNull(s.doneOn());
        }
    }

    @ParameterizedTest(name = "first IGO round received {0}: vóór 1/9 {1}, uiterlijk 1/9 {2}, uiterlijk 30/9 {3}")
    @CsvSource({
            "2026-06-15, IN_TIME, IN_TIME, IN_TIME",
            "2026-08-31, IN_TIME, IN_TIME, IN_TIME",   // the last day of "vóór 1 september"
            "2026-09-01, LATE,    IN_TIME, IN_TIME",   // "uiterlijk 1 september" includes the day
            "2026-09-02, LATE,    LATE,    IN_TIME",
            "2026-09-30, LATE,    LATE,    IN_TIME",
            "2026-10-01, LATE,    LATE,    LATE",
    })
    void submissionStepsAgainstTheFirstReceipt(String received, State offerte, State onderdelen, State volledig) {
        Quote q = quote("salland", 2027, igo(1, "2026-06-01", received, C));
        // today long after every date: a received quote is judged by its receipt, not by today
        List<Step> steps = steps(q, "2026-12-31");
        assertEquals(offerte, step(steps, OFFERTE).state());
        assertEquals(onderdelen, step(steps, ONDERDELEN).state());
        assertEquals(volledig, step(steps, VOLLEDIG).state());
        assertEquals(d(received), step(steps, OFFERTE).doneOn());
        // steps of both parties do not depend on the quote
        assertEquals(State.PASSED, step(steps, BENCHMARK).state());
        assertNull(step(steps, BENCHMARK).doneOn());
    }

    @Test
    void theEarliestReceiptOfAnIgoRoundCounts() {
        Quote q = quote("salland", 2027, igo(1, "2026-09-10", "2026-09-12", C), insurer(2, "2026-08-01", C),
                igo(3, "2026-08-25", "2026-08-28", C));
        Step s = step(steps(q, "2026-12-31"), OFFERTE);
        assertEquals(d("2026-08-28"), s.doneOn());
        assertEquals(State.IN_TIME, s.state());
    }

    @Test
    void withoutReceiptDateTheDocumentDateCounts() {
        Quote q = quote("salland", 2027, igo(1, "2026-08-31", null, C));
        Step s = step(steps(q, "2026-12-31"), OFFERTE);
        assertEquals(d("2026-08-31"), s.doneOn());
        assertEquals(State.IN_TIME, s.state());
    }

    @ParameterizedTest(name = "no IGO round, today {0}: vóór 1/9 {1} ({2} days), uiterlijk 1/9 {3}")
    @CsvSource({
            "2026-08-30, OPEN,    1, OPEN",
            "2026-08-31, OPEN,    0, OPEN",
            "2026-09-01, OVERDUE, -1, OPEN",
            "2026-09-02, OVERDUE, -2, OVERDUE",
    })
    void noIgoRoundYet(String today, State offerte, long daysLeft, State onderdelen) {
        // an insurer round alone is no quote from the IGO
        Quote q = quote("salland", 2027, insurer(1, "2026-08-01", C));
        List<Step> steps = steps(q, today);
        assertEquals(offerte, step(steps, OFFERTE).state());
        assertEquals(daysLeft, step(steps, OFFERTE).daysLeft());
        assertEquals(onderdelen, step(steps, ONDERDELEN).state());
        assertNull(step(steps, OFFERTE).doneOn());
    }

    @ParameterizedTest(name = "today {0}: benchmarking {1}, negotiation {2}, wrap-up {3}")
    @CsvSource({
            "2026-08-31, UPCOMING, UPCOMING, UPCOMING",
            "2026-09-01, UPCOMING, UPCOMING, UPCOMING",   // the last day itself is not passed
            "2026-09-02, PASSED,   PASSED,   UPCOMING",
            "2026-11-11, PASSED,   PASSED,   UPCOMING",   // "vóór 12 november": 11 November is the last day
            "2026-11-12, PASSED,   PASSED,   PASSED",
    })
    void stepsOfBothParties(String today, State benchmark, State negotiation, State wrapUp) {
        List<Step> steps = steps(quote("salland", 2027, igo(1, "2026-08-01", "2026-08-02", C)), today);
        assertEquals(benchmark, step(steps, BENCHMARK).state());
        assertEquals(negotiation, step(steps, ONDERHANDELING).state());
        assertEquals(wrapUp, step(steps, AFRONDEN).state());
    }

    @Test
    void aPolicyWithoutIgoStepsHasNone() {
        assertEquals(List.of(), QuoteDeadlines.steps(policy(QuoteData.SALLAND_MSZ), quote("salland", 2027), d("2026-08-01")));
    }

    // ---------------------------------------------------------------------------------------------
    // the 6-week assessment term after receipt

    static List<Term> terms(Quote q, String today) {
        return QuoteDeadlines.terms(SALLAND, q, d(today));
    }

    @Test
    void sallandSixWeeksAfterReceipt() {
        List<Term> terms = terms(quote("salland", 2027, igo(1, "2026-09-10", "2026-09-15", C)), "2026-10-01");
        assertEquals(1, terms.size());
        Term t = terms.get(0);
        assertEquals("sal-gz.rt.offerte-beoordeling", t.term().id());
        assertEquals(Period.ofWeeks(6), t.term().offset());
        assertEquals(1, t.round());
        assertEquals(d("2026-09-15"), t.receivedOn());
        // 15 September + 42 days = 27 October
        assertEquals(d("2026-10-27"), t.due());
        assertEquals(State.OPEN, t.state());
        assertNull(t.answeredOn());
        assertEquals(26, t.daysLeft());
    }

    @ParameterizedTest(name = "insurer answers on {0}: {1}")
    @CsvSource({
            "2026-10-01, ANSWERED",
            "2026-10-27, ANSWERED",        // on the due day
            "2026-10-28, ANSWERED_LATE",   // a day later
            "2026-12-01, ANSWERED_LATE",
    })
    void insurerAnswer(String answered, State expected) {
        Quote q = quote("salland", 2027, igo(1, "2026-09-10", "2026-09-15", C), insurer(2, answered, C));
        Term t = terms(q, "2026-12-31").get(0);
        assertEquals(expected, t.state());
        assertEquals(d(answered), t.answeredOn());
    }

    @ParameterizedTest(name = "no answer, today {0}: {1} ({2} days)")
    @CsvSource({"2026-09-15, OPEN, 42", "2026-10-26, OPEN, 1", "2026-10-27, OPEN, 0", "2026-10-28, OVERDUE, -1"})
    void noAnswer(String today, State expected, long daysLeft) {
        Term t = terms(quote("salland", 2027, igo(1, "2026-09-10", "2026-09-15", C)), today).get(0);
        assertEquals(expected, t.state());
        assertEquals(daysLeft, t.daysLeft());
    }

    @Test
    void insurerRoundsBeforeTheIgoRoundDoNotCount() {
        Quote q = quote("salland", 2027, insurer(1, "2026-09-01", C), igo(2, "2026-09-10", "2026-09-15", C));
        Term t = terms(q, "2026-10-28").get(0);
        assertEquals(2, t.round());
        assertEquals(State.OVERDUE, t.state());
        assertNull(t.answeredOn());
    }

    @Test
    void insurerRoundWithoutDateIsNoAnswer() {
        Quote q = quote("salland", 2027, igo(1, "2026-09-10", "2026-09-15", C), insurer(2, null, C));
        assertEquals(State.OPEN, terms(q, "2026-10-01").get(0).state());
    }

    @Test
    void eachReceivedIgoRoundStartsItsOwnTerm() {
        Quote q = quote("salland", 2027,
                igo(1, "2026-09-10", "2026-09-15", C),
                insurer(2, "2026-10-20", C),
                igo(3, "2026-10-30", "2026-11-01", C),   // 1 November + 42 days = 13 December
                insurer(4, "2026-12-20", C),
                igo(5, "2026-12-21", null, C));          // no receipt date: no term
        List<Term> terms = terms(q, "2027-01-15");
        assertEquals(List.of(1, 3), terms.stream().map(Term::round).toList());
        assertEquals(List.of(d("2026-10-27"), d("2026-12-13")), terms.stream().map(Term::due).toList());
        assertEquals(List.of(State.ANSWERED, State.ANSWERED_LATE), terms.stream().map(Term::state).toList());
        // the first insurer round after each IGO round is its answer
        assertEquals(List.of(d("2026-10-20"), d("2026-12-20")), terms.stream().map(Term::answeredOn).toList());
    }

    @Test
    void roundsWithoutReceiptProduceNoTerm() {
        assertEquals(List.of(), terms(quote("salland", 2027, igo(1, "2026-09-10", null, C)), "2026-10-01"));
        assertEquals(List.of(), terms(quote("salland", 2027), "2026-10-01"));
    }

    @ParameterizedTest(name = "{0}: no quote-received term")
    @CsvSource({"vgz-2027-geboortezorg", "zorgenzekerheid-2026-geboortezorg", "caresq-2027-geboortezorg"})
    void policiesWithoutAQuoteTerm(String policyId) {
        Quote q = quote("x", 2027, igo(1, "2026-09-10", "2026-09-15", C));
        assertEquals(List.of(), QuoteDeadlines.terms(policy(policyId), q, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void sallandMszTermAppliesToEveryContract() {
        // appliesTo ["*"]: the MSZ policy's assessment term counts for an IGO quote too
        Quote q = quote("salland", 2027, igo(1, "2026-09-10", "2026-09-15", C));
        List<Term> terms = QuoteDeadlines.terms(policy(QuoteData.SALLAND_MSZ), q, LocalDate.of(2026, 10, 1));
        assertEquals(List.of("sal-msz.rt.offerte-beoordeling"), terms.stream().map(t -> t.term().id()).toList());
        assertEquals(d("2026-10-27"), terms.get(0).due());
    }
}
