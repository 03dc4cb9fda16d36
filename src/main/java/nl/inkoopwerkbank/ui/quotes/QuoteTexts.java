package nl.inkoopwerkbank.ui.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.i18n.Messages;

/** How the quote screens name fields, rounds and problems. */
final class QuoteTexts {

    private static final Pattern LIST_FIELD = Pattern.compile("([A-Za-z.]+)\\[(\\d+)\\](?:\\.(\\w+))?");

    private final Messages messages;

    QuoteTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Tariefregel 3, volume" for {@code tariffLines[3].volume}; "Marktaandeel (%)" for {@code marketSharePct}. */
    String field(String path) {
        Matcher m = LIST_FIELD.matcher(path);
        if (m.matches()) {
            String item = messages.get("quote.path." + m.group(1), m.group(2));
            return m.group(3) == null ? item : item + ", " + messages.get("quote.col." + m.group(3));
        }
        return messages.get("quote.field." + path);
    }

    /** A policy's title, with its year when the title does not say it. */
    static String policy(nl.inkoopwerkbank.domain.policy.Policy p) {
        if (p == null) {
            return "";
        }
        return p.title().contains(String.valueOf(p.year())) ? p.title() : p.title() + " " + p.year();
    }

    String problem(Violation v) {
        return field(v.field()) + ": " + messages.get(v.messageKey(), v.args().toArray());
    }

    /** "Ronde 2 · Tegenvoorstel verzekeraar · 8 oktober 2026". */
    String round(QuoteRound r) {
        return messages.get("quote.round.title", r.number(), messages.get(r.side().labelKey()),
                Formats.date(r.date(), messages.locale()));
    }

    /** "IGO De Zevensprong · Salland 2027". */
    String quote(Quote q, String insurerName) {
        return messages.get("quote.title", q.igoName(), insurerName, String.valueOf(q.contractYear()));
    }
}
