package nl.inkoopwerkbank.domain.policy;

import java.time.Period;
import java.util.List;

/** A term counted from an event: a proposal lapses 6 weeks after receipt, a quote is assessed within 6 weeks. */
public record RelativeTerm(String id, String trigger, Period offset, String actor, String action, String effect,
                           List<String> appliesTo, SourceRef source, String notes) {
    public RelativeTerm {
        appliesTo = List.copyOf(appliesTo);
    }
}
