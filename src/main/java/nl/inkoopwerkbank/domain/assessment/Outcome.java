package nl.inkoopwerkbank.domain.assessment;

/** Where a provider stands for one contract type. */
public enum Outcome {
    /** Every knock-out is met. */
    ELIGIBLE,
    /** At least one knock-out is not met, or the provider cannot apply (closed to new providers, too late). */
    NOT_ELIGIBLE,
    /** No knock-out fails, but some are still open. */
    INCOMPLETE;

    public String labelKey() {
        return "assessment.outcome." + name();
    }
}
