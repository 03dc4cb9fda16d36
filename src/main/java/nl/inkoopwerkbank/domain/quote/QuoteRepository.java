package nl.inkoopwerkbank.domain.quote;

import java.util.List;
import java.util.Optional;

/** Where quotes and their rounds are kept. Rounds are appended, never replaced. */
public interface QuoteRepository {

    /** All quotes with their rounds, newest contract year first. */
    List<Quote> all();

    Optional<Quote> find(long id);

    Optional<Quote> find(long igoProviderId, int contractYear, String insurerId);

    /** Creates an empty quote for an IGO, year and insurer; fails when one exists. */
    Quote create(long igoProviderId, int contractYear, String insurerId);

    /**
     * Creates a quote for an IGO, year and insurer with its first rounds, in one transaction: the quote and
     * its rounds are there together or not at all. Fails when the quote exists.
     */
    Quote createWithRounds(long igoProviderId, int contractYear, String insurerId, List<QuoteRound> rounds);

    /** Appends rounds in one transaction; each gets the next number. Returns the quote as stored. */
    Quote addRounds(long quoteId, List<QuoteRound> rounds);

    /** Sets the note of a round (the only text that can change after recording). */
    void setNote(long quoteId, int round, String note);

    /** Marks one round as the agreed version (clearing any other mark), or none with {@code round} 0. */
    void markAgreed(long quoteId, int round);

    /** Deletes a quote and all its rounds. */
    boolean delete(long quoteId);
}
