package nl.inkoopwerkbank.domain.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment kept as it was: the provider's facts and the policy document of that moment, with
 * the outcome and tier it gave. {@code id} is null before it is stored.
 */
public record AssessmentSnapshot(Long id, long providerId, String policyId, String contractId, LocalDate assessedOn,
                                 Instant takenAt, String takenBy, String label, Outcome outcome, String tierId,
                                 FactSheet facts, String policyDocument) {
}
