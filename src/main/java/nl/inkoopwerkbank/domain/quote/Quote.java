package nl.inkoopwerkbank.domain.quote;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An IGO's quote to one insurer for one contract year, with every round of its negotiation in order.
 * {@code id} is 0 before it is stored.
 */
public record Quote(long id, long igoProviderId, String igoAgb, String igoName, int contractYear, String insurerId,
                    List<QuoteRound> rounds) {

    public Quote {
        igoAgb = igoAgb == null ? "" : igoAgb;
        igoName = igoName == null ? "" : igoName;
        rounds = rounds == null ? List.of()
                : rounds.stream().sorted(Comparator.comparingInt(QuoteRound::number)).toList();
    }

    public Optional<QuoteRound> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }

    public Optional<QuoteRound> latest() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    public Optional<QuoteRound> agreed() {
        return rounds.stream().filter(QuoteRound::agreed).findFirst();
    }

    /** The round a summary should show: the agreed one, else the latest. */
    public Optional<QuoteRound> current() {
        return agreed().or(this::latest);
    }

    /** The round before {@code number}, if any. */
    public Optional<QuoteRound> previous(int number) {
        return rounds.stream().filter(r -> r.number() < number).reduce((a, b) -> b);
    }

    public int nextNumber() {
        return rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).number() + 1;
    }
}
