package nl.inkoopwerkbank.domain.policy;

import java.util.List;

/**
 * Where the document contradicts itself or is unclear: every reading with its source, the one the
 * encoding follows ({@code chosen}, 0-based) and why. Shown to the buyer wherever it matters.
 */
public record Ambiguity(String id, List<String> about, List<Reading> readings, int chosen, String why) {

    public record Reading(String text, SourceRef source) {
    }

    public Ambiguity {
        about = List.copyOf(about);
        readings = List.copyOf(readings);
    }

    public Reading chosenReading() {
        return readings.get(chosen);
    }
}
