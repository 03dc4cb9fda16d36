package nl.inkoopwerkbank.ui.quotes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteRound;

/** What the quote screens share: the open quote, the chosen round, the policy it is checked against, a draft in progress. */
public final class QuoteContext {

    public final ObjectProperty<Quote> quote = new SimpleObjectProperty<>();
    /** The chosen round's number (0: none). */
    public final IntegerProperty round = new SimpleIntegerProperty();
    public final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    public final BooleanProperty drafting = new SimpleBooleanProperty(false);

    public QuoteRound selectedRound() {
        Quote q = quote.get();
        return q == null ? null : q.round(round.get()).orElse(null);
    }
}
