package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.igo;
import static nl.inkoopwerkbank.quote.QuoteData.insurer;
import static nl.inkoopwerkbank.quote.QuoteData.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;

/** A quote's rounds: ordering and the round a screen shows. */
class QuoteTest {

    static final QuoteContent C = QuoteContent.EMPTY;

    static Quote threeRoundsOutOfOrder() {
        return quote("salland", 2027, insurer(3, "2026-09-20", C), igo(1, "2026-08-20", "2026-08-21", C),
                insurer(2, "2026-09-10", C));
    }

    static List<Integer> numbers(Quote q) {
        return q.rounds().stream().map(QuoteRound::number).toList();
    }

    static Optional<Integer> number(Optional<QuoteRound> r) {
        return r.map(QuoteRound::number);
    }

    @Test
    void roundsAreOrderedByNumber() {
        Quote q = threeRoundsOutOfOrder();
        assertEquals(List.of(1, 2, 3), numbers(q));
        assertEquals(Optional.of(3), number(q.latest()));
        assertEquals(4, q.nextNumber());
        assertEquals(Optional.of(2), number(q.round(2)));
        assertTrue(q.round(4).isEmpty());
    }

    @Test
    void currentIsTheAgreedRoundElseTheLatest() {
        Quote q = threeRoundsOutOfOrder();
        assertTrue(q.agreed().isEmpty());
        assertEquals(Optional.of(3), number(q.current()));

        Quote agreed = quote("salland", 2027, insurer(3, "2026-09-20", C), igo(1, "2026-08-20", null, C),
                insurer(2, "2026-09-10", C).withAgreed(true));
        assertEquals(Optional.of(2), number(agreed.agreed()));
        assertEquals(Optional.of(2), number(agreed.current()));
        assertEquals(Optional.of(3), number(agreed.latest()));
    }

    @ParameterizedTest(name = "previous({0}) = {1}")
    @CsvSource({"1, -", "2, 1", "3, 2", "4, 3", "10, 3", "0, -"})
    void previous(int of, String expected) {
        Optional<Integer> want = expected.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(expected));
        assertEquals(want, number(threeRoundsOutOfOrder().previous(of)));
    }

    @Test
    void gapsInNumbering() {
        Quote q = quote("vgz", 2027, igo(5, "2026-09-01", null, C), igo(1, "2026-08-01", null, C));
        assertEquals(List.of(1, 5), numbers(q));
        assertEquals(6, q.nextNumber());
        assertEquals(Optional.of(1), number(q.previous(5)));
        assertEquals(Optional.of(1), number(q.previous(3)));
    }

    @Test
    void emptyQuote() {
        Quote q = new Quote(0, 1, null, null, 2027, "vgz", null);
        assertEquals(List.of(), q.rounds());
        assertEquals("", q.igoAgb());
        assertEquals("", q.igoName());
        assertTrue(q.latest().isEmpty());
        assertTrue(q.agreed().isEmpty());
        assertTrue(q.current().isEmpty());
        assertTrue(q.previous(1).isEmpty());
        assertEquals(1, q.nextNumber());
    }

    @Test
    void roundsKeepTheirContentAndNumberOnCopy() {
        QuoteRound r = igo(1, "2026-08-20", "2026-08-21", QuoteData.full()).withNote("  nagekomen  ").withNumber(7);
        assertEquals(7, r.number());
        assertEquals("nagekomen", r.note());
        assertEquals(QuoteData.full(), r.content());
        assertEquals(QuoteContent.EMPTY, new QuoteRound(1, null, null, null, null, null, false, null, null).content());
    }
}
