package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one round of an IGO quote says. Any figure may be missing (null) in an incomplete quote;
 * the checks report what is missing instead of refusing it.
 *
 * @param financingRequest      the financieringsvraag: the amount the IGO asks for the year (whole IGO)
 * @param totalVolume           expected births (pregnancies in care) of the whole IGO in the year
 * @param marketSharePct        the insurer's market share in percent (23.5 means 23.5%)
 * @param insuredInCare16Weeks  the insurer's insured in care up to 16 weeks of pregnancy
 * @param adherenceJoined       midwifery practices in the hospital's adherentiegebied that joined
 * @param adherenceTotal        all midwifery practices in that adherentiegebied
 * @param confirmedItems        ids of the policy's quote-content items the buyer confirmed as present
 *                              (items the workbench cannot see in the figures, such as "a description
 *                              of the cooperation")
 */
public record QuoteContent(List<Participant> participants, Integer adherenceJoined, Integer adherenceTotal,
                           LegalForm legalForm, String kvkNumber, Boolean mandatesInWriting, List<BoardMember> board,
                           BigDecimal financingRequest, BigDecimal totalVolume, BigDecimal marketSharePct,
                           Integer insuredInCare16Weeks, List<TariffLine> tariffLines, List<String> qualityGoals,
                           AnnualAccounts accounts, MonoClaims monoClaims, String monoClaimsNote, Schoning schoning,
                           MonoReference monoReference, Set<String> confirmedItems) {

    public static final QuoteContent EMPTY = builder().build();

    public QuoteContent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        board = board == null ? List.of() : List.copyOf(board);
        tariffLines = tariffLines == null ? List.of() : List.copyOf(tariffLines);
        qualityGoals = qualityGoals == null ? List.of()
                : qualityGoals.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        kvkNumber = kvkNumber == null ? "" : kvkNumber.strip();
        monoClaimsNote = monoClaimsNote == null ? "" : monoClaimsNote.strip();
        accounts = accounts == null ? AnnualAccounts.NONE : accounts;
        schoning = schoning == null ? Schoning.NONE : schoning;
        monoReference = monoReference == null ? MonoReference.NONE : monoReference;
        confirmedItems = confirmedItems == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(confirmedItems));
    }

    public long count(Discipline d) {
        return participants.stream().filter(p -> p.discipline() == d).count();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a content step by step (importers, the round editor, tests). */
    public static final class Builder {
        private List<Participant> participants = new ArrayList<>();
        private Integer adherenceJoined;
        private Integer adherenceTotal;
        private LegalForm legalForm;
        private String kvkNumber = "";
        private Boolean mandatesInWriting;
        private List<BoardMember> board = new ArrayList<>();
        private BigDecimal financingRequest;
        private BigDecimal totalVolume;
        private BigDecimal marketSharePct;
        private Integer insuredInCare16Weeks;
        private List<TariffLine> tariffLines = new ArrayList<>();
        private List<String> qualityGoals = new ArrayList<>();
        private AnnualAccounts accounts = AnnualAccounts.NONE;
        private MonoClaims monoClaims;
        private String monoClaimsNote = "";
        private Schoning schoning = Schoning.NONE;
        private MonoReference monoReference = MonoReference.NONE;
        private Set<String> confirmedItems = new TreeSet<>();

        private Builder() {
        }

        private Builder(QuoteContent c) {
            participants = new ArrayList<>(c.participants);
            adherenceJoined = c.adherenceJoined;
            adherenceTotal = c.adherenceTotal;
            legalForm = c.legalForm;
            kvkNumber = c.kvkNumber;
            mandatesInWriting = c.mandatesInWriting;
            board = new ArrayList<>(c.board);
            financingRequest = c.financingRequest;
            totalVolume = c.totalVolume;
            marketSharePct = c.marketSharePct;
            insuredInCare16Weeks = c.insuredInCare16Weeks;
            tariffLines = new ArrayList<>(c.tariffLines);
            qualityGoals = new ArrayList<>(c.qualityGoals);
            accounts = c.accounts;
            monoClaims = c.monoClaims;
            monoClaimsNote = c.monoClaimsNote;
            schoning = c.schoning;
            monoReference = c.monoReference;
            confirmedItems = new TreeSet<>(c.confirmedItems);
        }

        public Builder participants(List<Participant> v) { participants = new ArrayList<>(v); return this; }
        public Builder participant(Participant v) { participants.add(v); return this; }
        public Builder adherence(Integer joined, Integer total) { adherenceJoined = joined; adherenceTotal = total; return this; }
        public Builder legalForm(LegalForm v) { legalForm = v; return this; }
        public Builder kvkNumber(String v) { kvkNumber = v; return this; }
        public Builder mandatesInWriting(Boolean v) { mandatesInWriting = v; return this; }
        public Builder board(List<BoardMember> v) { board = new ArrayList<>(v); return this; }
        public Builder boardMember(BoardMember v) { board.add(v); return this; }
        public Builder financingRequest(BigDecimal v) { financingRequest = v; return this; }
        public Builder totalVolume(BigDecimal v) { totalVolume = v; return this; }
        public Builder marketSharePct(BigDecimal v) { marketSharePct = v; return this; }
        public Builder insuredInCare16Weeks(Integer v) { insuredInCare16Weeks = v; return this; }
        public Builder tariffLines(List<TariffLine> v) { tariffLines = new ArrayList<>(v); return this; }
        public Builder tariffLine(TariffLine v) { tariffLines.add(v); return this; }
        public Builder qualityGoals(List<String> v) { qualityGoals = new ArrayList<>(v); return this; }
        public Builder qualityGoal(String v) { qualityGoals.add(v); return this; }
        public Builder accounts(AnnualAccounts v) { accounts = v; return this; }
        public Builder monoClaims(MonoClaims v) { monoClaims = v; return this; }
        public Builder monoClaimsNote(String v) { monoClaimsNote = v; return this; }
        public Builder schoning(Schoning v) { schoning = v; return this; }
        public Builder monoReference(MonoReference v) { monoReference = v; return this; }
        public Builder confirmedItems(Set<String> v) { confirmedItems = new TreeSet<>(v); return this; }
        public Builder confirm(String itemId) { confirmedItems.add(itemId); return this; }

        public QuoteContent build() {
            return new QuoteContent(participants, adherenceJoined, adherenceTotal, legalForm, kvkNumber,
                    mandatesInWriting, board, financingRequest, totalVolume, marketSharePct, insuredInCare16Weeks,
                    tariffLines, qualityGoals, accounts, monoClaims, monoClaimsNote, schoning, monoReference,
                    confirmedItems);
        }
    }
}
