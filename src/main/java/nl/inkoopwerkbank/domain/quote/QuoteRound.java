package nl.inkoopwerkbank.domain.quote;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version in the negotiation of a quote: the IGO's quote or the insurer's counter-proposal,
 * numbered from 1, dated and attributed, with its content. A round is never changed once recorded;
 * only its note and the agreed mark can be set afterwards.
 *
 * @param date        the date on the document
 * @param receivedOn  for a round from the IGO: the day the insurer received it (starts assessment terms)
 * @param author      who wrote or entered it (a name)
 * @param recordedAt  when it was recorded in the workbench (null before it is saved)
 */
public record QuoteRound(int number, RoundSide side, LocalDate date, LocalDate receivedOn, String author, String note,
                         boolean agreed, Instant recordedAt, QuoteContent content) {
    public QuoteRound {
        author = author == null ? "" : author.strip();
        note = note == null ? "" : note.strip();
        content = content == null ? QuoteContent.EMPTY : content;
    }

    public QuoteRound withNumber(int n) {
        return new QuoteRound(n, side, date, receivedOn, author, note, agreed, recordedAt, content);
    }

    public QuoteRound withNote(String n) {
        return new QuoteRound(number, side, date, receivedOn, author, n, agreed, recordedAt, content);
    }

    public QuoteRound withAgreed(boolean a) {
        return new QuoteRound(number, side, date, receivedOn, author, note, a, recordedAt, content);
    }
}
