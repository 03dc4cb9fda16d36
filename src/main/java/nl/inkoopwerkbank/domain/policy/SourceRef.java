package nl.inkoopwerkbank.domain.policy;

/** Where in the source document something comes from: its chapter and section headings. */
public record SourceRef(String section) {
}
