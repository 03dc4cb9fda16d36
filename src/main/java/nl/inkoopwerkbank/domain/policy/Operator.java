package nl.inkoopwerkbank.domain.policy;

/**
 * Comparison in a condition. The policy texts' words map one to one: "minimaal"/"ten minste" = GE
 * (inclusive), "meer dan"/"boven" = GT (exclusive), "maximaal" = LE, "minder dan" = LT.
 */
public enum Operator {
    EQ("eq"), NE("ne"), GE("ge"), GT("gt"), LE("le"), LT("lt"), IN("in"), CONTAINS_ANY("containsAny"),
    CONTAINS_ALL("containsAll");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isOrdering() {
        return this == GE || this == GT || this == LE || this == LT;
    }

    public static Operator fromCode(String code) {
        for (Operator o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        return null;
    }
}
