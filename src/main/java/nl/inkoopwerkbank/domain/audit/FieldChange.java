package nl.inkoopwerkbank.domain.audit;

/** One field that differs between two snapshots; {@code before} or {@code after} is null when it was absent. */
public record FieldChange(String field, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        return after == null ? Kind.REMOVED : Kind.CHANGED;
    }
}
