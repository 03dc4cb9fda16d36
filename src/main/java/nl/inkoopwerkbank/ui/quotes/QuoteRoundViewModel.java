package nl.inkoopwerkbank.ui.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.QuoteValidator;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * The state of the round form: every field as the buyer typed it, the lists as rows, live figures
 * while typing, and the conversion into a {@link QuoteRound} with a reason per field when something
 * cannot be read. A saved round is shown read-only; a new round is a draft until it is saved.
 */
public final class QuoteRoundViewModel {

    /** A tariff line as typed, with its live indexed tariff and total. */
    public static final class LineRow {
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty description = new SimpleStringProperty("");
        public final StringProperty tariff = new SimpleStringProperty("");
        public final StringProperty indexation = new SimpleStringProperty("");
        public final StringProperty volume = new SimpleStringProperty("");
        public final StringProperty indexed = new SimpleStringProperty("");
        public final StringProperty total = new SimpleStringProperty("");

        Observable[] fields() {
            return new Observable[] {code, description, tariff, indexation, volume};
        }
    }

    public static final class ParticipantRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty agb = new SimpleStringProperty("");
        public final ObjectProperty<Discipline> discipline = new SimpleObjectProperty<>();
    }

    public static final class BoardRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final ObjectProperty<BoardDiscipline> discipline = new SimpleObjectProperty<>();
    }

    public static final class ReferenceRow {
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty description = new SimpleStringProperty("");
        public final StringProperty tariff = new SimpleStringProperty("");
        public final StringProperty perBirth = new SimpleStringProperty("");
    }

    /** The outcome of reading the form: a round, or the problems per field path. */
    public record Built(QuoteRound round, Map<String, Violation> problems) {
        public boolean ok() {
            return round != null;
        }
    }

    public final BooleanProperty editable = new SimpleBooleanProperty(false);
    public final BooleanProperty dirty = new SimpleBooleanProperty(false);

    public final ObjectProperty<RoundSide> side = new SimpleObjectProperty<>(RoundSide.IGO);
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    public final StringProperty author = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");

    public final StringProperty financingRequest = new SimpleStringProperty("");
    public final StringProperty totalVolume = new SimpleStringProperty("");
    public final StringProperty marketShare = new SimpleStringProperty("");
    public final StringProperty insured16 = new SimpleStringProperty("");
    public final StringProperty adherenceJoined = new SimpleStringProperty("");
    public final StringProperty adherenceTotal = new SimpleStringProperty("");

    public final ObjectProperty<LegalForm> legalForm = new SimpleObjectProperty<>();
    public final StringProperty kvk = new SimpleStringProperty("");
    public final ObjectProperty<Boolean> mandates = new SimpleObjectProperty<>();

    public final StringProperty goals = new SimpleStringProperty("");
    public final StringProperty accountsYear = new SimpleStringProperty("");
    public final BooleanProperty accountsReceived = new SimpleBooleanProperty();
    public final BooleanProperty accountsApproved = new SimpleBooleanProperty();
    public final ObjectProperty<MonoClaims> monoClaims = new SimpleObjectProperty<>();
    public final StringProperty monoClaimsNote = new SimpleStringProperty("");

    public final StringProperty schoningHospital = new SimpleStringProperty("");
    public final StringProperty schoningAmount = new SimpleStringProperty("");
    public final StringProperty schoningMethod = new SimpleStringProperty("");
    public final ObjectProperty<SchoningStatus> schoningStatus = new SimpleObjectProperty<>();
    public final StringProperty schoningDocument = new SimpleStringProperty("");

    public final StringProperty monoPerBirth = new SimpleStringProperty("");

    public final ObservableList<LineRow> lines = FXCollections.observableArrayList(r -> r.fields());
    public final ObservableList<ParticipantRow> participants =
            FXCollections.observableArrayList(r -> new Observable[] {r.name, r.agb, r.discipline});
    public final ObservableList<BoardRow> board = FXCollections.observableArrayList(r -> new Observable[] {r.name, r.discipline});
    public final ObservableList<ReferenceRow> references =
            FXCollections.observableArrayList(r -> new Observable[] {r.code, r.description, r.tariff, r.perBirth});
    public final ObservableSet<String> confirmed = FXCollections.observableSet(new TreeSet<>());

    private final ReadOnlyObjectWrapper<QuoteFigures> figures = new ReadOnlyObjectWrapper<>(QuoteFigures.of(QuoteContent.EMPTY));
    private boolean loading;

    public QuoteRoundViewModel() {
        Observable[] watched = {side, date, receivedOn, author, note, financingRequest, totalVolume, marketShare, insured16,
                adherenceJoined, adherenceTotal, legalForm, kvk, mandates, goals, accountsYear, accountsReceived,
                accountsApproved, monoClaims, monoClaimsNote, schoningHospital, schoningAmount, schoningMethod,
                schoningStatus, schoningDocument, monoPerBirth, lines, participants, board, references, confirmed};
        for (Observable o : watched) {
            o.addListener(x -> changed());
        }
    }

    public ReadOnlyObjectProperty<QuoteFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    private void changed() {
        if (loading) {
            return;
        }
        if (editable.get()) {
            dirty.set(true);
        }
        recompute();
    }

    /** Live figures from whatever can be read now; unreadable numbers count as missing. */
    void recompute() {
        QuoteContent c = content(new LinkedHashMap<>());
        QuoteFigures f = QuoteFigures.of(c);
        for (int i = 0; i < lines.size() && i < f.lines().size(); i++) {
            QuoteFigures.Line l = f.lines().get(i);
            lines.get(i).indexed.set(l.indexedTariff() == null ? "" : Formats.money(l.indexedTariff()));
            lines.get(i).total.set(l.total() == null ? "" : Formats.money(l.total()));
        }
        figures.set(f);
    }

    /** Shows a stored round (read-only) or starts a draft from it ({@code draft} true). */
    public void load(QuoteRound r, boolean draft) {
        loading = true;
        try {
            QuoteContent c = r == null ? QuoteContent.EMPTY : r.content();
            side.set(r == null ? RoundSide.IGO : r.side());
            date.set(r == null ? null : r.date());
            receivedOn.set(r == null ? null : r.receivedOn());
            author.set(r == null ? "" : r.author());
            note.set(r == null ? "" : r.note());
            financingRequest.set(Formats.decimal(c.financingRequest()));
            totalVolume.set(Formats.decimal(c.totalVolume()));
            marketShare.set(Formats.decimal(c.marketSharePct()));
            insured16.set(c.insuredInCare16Weeks() == null ? "" : c.insuredInCare16Weeks().toString());
            adherenceJoined.set(c.adherenceJoined() == null ? "" : c.adherenceJoined().toString());
            adherenceTotal.set(c.adherenceTotal() == null ? "" : c.adherenceTotal().toString());
            legalForm.set(c.legalForm());
            kvk.set(c.kvkNumber());
            mandates.set(c.mandatesInWriting());
            goals.set(String.join("\n", c.qualityGoals()));
            accountsYear.set(c.accounts().year() == null ? "" : c.accounts().year().toString());
            accountsReceived.set(c.accounts().received());
            accountsApproved.set(c.accounts().approvedByAccountant());
            monoClaims.set(c.monoClaims());
            monoClaimsNote.set(c.monoClaimsNote());
            schoningHospital.set(c.schoning().hospital());
            schoningAmount.set(Formats.decimal(c.schoning().amount()));
            schoningMethod.set(c.schoning().method());
            schoningStatus.set(c.schoning().status());
            schoningDocument.set(c.schoning().document());
            monoPerBirth.set(Formats.decimal(c.monoReference().enteredPerBirth()));
            lines.setAll(c.tariffLines().stream().map(QuoteRoundViewModel::row).toList());
            participants.setAll(c.participants().stream().map(p -> {
                ParticipantRow x = new ParticipantRow();
                x.name.set(p.name());
                x.agb.set(p.agb());
                x.discipline.set(p.discipline());
                return x;
            }).toList());
            board.setAll(c.board().stream().map(b -> {
                BoardRow x = new BoardRow();
                x.name.set(b.name());
                x.discipline.set(b.discipline());
                return x;
            }).toList());
            references.setAll(c.monoReference().lines().stream().map(l -> {
                ReferenceRow x = new ReferenceRow();
                x.code.set(l.code());
                x.description.set(l.description());
                x.tariff.set(Formats.decimal(l.tariff()));
                x.perBirth.set(Formats.decimal(l.perBirth()));
                return x;
            }).toList());
            confirmed.clear();
            confirmed.addAll(c.confirmedItems());
            editable.set(draft);
            dirty.set(false);
        } finally {
            loading = false;
        }
        recompute();
    }

    /** Replaces the tariff lines (an imported sheet); the draft becomes dirty. */
    public void replaceLines(List<TariffLine> imported) {
        lines.setAll(imported.stream().map(QuoteRoundViewModel::row).toList());
    }

    private static LineRow row(TariffLine t) {
        LineRow x = new LineRow();
        x.code.set(t.code());
        x.description.set(t.description());
        x.tariff.set(Formats.decimal(t.tariff()));
        x.indexation.set(Formats.decimal(t.indexationPct()));
        x.volume.set(Formats.decimal(t.volume()));
        return x;
    }

    /**
     * The round as typed, checked: unreadable numbers and the domain's own validation both give a
     * problem on the field's path ("tariffLines[2].tariff"); no round when there is any.
     */
    public Built build() {
        Map<String, Violation> problems = new LinkedHashMap<>();
        QuoteContent c = content(problems);
        QuoteRound r = new QuoteRound(0, side.get(), date.get(), receivedOn.get(), author.get(), note.get(), false, null, c);
        for (Violation v : QuoteValidator.validate(r)) {
            problems.putIfAbsent(v.field(), v);
        }
        return new Built(problems.isEmpty() ? r : null, problems);
    }

    private QuoteContent content(Map<String, Violation> problems) {
        QuoteContent.Builder b = QuoteContent.builder();
        List<TariffLine> tl = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow x = lines.get(i);
            String f = "tariffLines[" + (i + 1) + "]";
            tl.add(new TariffLine(x.code.get(), x.description.get(), num(problems, f + ".tariff", x.tariff.get()),
                    num(problems, f + ".indexationPct", x.indexation.get()), num(problems, f + ".volume", x.volume.get())));
        }
        List<Participant> ps = new ArrayList<>();
        for (ParticipantRow x : participants) {
            ps.add(new Participant(x.name.get(), x.agb.get(), x.discipline.get()));
        }
        List<BoardMember> bs = new ArrayList<>();
        for (BoardRow x : board) {
            bs.add(new BoardMember(x.name.get(), x.discipline.get()));
        }
        List<ReferenceLine> rs = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            ReferenceRow x = references.get(i);
            String f = "monoReference.lines[" + (i + 1) + "]";
            rs.add(new ReferenceLine(x.code.get(), x.description.get(), num(problems, f + ".tariff", x.tariff.get()),
                    num(problems, f + ".perBirth", x.perBirth.get())));
        }
        Set<String> conf = new TreeSet<>(confirmed);
        return b.tariffLines(tl).participants(ps).board(bs)
                .financingRequest(num(problems, "financingRequest", financingRequest.get()))
                .totalVolume(num(problems, "totalVolume", totalVolume.get()))
                .marketSharePct(num(problems, "marketSharePct", marketShare.get()))
                .insuredInCare16Weeks(whole(problems, "insuredInCare16Weeks", insured16.get()))
                .adherence(whole(problems, "adherenceJoined", adherenceJoined.get()),
                        whole(problems, "adherenceTotal", adherenceTotal.get()))
                .legalForm(legalForm.get()).kvkNumber(kvk.get()).mandatesInWriting(mandates.get())
                .qualityGoals(Arrays.asList(goals.get() == null ? new String[0] : goals.get().split("\\R")))
                .accounts(new AnnualAccounts(whole(problems, "accounts.year", accountsYear.get()), accountsReceived.get(),
                        accountsApproved.get()))
                .monoClaims(monoClaims.get()).monoClaimsNote(monoClaimsNote.get())
                .schoning(new Schoning(schoningHospital.get(), num(problems, "schoning.amount", schoningAmount.get()),
                        schoningMethod.get(), schoningStatus.get(), schoningDocument.get()))
                .monoReference(new MonoReference(num(problems, "monoReference.enteredPerBirth", monoPerBirth.get()), rs))
                .confirmedItems(conf)
                .build();
    }

    private static BigDecimal num(Map<String, Violation> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> n = Formats.parseNumber(text);
        if (n.isEmpty()) {
            problems.putIfAbsent(field, Violation.of(field, "quote.form.notANumber", text.strip()));
            return null;
        }
        return n.get();
    }

    private static Integer whole(Map<String, Violation> problems, String field, String text) {
        BigDecimal n = num(problems, field, text);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            problems.putIfAbsent(field, Violation.of(field, "quote.form.notAWholeNumber", text.strip()));
            return null;
        }
    }
}
