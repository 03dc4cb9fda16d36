package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import nl.inkoopwerkbank.domain.policy.Deadline.Semantics;
import nl.inkoopwerkbank.domain.policy.SourceRef;

/**
 * One entry of the contracting calendar: a dated step of a policy, a term derived for a provider or a
 * quote, a contract's end, or the buyer's own meeting or reminder.
 *
 * <p>{@code date} is the day the item sits on in the calendar: for "vóór 1 september" ({@link
 * Semantics#BEFORE}) that is the last day still in time, 31 August, while {@code statedDate} keeps the
 * policy's own date; for every other reading both are the same day. {@code lastDay} is the last day the
 * step can still be done in time (null for a step that opens something, "vanaf 12 november").
 *
 * @param channel      how the step is done (VECOZO, e-mail); for a meeting its location
 * @param audience     for a policy step: all, existing-providers, new-providers or igo; null otherwise
 * @param key          stable identity, the same in every build and every export (the iCalendar UID is made from it)
 * @param contractTypes the contract type ids the item concerns; a policy step for every contract has "*"
 *                     followed by the ids of every contract type of its policy
 * @param tracked      the buyer follows it up: an unfinished tracked item becomes overdue after its last day,
 *                     an untracked one (another insurer's step, a contract end) simply passes
 * @param startedOn    for a derived term, the day its trigger happened (a quote received, a proposal sent)
 * @param offset       for a derived term, its length
 * @param done         the buyer's (or the data's) done mark, or null
 */
public record CalendarItem(String key, Kind kind, LocalDate date, LocalDate statedDate, Semantics semantics,
                           LocalDate lastDay, LocalTime start, LocalTime end, String time, String title,
                           String actor, String channel, String audience, String insurerId, String insurerName, String policyId,
                           String elementId, List<String> contractTypes, String providerAgb, String providerName,
                           Long quoteId, SourceRef source, String notes, boolean tracked, LocalDate startedOn,
                           Period offset, DoneMark done, Status status, long daysLeft) {

    public CalendarItem {
        contractTypes = contractTypes == null ? List.of() : List.copyOf(contractTypes);
    }

    /** What an item is; decides where clicking it leads. */
    public enum Kind {
        /** A dated step of a policy's planning. */
        POLICY_STEP,
        /** A term that started when an IGO's quote round was received. */
        QUOTE_TERM,
        /** A term of a policy the buyer started for a provider (a proposal sent, a lead insurer's agreement). */
        PROVIDER_TERM,
        /** The end of a contract's duration for a provider holding that contract. */
        CONTRACT_END,
        /** The buyer's own negotiation meeting. */
        MEETING,
        /** The buyer's own reminder. */
        REMINDER;

        public String labelKey() {
            return "calendar.kind." + name();
        }

        public boolean own() {
            return this == MEETING || this == REMINDER;
        }
    }

    /** Where an item stands today. */
    public enum Status {
        /** Not done, more than the due-soon window ahead. */
        OPEN,
        /** Not done, its last day within the due-soon window. */
        DUE_SOON,
        /** Tracked, not done, its last day has passed. */
        OVERDUE,
        /** Marked done (by the buyer, or by the data: a counter-proposal answers a quote). */
        DONE,
        /** Not tracked (or a start moment) and its date has passed. */
        PASSED;

        public String labelKey() {
            return "calendar.status." + name();
        }

        /** Open, due soon or overdue: something still to do. */
        public boolean pending() {
            return this == OPEN || this == DUE_SOON || this == OVERDUE;
        }
    }

    /** The same item with another display name for its insurer (the short name the buyer knows it by). */
    public CalendarItem withInsurerName(String name) {
        return new CalendarItem(key, kind, date, statedDate, semantics, lastDay, start, end, time, title, actor, channel,
                audience, insurerId, insurerName(name), policyId, elementId, contractTypes, providerAgb, providerName,
                quoteId, source, notes, tracked, startedOn, offset, done, status, daysLeft);
    }

    private String insurerName(String name) {
        return name == null || name.isBlank() ? insurerName : name;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    /** True for an item of the given insurer, or one that belongs to no insurer (the buyer's own items). */
    public boolean concerns(String insurer) {
        return insurerId == null || insurerId.equals(insurer);
    }
}
