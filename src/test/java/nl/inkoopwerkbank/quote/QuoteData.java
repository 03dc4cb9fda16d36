package nl.inkoopwerkbank.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.inkoopwerkbank.assessment.Bundled;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.policy.Requirement;
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

/** Small builders for quote tests: numbers from text (never from doubles), lines, rounds, quotes. */
final class QuoteData {

    static final String SALLAND = "salland-2027-geboortezorg";
    static final String SALLAND_MSZ = "salland-2027-msz";
    static final String CARESQ = "caresq-2027-geboortezorg";
    static final String VGZ = "vgz-2027-geboortezorg";
    static final String ZZ = "zorgenzekerheid-2026-geboortezorg";

    private QuoteData() {
    }

    /** A BigDecimal from its text, or null for null / "-" (so CSV tables can say "missing"). */
    static BigDecimal bd(String s) {
        return s == null || s.equals("-") ? null : new BigDecimal(s);
    }

    static LocalDate d(String s) {
        return s == null || s.equals("-") ? null : LocalDate.parse(s);
    }

    static Policy policy(String id) {
        return Bundled.policy(id);
    }

    static TariffLine line(String code, String tariff, String indexationPct, String volume) {
        return new TariffLine(code, "Prestatie " + code, bd(tariff), bd(indexationPct), bd(volume));
    }

    static TariffLine line(String code, String description, String tariff, String indexationPct, String volume) {
        return new TariffLine(code, description, bd(tariff), bd(indexationPct), bd(volume));
    }

    static ReferenceLine ref(String code, String tariff, String perBirth) {
        return new ReferenceLine(code, "Referentie " + code, bd(tariff), bd(perBirth));
    }

    static QuoteContent.Builder content(TariffLine... lines) {
        return QuoteContent.builder().tariffLines(Arrays.asList(lines));
    }

    static Participant participant(String name, Discipline d) {
        return new Participant(name, "", d);
    }

    static QuoteRound igo(int number, String date, String receivedOn, QuoteContent c) {
        return new QuoteRound(number, RoundSide.IGO, d(date), d(receivedOn), "J. de Vries", "", false, null, c);
    }

    static QuoteRound insurer(int number, String date, QuoteContent c) {
        return new QuoteRound(number, RoundSide.INSURER, d(date), null, "Inkoper", "", false, null, c);
    }

    static Quote quote(String insurerId, int year, QuoteRound... rounds) {
        return new Quote(0, 1, "12345678", "IGO Rivierenland", year, insurerId, List.of(rounds));
    }

    /**
     * A quote round that fills every part of the content, all of it valid and plausible:
     * <pre>
     * line PRE     1000.00 @ 3.455% -> 1034.55 x 400   =   413820.00
     * line PARTUS  2500.00 @ 3.5%   -> 2587.50 x 150.5 =   389418.75
     * line KRAAM     57.30 @ 3.455% ->   59.28 x 19600 =  1161888.00   (57.30 x 1.03455 = 59.279715)
     * total                                              1965126.75
     * </pre>
     */
    static QuoteContent full() {
        return QuoteContent.builder()
                .participant(participant("Verloskundigenpraktijk De Wieg", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .participant(participant("Verloskundigen Oost", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .participant(participant("Ziekenhuis Rivierenland", Discipline.ZIEKENHUIS))
                .participant(participant("Kraamzorg Thuis", Discipline.KRAAMZORG))
                .participant(participant("Maatschap Gynaecologie", Discipline.GYNAECOLOGIE))
                .participant(participant("Klinisch verloskundigen", Discipline.TWEEDELIJNS_VERLOSKUNDE))
                .adherence(6, 8)
                .legalForm(LegalForm.STICHTING).kvkNumber("12345678").mandatesInWriting(true)
                .boardMember(new BoardMember("A. Bakker", BoardDiscipline.VERLOSKUNDE))
                .boardMember(new BoardMember("B. Smit", BoardDiscipline.KRAAMZORG))
                .boardMember(new BoardMember("C. Visser", BoardDiscipline.ZIEKENHUIS))
                .financingRequest(bd("1965126.75")).totalVolume(bd("400")).marketSharePct(bd("23.45"))
                .insuredInCare16Weeks(80)
                .tariffLine(line("PRE", "Prenatale zorg", "1000.00", "3.455", "400"))
                .tariffLine(line("PARTUS", "Partus", "2500.00", "3.5", "150.5"))
                .tariffLine(line("KRAAM", "Kraamzorg per uur", "57.30", "3.455", "19600"))
                .qualityGoal("Minder onnodige verwijzingen naar de tweede lijn")
                .accounts(new AnnualAccounts(2025, true, true))
                .monoClaims(MonoClaims.VIA_IGO).monoClaimsNote("Alles via de IGO")
                .schoning(new Schoning("Ziekenhuis Rivierenland", bd("250000.00"), "Historische kosten",
                        SchoningStatus.AGREED, "Schoningsafspraak 2027.pdf"))
                .monoReference(new MonoReference(bd("5000.00"), List.of()))
                .build();
    }

    /** The policy with other quote contents: for items no bundled policy names. */
    static Policy withQuoteContents(Policy p, QuoteItem... items) {
        return new Policy(p.id(), p.insurer(), p.year(), p.domain(), p.title(), p.source(), p.notes(),
                p.contractTypes(), p.requirements(), p.deadlines(), p.relativeTerms(), List.of(items),
                p.calculations(), p.ambiguities());
    }

    /** The policy with extra requirements appended. */
    static Policy withRequirements(Policy p, Requirement... extra) {
        List<Requirement> reqs = new java.util.ArrayList<>(p.requirements());
        reqs.addAll(List.of(extra));
        return new Policy(p.id(), p.insurer(), p.year(), p.domain(), p.title(), p.source(), p.notes(),
                p.contractTypes(), reqs, p.deadlines(), p.relativeTerms(), p.quoteContents(),
                p.calculations(), p.ambiguities());
    }
}
