package nl.inkoopwerkbank.quote;

import static nl.inkoopwerkbank.quote.QuoteData.bd;
import static nl.inkoopwerkbank.quote.QuoteData.d;
import static nl.inkoopwerkbank.quote.QuoteData.line;
import static nl.inkoopwerkbank.quote.QuoteData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.QuoteValidator;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/** What makes a round impossible to record: one change at a time to a valid full round, one violation each. */
class QuoteValidatorTest {

    static final String LONG_1001 = "x".repeat(1001);

    /** A valid full IGO round: the full quote, dated 20 August, received 21 August. */
    static QuoteRound valid() {
        return new QuoteRound(1, RoundSide.IGO, d("2026-08-20"), d("2026-08-21"), "J. de Vries", "Eerste offerte", false,
                null, QuoteData.full());
    }

    static QuoteRound withContent(UnaryOperator<QuoteContent.Builder> change) {
        QuoteRound r = valid();
        return new QuoteRound(r.number(), r.side(), r.date(), r.receivedOn(), r.author(), r.note(), r.agreed(),
                r.recordedAt(), change.apply(r.content().toBuilder()).build());
    }

    static QuoteRound round(RoundSide side, String date, String receivedOn, String author, String note) {
        return new QuoteRound(1, side, d(date), d(receivedOn), author, note, false, null, QuoteData.full());
    }

    static Arguments c(String name, QuoteRound r, String field, String key, Object... args) {
        return Arguments.of(name, r, Violation.of(field, key, args));
    }

    static Arguments c(String name, UnaryOperator<QuoteContent.Builder> change, String field, String key, Object... args) {
        return c(name, withContent(change), field, key, args);
    }

    static Participant p(String name, String agb, Discipline d) {
        return new Participant(name, agb, d);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                // the round
                c("no side", round(null, "2026-08-20", null, "J. de Vries", ""), "side", "quote.error.required"),
                c("no date", round(RoundSide.IGO, null, "2026-08-21", "J. de Vries", ""), "date", "quote.error.required"),
                c("no author", round(RoundSide.IGO, "2026-08-20", null, "", ""), "author", "quote.error.required"),
                c("blank author", round(RoundSide.IGO, "2026-08-20", null, "   ", ""), "author", "quote.error.required"),
                c("author 201 characters", round(RoundSide.IGO, "2026-08-20", null, "a".repeat(201), ""), "author",
                        "quote.error.tooLong", 200),
                c("note 4001 characters", round(RoundSide.IGO, "2026-08-20", null, "J. de Vries", "n".repeat(4001)),
                        "note", "quote.error.tooLong", 4000),
                c("received before the date", round(RoundSide.IGO, "2026-08-20", "2026-08-19", "J. de Vries", ""),
                        "receivedOn", "quote.error.receivedBeforeDate"),
                c("receipt on an insurer round", round(RoundSide.INSURER, "2026-08-20", "2026-08-21", "Inkoper", ""),
                        "receivedOn", "quote.error.receivedOnlyForIgo"),
                // participants and board
                c("participant without name", b -> b.participant(p(" ", "", Discipline.KRAAMZORG)),
                        "participants[7].name", "quote.error.required"),
                c("participant name too long", b -> b.participant(p(LONG_1001, "", Discipline.KRAAMZORG)),
                        "participants[7].name", "quote.error.tooLong", 1000),
                c("AGB of 7 digits", b -> b.participant(p("Praktijk", "1234567", Discipline.KRAAMZORG)),
                        "participants[7].agb", "quote.error.agb", "1234567"),
                c("AGB of 9 digits", b -> b.participant(p("Praktijk", "123456789", Discipline.KRAAMZORG)),
                        "participants[7].agb", "quote.error.agb", "123456789"),
                c("AGB with a letter", b -> b.participant(p("Praktijk", "1234567a", Discipline.KRAAMZORG)),
                        "participants[7].agb", "quote.error.agb", "1234567a"),
                c("participant without discipline", b -> b.participant(p("Praktijk", "", null)),
                        "participants[7].discipline", "quote.error.required"),
                c("board seat without discipline", b -> b.boardMember(new BoardMember("D. de Boer", null)),
                        "board[4].discipline", "quote.error.required"),
                c("board name too long", b -> b.boardMember(new BoardMember(LONG_1001, BoardDiscipline.OVERIG)),
                        "board[4].name", "quote.error.tooLong", 1000),
                c("KvK of 7 digits", b -> b.kvkNumber("1234567"), "kvkNumber", "quote.error.kvk", "1234567"),
                c("KvK with letters", b -> b.kvkNumber("KVK12345"), "kvkNumber", "quote.error.kvk", "KVK12345"),
                // numbers
                c("negative joined", b -> b.adherence(-1, 8), "adherenceJoined", "quote.error.negative", bd("-1")),
                c("negative total", b -> b.adherence(0, -1), "adherenceTotal", "quote.error.negative", bd("-1")),
                c("negative request", b -> b.financingRequest(bd("-0.01")), "financingRequest", "quote.error.negative",
                        bd("-0.01")),
                c("request with 7 decimals", b -> b.financingRequest(bd("1.1234567")), "financingRequest",
                        "quote.error.scale", 6),
                c("negative total volume", b -> b.totalVolume(bd("-1")), "totalVolume", "quote.error.negative", bd("-1")),
                c("negative insured", b -> b.insuredInCare16Weeks(-1), "insuredInCare16Weeks", "quote.error.negative",
                        bd("-1")),
                c("market share with 7 decimals", b -> b.marketSharePct(bd("23.4500001")), "marketSharePct",
                        "quote.error.scale", 6),
                // tariff lines (the full quote has three)
                c("unnamed line", b -> b.tariffLine(new TariffLine(" ", "", bd("1"), bd("0"), bd("1"))),
                        "tariffLines[4].code", "quote.error.lineUnnamed"),
                c("description too long", b -> b.tariffLine(line("X", LONG_1001, "1", "0", "1")),
                        "tariffLines[4].description", "quote.error.tooLong", 1000),
                c("code too long", b -> b.tariffLine(line(LONG_1001, "X", "1", "0", "1")),
                        "tariffLines[4].code", "quote.error.tooLong", 1000),
                c("tariff with 7 decimals", b -> b.tariffLine(line("X", "1.0000001", "0", "1")),
                        "tariffLines[4].tariff", "quote.error.scale", 6),
                c("indexation with 7 decimals", b -> b.tariffLine(line("X", "1", "3.4550001", "1")),
                        "tariffLines[4].indexationPct", "quote.error.scale", 6),
                c("negative volume", b -> b.tariffLine(line("X", "1", "0", "-0.5")),
                        "tariffLines[4].volume", "quote.error.negative", bd("-0.5")),
                c("volume with 7 decimals", b -> b.tariffLine(line("X", "1", "0", "0.0000001")),
                        "tariffLines[4].volume", "quote.error.scale", 6),
                // the rest
                c("quality goal too long", b -> b.qualityGoal(LONG_1001), "qualityGoals[2]", "quote.error.tooLong", 1000),
                c("accounts of 1989", b -> b.accounts(new AnnualAccounts(1989, true, true)), "accounts.year",
                        "quote.error.year", 1989),
                c("accounts of 2101", b -> b.accounts(new AnnualAccounts(2101, true, true)), "accounts.year",
                        "quote.error.year", 2101),
                c("approved but not received", b -> b.accounts(new AnnualAccounts(2025, false, true)),
                        "accounts.approved", "quote.error.approvedNotReceived"),
                c("negative schoning amount", b -> b.schoning(new Schoning("Z", bd("-1"), "", SchoningStatus.AGREED, "")),
                        "schoning.amount", "quote.error.negative", bd("-1")),
                c("schoning hospital too long", b -> b.schoning(new Schoning(LONG_1001, null, "", null, "")),
                        "schoning.hospital", "quote.error.tooLong", 1000),
                c("schoning method too long", b -> b.schoning(new Schoning("Z", null, LONG_1001, null, "")),
                        "schoning.method", "quote.error.tooLong", 1000),
                c("schoning document too long", b -> b.schoning(new Schoning("Z", null, "", null, LONG_1001)),
                        "schoning.document", "quote.error.tooLong", 1000),
                c("mono claims note too long", b -> b.monoClaimsNote(LONG_1001), "monoClaimsNote", "quote.error.tooLong", 1000),
                c("negative entered mono", b -> b.monoReference(new MonoReference(bd("-0.01"), List.of())),
                        "monoReference.enteredPerBirth", "quote.error.negative", bd("-0.01")),
                c("unnamed reference line", b -> b.monoReference(new MonoReference(null,
                        List.of(ref("A", "1", "1"), new nl.inkoopwerkbank.domain.quote.ReferenceLine("", " ", bd("1"), bd("1"))))),
                        "monoReference.lines[2].code", "quote.error.lineUnnamed"),
                c("negative reference tariff", b -> b.monoReference(new MonoReference(null, List.of(ref("A", "-1", "1")))),
                        "monoReference.lines[1].tariff", "quote.error.negative", bd("-1")),
                c("negative per birth", b -> b.monoReference(new MonoReference(null, List.of(ref("A", "1", "-0.62")))),
                        "monoReference.lines[1].perBirth", "quote.error.negative", bd("-0.62")),
                c("per birth with 7 decimals", b -> b.monoReference(new MonoReference(null, List.of(ref("A", "1", "0.6200001")))),
                        "monoReference.lines[1].perBirth", "quote.error.scale", 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void oneViolation(String name, QuoteRound r, Violation expected) {
        assertEquals(List.of(expected), QuoteValidator.validate(r));
    }

    @Test
    void validFullRoundHasNoViolations() {
        assertEquals(List.of(), QuoteValidator.validate(valid()));
        assertEquals(List.of(), QuoteValidator.validate(valid().content()));
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("received on the date itself", round(RoundSide.IGO, "2026-08-20", "2026-08-20", "J. de Vries", "")),
                Arguments.of("insurer round without receipt", round(RoundSide.INSURER, "2026-08-20", null, "Inkoper", "")),
                Arguments.of("author of 200 characters", round(RoundSide.IGO, "2026-08-20", null, "a".repeat(200), "")),
                Arguments.of("note of 4000 characters", round(RoundSide.IGO, "2026-08-20", null, "x", "n".repeat(4000))),
                Arguments.of("empty content", new QuoteRound(1, RoundSide.IGO, d("2026-08-20"), null, "x", "", false, null,
                        QuoteContent.EMPTY)),
                Arguments.of("six decimals and trailing zeros", withContent(b -> b.financingRequest(bd("1.123456"))
                        .totalVolume(bd("10.0000000000")).marketSharePct(bd("23.450000000")))),
                Arguments.of("negative tariff and indexation (implausible, not invalid)",
                        withContent(b -> b.tariffLine(line("X", "-1.00", "-5", "0")))),
                Arguments.of("negative market share (a plausibility warning)", withContent(b -> b.marketSharePct(bd("-5")))),
                Arguments.of("line with only a description", withContent(b -> b.tariffLine(line("", "Echo", "1", "0", "1")))),
                Arguments.of("participant without AGB", withContent(b -> b.participant(p("Praktijk", "", Discipline.OVERIG)))),
                Arguments.of("board seat without name", withContent(b -> b.boardMember(new BoardMember("", BoardDiscipline.OVERIG)))),
                Arguments.of("accounts of 1990 and 2100", withContent(b -> b.accounts(new AnnualAccounts(1990, false, false)))),
                Arguments.of("accounts of 2100", withContent(b -> b.accounts(new AnnualAccounts(2100, true, false)))),
                Arguments.of("text of exactly 1000", withContent(b -> b.monoClaimsNote("m".repeat(1000)))),
                Arguments.of("zero everywhere", withContent(b -> b.adherence(0, 0).financingRequest(BigDecimal.ZERO)
                        .totalVolume(BigDecimal.ZERO).insuredInCare16Weeks(0))));
    }

    @ParameterizedTest(name = "allowed: {0}")
    @MethodSource("allowed")
    void allowed(String name, QuoteRound r) {
        assertEquals(List.of(), QuoteValidator.validate(r));
    }

    @Test
    void violationsAreCollectedInOrder() {
        QuoteRound r = new QuoteRound(1, null, null, null, "", "", false, null,
                QuoteContent.builder().kvkNumber("1").totalVolume(bd("-1")).build());
        assertEquals(List.of(Violation.of("side", "quote.error.required"), Violation.of("date", "quote.error.required"),
                Violation.of("author", "quote.error.required"), Violation.of("kvkNumber", "quote.error.kvk", "1"),
                Violation.of("totalVolume", "quote.error.negative", bd("-1"))), QuoteValidator.validate(r));
    }
}
