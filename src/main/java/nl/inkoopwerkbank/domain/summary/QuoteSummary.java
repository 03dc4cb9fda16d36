package nl.inkoopwerkbank.domain.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.Schoning;

/**
 * An IGO's quote as a summary shows it: the latest round against the round before it and against last
 * year's agreed round (when there is one), the key figures side by side, the tariff lines, budget
 * neutrality and the schoning of the latest round.
 */
public record QuoteSummary(Quote quote, QuoteRound latest, Optional<QuoteRound> previous, Optional<Quote> lastYearQuote,
                           Optional<QuoteRound> lastYear, List<KeyFigure> figures, List<TariffRow> tariffs,
                           BudgetNeutrality neutrality, Schoning schoning) {

    /** What a figure is, so the wording knows how to format it. */
    public enum Unit { MONEY, NUMBER, PERCENT }

    /**
     * One figure in last year's agreement, the previous round and the latest round; {@code change} is
     * latest - previous (null when either is missing).
     */
    public record KeyFigure(String key, Unit unit, BigDecimal lastYear, BigDecimal previous, BigDecimal latest,
                            BigDecimal change) {
    }

    /** A tariff line by its code: the indexed tariff in each of the three, and the latest indexation. */
    public record TariffRow(String code, String description, BigDecimal lastYear, BigDecimal previous,
                            BigDecimal latest, BigDecimal latestIndexationPct, BigDecimal latestVolume) {
    }

    public QuoteSummary {
        figures = List.copyOf(figures);
        tariffs = List.copyOf(tariffs);
    }

    /**
     * The summary of a quote with at least one round; {@code lastYearQuote} is the same IGO's quote to the
     * same insurer for the year before, whose agreed round (if any) is shown as last year.
     */
    public static QuoteSummary of(Quote quote, Optional<Quote> lastYearQuote) {
        QuoteRound latest = quote.latest().orElseThrow(() -> new IllegalArgumentException("quote has no rounds"));
        Optional<QuoteRound> previous = quote.previous(latest.number());
        Optional<QuoteRound> lastYear = lastYearQuote.flatMap(Quote::agreed);
        QuoteFigures fl = QuoteFigures.of(latest.content());
        QuoteFigures fp = previous.map(r -> QuoteFigures.of(r.content())).orElse(null);
        QuoteFigures fy = lastYear.map(r -> QuoteFigures.of(r.content())).orElse(null);
        BudgetNeutrality nl = BudgetNeutrality.of(latest.content(), fl);
        BudgetNeutrality np = previous.map(r -> BudgetNeutrality.of(r.content(), fp)).orElse(null);
        BudgetNeutrality ny = lastYear.map(r -> BudgetNeutrality.of(r.content(), fy)).orElse(null);

        List<KeyFigure> figures = new ArrayList<>();
        figures.add(figure("financingRequest", Unit.MONEY,
                lastYear.map(r -> r.content().financingRequest()).orElse(null),
                previous.map(r -> r.content().financingRequest()).orElse(null), latest.content().financingRequest()));
        figures.add(figure("totalVolume", Unit.NUMBER,
                lastYear.map(r -> r.content().totalVolume()).orElse(null),
                previous.map(r -> r.content().totalVolume()).orElse(null), latest.content().totalVolume()));
        figures.add(figure("marketSharePct", Unit.PERCENT,
                lastYear.map(r -> r.content().marketSharePct()).orElse(null),
                previous.map(r -> r.content().marketSharePct()).orElse(null), latest.content().marketSharePct()));
        figures.add(figure("total", Unit.MONEY, fy == null ? null : complete(fy), fp == null ? null : complete(fp),
                complete(fl)));
        figures.add(figure("insurerPart", Unit.MONEY, fy == null ? null : fy.insurerPart(),
                fp == null ? null : fp.insurerPart(), fl.insurerPart()));
        figures.add(figure("costPerBirth", Unit.MONEY, ny == null ? null : ny.integralPerBirth(),
                np == null ? null : np.integralPerBirth(), nl.integralPerBirth()));
        figures.add(figure("monoPerBirth", Unit.MONEY, ny == null ? null : ny.monoPerBirth(),
                np == null ? null : np.monoPerBirth(), nl.monoPerBirth()));

        Map<String, TariffRow> rows = new LinkedHashMap<>();
        for (QuoteFigures.Line l : fl.lines()) {
            rows.put(l.line().key(), new TariffRow(l.line().code(), l.line().description(),
                    indexed(fy, l.line().key()), indexed(fp, l.line().key()), l.indexedTariff(),
                    l.line().indexationPct(), l.line().volume()));
        }
        return new QuoteSummary(quote, latest, previous, lastYearQuote, lastYear, figures, new ArrayList<>(rows.values()),
                nl, latest.content().schoning());
    }

    private static BigDecimal complete(QuoteFigures f) {
        return f.totalComplete() ? f.total() : null;
    }

    private static BigDecimal indexed(QuoteFigures f, String key) {
        if (f == null) {
            return null;
        }
        return f.lines().stream().filter(l -> l.line().key().equals(key)).findFirst()
                .map(QuoteFigures.Line::indexedTariff).orElse(null);
    }

    private static KeyFigure figure(String key, Unit unit, BigDecimal lastYear, BigDecimal previous, BigDecimal latest) {
        BigDecimal change = previous == null || latest == null ? null : latest.subtract(previous);
        return new KeyFigure(key, unit, lastYear, previous, latest, change);
    }
}
