package nl.inkoopwerkbank.domain.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.inkoopwerkbank.domain.Violation;

/**
 * What makes a round impossible to record (as opposed to implausible, see {@link Plausibility}): a
 * round without date or author, a receipt before the document's date, negative volumes or amounts,
 * malformed AGB or KvK numbers, numbers with more than six decimals, unnamed participants or lines.
 * Field names are stable paths ("tariffLines[3].volume") so screens and importers can point at them.
 */
public final class QuoteValidator {

    public static final int MAX_SCALE = 6;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_NOTE = 4000;

    private QuoteValidator() {
    }

    public static List<Violation> validate(QuoteRound r) {
        List<Violation> v = new ArrayList<>();
        if (r.side() == null) {
            v.add(Violation.of("side", "quote.error.required"));
        }
        if (r.date() == null) {
            v.add(Violation.of("date", "quote.error.required"));
        }
        if (r.author().isEmpty()) {
            v.add(Violation.of("author", "quote.error.required"));
        } else if (r.author().length() > 200) {
            v.add(Violation.of("author", "quote.error.tooLong", 200));
        }
        if (r.note().length() > MAX_NOTE) {
            v.add(Violation.of("note", "quote.error.tooLong", MAX_NOTE));
        }
        if (r.date() != null && r.receivedOn() != null && r.receivedOn().isBefore(r.date())) {
            v.add(Violation.of("receivedOn", "quote.error.receivedBeforeDate"));
        }
        if (r.receivedOn() != null && r.side() == RoundSide.INSURER) {
            v.add(Violation.of("receivedOn", "quote.error.receivedOnlyForIgo"));
        }
        v.addAll(validate(r.content()));
        return List.copyOf(v);
    }

    public static List<Violation> validate(QuoteContent c) {
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < c.participants().size(); i++) {
            Participant p = c.participants().get(i);
            String f = "participants[" + (i + 1) + "]";
            if (p.name().isEmpty()) {
                v.add(Violation.of(f + ".name", "quote.error.required"));
            }
            text(v, f + ".name", p.name());
            if (!p.agb().isEmpty() && !p.agb().matches("\\d{8}")) {
                v.add(Violation.of(f + ".agb", "quote.error.agb", p.agb()));
            }
            if (p.discipline() == null) {
                v.add(Violation.of(f + ".discipline", "quote.error.required"));
            }
        }
        for (int i = 0; i < c.board().size(); i++) {
            BoardMember b = c.board().get(i);
            String f = "board[" + (i + 1) + "]";
            if (b.discipline() == null) {
                v.add(Violation.of(f + ".discipline", "quote.error.required"));
            }
            text(v, f + ".name", b.name());
        }
        if (!c.kvkNumber().isEmpty() && !c.kvkNumber().matches("\\d{8}")) {
            v.add(Violation.of("kvkNumber", "quote.error.kvk", c.kvkNumber()));
        }
        nonNegative(v, "adherenceJoined", c.adherenceJoined() == null ? null : BigDecimal.valueOf(c.adherenceJoined()));
        nonNegative(v, "adherenceTotal", c.adherenceTotal() == null ? null : BigDecimal.valueOf(c.adherenceTotal()));
        nonNegative(v, "financingRequest", c.financingRequest());
        nonNegative(v, "totalVolume", c.totalVolume());
        nonNegative(v, "insuredInCare16Weeks", c.insuredInCare16Weeks() == null ? null : BigDecimal.valueOf(c.insuredInCare16Weeks()));
        scale(v, "marketSharePct", c.marketSharePct());
        for (int i = 0; i < c.tariffLines().size(); i++) {
            TariffLine t = c.tariffLines().get(i);
            String f = "tariffLines[" + (i + 1) + "]";
            if (t.code().isEmpty() && t.description().isEmpty()) {
                v.add(Violation.of(f + ".code", "quote.error.lineUnnamed"));
            }
            text(v, f + ".description", t.description());
            text(v, f + ".code", t.code());
            scale(v, f + ".tariff", t.tariff());
            scale(v, f + ".indexationPct", t.indexationPct());
            nonNegative(v, f + ".volume", t.volume());
        }
        for (int i = 0; i < c.qualityGoals().size(); i++) {
            text(v, "qualityGoals[" + (i + 1) + "]", c.qualityGoals().get(i));
        }
        Integer year = c.accounts().year();
        if (year != null && (year < 1990 || year > 2100)) {
            v.add(Violation.of("accounts.year", "quote.error.year", year));
        }
        if (c.accounts().approvedByAccountant() && !c.accounts().received()) {
            v.add(Violation.of("accounts.approved", "quote.error.approvedNotReceived"));
        }
        nonNegative(v, "schoning.amount", c.schoning().amount());
        text(v, "schoning.hospital", c.schoning().hospital());
        text(v, "schoning.method", c.schoning().method());
        text(v, "schoning.document", c.schoning().document());
        text(v, "monoClaimsNote", c.monoClaimsNote());
        nonNegative(v, "monoReference.enteredPerBirth", c.monoReference().enteredPerBirth());
        for (int i = 0; i < c.monoReference().lines().size(); i++) {
            ReferenceLine l = c.monoReference().lines().get(i);
            String f = "monoReference.lines[" + (i + 1) + "]";
            if (l.code().isEmpty() && l.description().isEmpty()) {
                v.add(Violation.of(f + ".code", "quote.error.lineUnnamed"));
            }
            nonNegative(v, f + ".tariff", l.tariff());
            nonNegative(v, f + ".perBirth", l.perBirth());
        }
        return List.copyOf(v);
    }

    private static void nonNegative(List<Violation> v, String field, BigDecimal n) {
        if (n == null) {
            return;
        }
        if (n.signum() < 0 && digits(n) <= MAX_DIGITS) {
            v.add(Violation.of(field, "quote.error.negative", n));
        } else {
            scale(v, field, n);
        }
    }

    /** Digits before the decimal point a figure may have (the store keeps NUMERIC(24, 6)). */
    public static final int MAX_DIGITS = 18;

    private static void scale(List<Violation> v, String field, BigDecimal n) {
        if (n == null) {
            return;
        }
        if (digits(n) > MAX_DIGITS) {
            v.add(Violation.of(field, "quote.error.tooLarge", MAX_DIGITS));
        } else if (n.stripTrailingZeros().scale() > MAX_SCALE) {
            v.add(Violation.of(field, "quote.error.scale", MAX_SCALE));
        }
    }

    /** The digits before the decimal point (0 for 0.5). */
    private static int digits(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return Math.max(0, s.precision() - s.scale());
    }

    private static void text(List<Violation> v, String field, String s) {
        if (s != null && s.length() > MAX_TEXT) {
            v.add(Violation.of(field, "quote.error.tooLong", MAX_TEXT));
        }
    }
}
