package nl.inkoopwerkbank.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A dated planning step: who does what, via which channel, before / on or before / on / from a date. */
public record Deadline(String id, LocalDate date, String time, Semantics semantics, String actor, String action,
                       String channel, List<String> appliesTo, String audience, boolean cutoffForNewProviders,
                       SourceRef source, String notes) {

    public Deadline {
        appliesTo = List.copyOf(appliesTo);
    }

    /**
     * "vóór 1 september" (BEFORE) ends on 31 August; "uiterlijk 1 september" (ON_OR_BEFORE) includes
     * 1 September; ON is that day; FROM starts that day.
     */
    public enum Semantics {
        BEFORE("before"), ON_OR_BEFORE("on-or-before"), ON("on"), FROM("from");

        private final String code;

        Semantics(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** "vóór", "uiterlijk", "op", "vanaf". */
        public String labelKey() {
            return "policy.semantics." + name();
        }

        public static Semantics fromCode(String code) {
            for (Semantics s : values()) {
                if (s.code.equals(code.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The last day on which the step is still in time (null for ON/FROM steps that open something). */
    public LocalDate lastDayInTime() {
        return switch (semantics) {
            case BEFORE -> date.minusDays(1);
            case ON_OR_BEFORE, ON -> date;
            case FROM -> null;
        };
    }
}
