package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two rounds of a quote side by side: every field with its value in each round (changed ones marked),
 * the tariff lines matched by prestatie code (added, removed, changed), and the difference in the
 * totals. Numbers compare by value, so 3.50 and 3.5 are the same.
 */
public record RoundComparison(QuoteRound left, QuoteRound right, List<FieldRow> fields, List<LineRow> lines,
                              QuoteFigures leftFigures, QuoteFigures rightFigures, List<TotalRow> totals) {

    public enum LineChange { SAME, CHANGED, ADDED, REMOVED }

    /** A field of the round ("financingRequest", "schoning.status", ...) in both rounds. */
    public record FieldRow(String field, Object left, Object right) {
        public boolean changed() {
            return !same(left, right);
        }
    }

    /** A tariff line in both rounds (one side null when added or removed). */
    public record LineRow(String key, QuoteFigures.Line left, QuoteFigures.Line right, LineChange change) {
    }

    /** A computed total in both rounds and the difference right - left (null when either is unknown). */
    public record TotalRow(String field, BigDecimal left, BigDecimal right, BigDecimal difference) {
        public boolean changed() {
            return !same(left, right);
        }
    }

    public RoundComparison {
        fields = List.copyOf(fields);
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    public static RoundComparison of(QuoteRound left, QuoteRound right) {
        QuoteContent a = left.content();
        QuoteContent b = right.content();
        List<FieldRow> fields = new ArrayList<>();
        fields.add(new FieldRow("financingRequest", a.financingRequest(), b.financingRequest()));
        fields.add(new FieldRow("totalVolume", a.totalVolume(), b.totalVolume()));
        fields.add(new FieldRow("marketSharePct", a.marketSharePct(), b.marketSharePct()));
        fields.add(new FieldRow("insuredInCare16Weeks", a.insuredInCare16Weeks(), b.insuredInCare16Weeks()));
        fields.add(new FieldRow("participants", a.participants().size(), b.participants().size()));
        fields.add(new FieldRow("adherenceJoined", a.adherenceJoined(), b.adherenceJoined()));
        fields.add(new FieldRow("adherenceTotal", a.adherenceTotal(), b.adherenceTotal()));
        fields.add(new FieldRow("legalForm", a.legalForm(), b.legalForm()));
        fields.add(new FieldRow("mandatesInWriting", a.mandatesInWriting(), b.mandatesInWriting()));
        fields.add(new FieldRow("board", a.board().size(), b.board().size()));
        fields.add(new FieldRow("qualityGoals", a.qualityGoals().size(), b.qualityGoals().size()));
        fields.add(new FieldRow("accounts.year", a.accounts().year(), b.accounts().year()));
        fields.add(new FieldRow("accounts.approved", a.accounts().approvedByAccountant(), b.accounts().approvedByAccountant()));
        fields.add(new FieldRow("monoClaims", a.monoClaims(), b.monoClaims()));
        fields.add(new FieldRow("schoning.status", a.schoning().status(), b.schoning().status()));
        fields.add(new FieldRow("schoning.amount", a.schoning().amount(), b.schoning().amount()));
        fields.add(new FieldRow("schoning.hospital", a.schoning().hospital(), b.schoning().hospital()));

        QuoteFigures fa = QuoteFigures.of(a);
        QuoteFigures fb = QuoteFigures.of(b);
        Map<String, QuoteFigures.Line> byKeyA = index(fa);
        Map<String, QuoteFigures.Line> byKeyB = index(fb);
        List<LineRow> lines = new ArrayList<>();
        for (Map.Entry<String, QuoteFigures.Line> e : byKeyA.entrySet()) {
            QuoteFigures.Line other = byKeyB.get(e.getKey());
            if (other == null) {
                lines.add(new LineRow(e.getKey(), e.getValue(), null, LineChange.REMOVED));
            } else {
                lines.add(new LineRow(e.getKey(), e.getValue(), other,
                        sameLine(e.getValue(), other) ? LineChange.SAME : LineChange.CHANGED));
            }
        }
        for (Map.Entry<String, QuoteFigures.Line> e : byKeyB.entrySet()) {
            if (!byKeyA.containsKey(e.getKey())) {
                lines.add(new LineRow(e.getKey(), null, e.getValue(), LineChange.ADDED));
            }
        }
        BudgetNeutrality na = BudgetNeutrality.of(a, fa);
        BudgetNeutrality nb = BudgetNeutrality.of(b, fb);
        List<TotalRow> totals = List.of(
                total("total", fa.total(), fb.total()),
                total("insurerPart", fa.insurerPart(), fb.insurerPart()),
                total("costPerBirth", fa.costPerBirth(), fb.costPerBirth()),
                total("monoPerBirth", na.monoPerBirth(), nb.monoPerBirth()),
                total("neutralityDifference", na.difference(), nb.difference()));
        return new RoundComparison(left, right, fields, lines, fa, fb, totals);
    }

    public List<FieldRow> changedFields() {
        return fields.stream().filter(FieldRow::changed).toList();
    }

    private static Map<String, QuoteFigures.Line> index(QuoteFigures f) {
        Map<String, QuoteFigures.Line> m = new LinkedHashMap<>();
        for (QuoteFigures.Line l : f.lines()) {
            String key = l.line().key();
            // a duplicated code keeps its later lines apart instead of hiding them
            String k = key;
            int i = 2;
            while (m.containsKey(k)) {
                k = key + " #" + i++;
            }
            m.put(k, l);
        }
        return m;
    }

    private static boolean sameLine(QuoteFigures.Line a, QuoteFigures.Line b) {
        return same(a.line().tariff(), b.line().tariff()) && same(a.line().indexationPct(), b.line().indexationPct())
                && same(a.line().volume(), b.line().volume())
                && Objects.equals(a.line().description(), b.line().description());
    }

    private static TotalRow total(String field, BigDecimal a, BigDecimal b) {
        return new TotalRow(field, a, b, a == null || b == null ? null : b.subtract(a));
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
