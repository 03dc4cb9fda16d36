package nl.inkoopwerkbank.domain.assessment;

/** How a requirement (or condition) stands for a provider. */
public enum Status {
    MET, NOT_MET,
    /** A fact it needs has not been answered. */
    UNKNOWN,
    /** Its {@code when} does not hold for this provider, or it is information only. */
    NOT_APPLICABLE;

    public String labelKey() {
        return "assessment.status." + name();
    }

    static Status and(Status a, Status b) {
        if (a == NOT_MET || b == NOT_MET) {
            return NOT_MET;
        }
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : MET;
    }
}
