package nl.inkoopwerkbank.domain.quote;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;

/**
 * The dates of a quote under one policy: the policy's dated steps for IGO contracts (when the quote is
 * due, when negotiations run) and the terms that start when a quote is received (Salland assesses a
 * quote within 6 weeks of receipt). "vóór 1 september" is in time up to 31 August; "uiterlijk
 * 1 september" up to and including 1 September ({@link Deadline#lastDayInTime()}).
 */
public final class QuoteDeadlines {

    /** The contract type id policies use for integral birth care, and the trigger for a received quote. */
    public static final String IGO_CONTRACT = "igo";
    public static final String QUOTE_RECEIVED = "quote-received";

    public enum State {
        /** A submission step the IGO met (its first quote arrived in time). */
        IN_TIME,
        /** A submission step the IGO met late. */
        LATE,
        /** Not done yet and still in time. */
        OPEN,
        /** Not done and the last day has passed. */
        OVERDUE,
        /** A step of the other party or both; its date lies ahead. */
        UPCOMING,
        /** A step of the other party or both; its date has passed. */
        PASSED,
        /** The insurer answered (a counter-proposal) within the term. */
        ANSWERED,
        /** The insurer answered after the term. */
        ANSWERED_LATE;

        public String labelKey() {
            return "quote.deadline." + name();
        }
    }

    /** A dated step of the policy for IGO contracts, with where the quote stands against it. */
    public record Step(Deadline deadline, boolean submission, LocalDate lastDay, State state, LocalDate doneOn,
                       long daysLeft) {
    }

    /** A term counted from the receipt of one IGO round. */
    public record Term(RelativeTerm term, int round, LocalDate receivedOn, LocalDate due, State state,
                       LocalDate answeredOn, long daysLeft) {
    }

    private QuoteDeadlines() {
    }

    /** The policy's dated steps that concern IGO contracts, in date order. */
    public static List<Step> steps(Policy policy, Quote quote, LocalDate today) {
        Optional<LocalDate> firstReceipt = quote.rounds().stream().filter(r -> r.side() == RoundSide.IGO)
                .map(QuoteDeadlines::receipt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
        List<Step> out = new ArrayList<>();
        for (Deadline d : policy.deadlines()) {
            if (!d.appliesTo().contains(IGO_CONTRACT)) {
                continue;
            }
            boolean submission = "zorgaanbieder".equals(d.actor()) && d.semantics() != Deadline.Semantics.FROM;
            LocalDate last = d.lastDayInTime() != null ? d.lastDayInTime() : d.date();
            long days = ChronoUnit.DAYS.between(today, last);
            State state;
            LocalDate doneOn = null;
            if (submission) {
                if (firstReceipt.isPresent()) {
                    doneOn = firstReceipt.get();
                    state = doneOn.isAfter(last) ? State.LATE : State.IN_TIME;
                } else {
                    state = today.isAfter(last) ? State.OVERDUE : State.OPEN;
                }
            } else {
                state = today.isAfter(last) ? State.PASSED : State.UPCOMING;
            }
            out.add(new Step(d, submission, last, state, doneOn, days));
        }
        out.sort(Comparator.comparing(Step::lastDay).thenComparing(s -> s.deadline().id()));
        return List.copyOf(out);
    }

    /**
     * For each round from the IGO with a receipt date, the policy's terms that start on receipt of a
     * quote. A later counter-proposal from the insurer counts as the answer.
     */
    public static List<Term> terms(Policy policy, Quote quote, LocalDate today) {
        List<Term> out = new ArrayList<>();
        for (RelativeTerm t : policy.relativeTerms()) {
            if (!QUOTE_RECEIVED.equals(t.trigger()) || t.offset() == null
                    || !(t.appliesTo().contains("*") || t.appliesTo().contains(IGO_CONTRACT))) {
                continue;
            }
            for (QuoteRound r : quote.rounds()) {
                LocalDate received = r.side() == RoundSide.IGO ? r.receivedOn() : null;
                if (received == null) {
                    continue;
                }
                LocalDate due = received.plus(t.offset());
                Optional<LocalDate> answer = quote.rounds().stream()
                        .filter(x -> x.side() == RoundSide.INSURER && x.number() > r.number() && x.date() != null)
                        .map(QuoteRound::date).min(Comparator.naturalOrder());
                State state;
                if (answer.isPresent()) {
                    state = answer.get().isAfter(due) ? State.ANSWERED_LATE : State.ANSWERED;
                } else {
                    state = today.isAfter(due) ? State.OVERDUE : State.OPEN;
                }
                out.add(new Term(t, r.number(), received, due, state, answer.orElse(null),
                        ChronoUnit.DAYS.between(today, due)));
            }
        }
        return List.copyOf(out);
    }

    private static LocalDate receipt(QuoteRound r) {
        return r.receivedOn() != null ? r.receivedOn() : r.date();
    }
}
