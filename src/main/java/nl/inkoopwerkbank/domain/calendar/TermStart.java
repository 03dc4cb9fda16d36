package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The buyer records that a policy's relative term started for a provider: a contract proposal was received
 * on a date (Salland: it lapses 6 weeks later), the lead insurer agreed (Caresq: the provider mails the
 * agreements within a month). The calendar derives the due date from the policy's term.
 */
public record TermStart(Long id, String uid, String providerAgb, String policyId, String termId, LocalDate startedOn,
                        String note) {
    public TermStart {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(providerAgb, "providerAgb");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(termId, "termId");
        Objects.requireNonNull(startedOn, "startedOn");
        note = note == null ? "" : note.strip();
    }

    public String key() {
        return "term:" + uid;
    }

    public TermStart withId(long newId) {
        return new TermStart(newId, uid, providerAgb, policyId, termId, startedOn, note);
    }
}
