package nl.inkoopwerkbank.domain.assessment;

import java.time.LocalDate;

import nl.inkoopwerkbank.domain.policy.Deadline;

/**
 * Why a provider without a contract with this insurer cannot (or can no longer) apply: the contract
 * type is closed to new providers, or the cut-off date for new providers has passed on the date of
 * assessment.
 */
public record DeadlineNotice(Kind kind, Deadline deadline, LocalDate assessedOn) {

    public enum Kind {
        CLOSED_TO_NEW_PROVIDERS, CUTOFF_PASSED, CUTOFF_AHEAD;

        public String labelKey() {
            return "assessment.notice." + name();
        }

        public boolean blocks() {
            return this != CUTOFF_AHEAD;
        }
    }
}
