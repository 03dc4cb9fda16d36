package nl.inkoopwerkbank.service;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline.Semantics;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.ICalendarFile;

/**
 * The words of a calendar item, shared by the screens and the iCalendar export: when ("vóór 1 september
 * 2026, laatste dag 31 augustus 2026"), a one-line summary, and a description with who, how, which
 * provider, the term, the source and the done mark.
 */
public final class CalendarTexts {

    private final Messages messages;
    private final Map<String, Policy> policies;

    public CalendarTexts(Messages messages, List<Policy> policies) {
        this.messages = messages;
        Map<String, Policy> byId = new java.util.HashMap<>();
        policies.forEach(p -> byId.put(p.id(), p));
        this.policies = byId;
    }

    private String date(java.time.LocalDate d) {
        return Formats.date(d, messages.locale());
    }

    /** "uiterlijk 1 oktober 2026", "vóór 1 september 2026 (laatste dag 31 augustus 2026)", "vanaf 12 november 2026". */
    public String when(CalendarItem i) {
        Semantics s = i.semantics() == null ? Semantics.ON : i.semantics();
        String text = s == Semantics.BEFORE && i.lastDay() != null
                ? messages.get("calendar.when.BEFORE.last", date(i.statedDate()), date(i.lastDay()))
                : messages.get("calendar.when." + s.name(), date(i.statedDate()));
        if (i.start() != null) {
            String t = i.end() != null ? i.start() + "–" + i.end() : i.start().toString();
            text = messages.get("calendar.when.time", text, t);
        } else if (i.time() != null && !i.time().isBlank()) {
            text = messages.get("calendar.when.time", text, i.time());
        }
        return text;
    }

    /** "6 weken", "1 maand", "5 dagen". */
    public String period(Period p) {
        if (p == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(messages.get("calendar.period.years", p.getYears()));
        }
        if (p.getMonths() != 0) {
            parts.add(messages.get("calendar.period.months", p.getMonths()));
        }
        int days = p.getDays();
        if (days != 0 && days % 7 == 0) {
            parts.add(messages.get("calendar.period.weeks", days / 7));
        } else if (days != 0 || parts.isEmpty()) {
            parts.add(messages.get("calendar.period.days", days));
        }
        return String.join(" ", parts);
    }

    public String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        String key = "calendar.actor." + actor;
        return messages.bundle().containsKey(key) ? messages.get(key) : actor;
    }

    public String status(CalendarItem i) {
        return messages.get(i.status().labelKey());
    }

    public String kind(CalendarItem i) {
        return messages.get(i.kind().labelKey());
    }

    /** The policy's title, or its id when the policy is no longer in the library. */
    public String policyTitle(CalendarItem i) {
        if (i.policyId() == null) {
            return "";
        }
        Policy p = policies.get(i.policyId());
        return p == null ? i.policyId() : p.title();
    }

    /** The names of the item's contract types ("Alle contractsoorten" for "*"). */
    public String contractTypes(CalendarItem i) {
        if (i.contractTypes().contains("*")) {
            return messages.get("calendar.contract-types.all");
        }
        Policy p = i.policyId() == null ? null : policies.get(i.policyId());
        List<String> names = new ArrayList<>();
        for (String id : i.contractTypes()) {
            names.add(p == null ? id : p.contractType(id).map(ContractType::name).orElse(id));
        }
        return String.join(", ", names);
    }

    /** One line: "Salland: Aanbieder dient de offerte in", "Salland · De Zevensprong: Salland beoordeelt …". */
    public String summary(CalendarItem i) {
        String text = line(i);
        return i.isDone() ? messages.get("calendar.summary.done", text) : text;
    }

    /** The one line without the "done" prefix (the screens show done by colour). */
    public String line(CalendarItem i) {
        String insurer = i.insurerName() == null ? "" : i.insurerName();
        String provider = i.providerName() != null ? i.providerName() : i.providerAgb();
        String text;
        if (i.kind().own()) {
            text = provider == null ? i.title() : messages.get("calendar.summary.own.provider", i.title(), provider);
        } else if (provider == null) {
            text = messages.get("calendar.summary." + i.kind().name(), insurer, i.title());
        } else {
            text = messages.get("calendar.summary." + i.kind().name() + ".provider", insurer, i.title(), provider);
        }
        return text;
    }

    /** Several lines: when, who, how, provider, term, contract types, source, status, done mark, notes. */
    public String description(CalendarItem i) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("calendar.desc.when", when(i)));
        if (i.actor() != null && !i.actor().isBlank()) {
            lines.add(messages.get("calendar.desc.actor", actor(i.actor())));
        }
        if (i.channel() != null && !i.channel().isBlank()) {
            lines.add(messages.get(i.kind().own() ? "calendar.desc.location" : "calendar.desc.channel", i.channel()));
        }
        if (i.providerAgb() != null) {
            lines.add(messages.get("calendar.desc.provider",
                    i.providerName() == null ? "?" : i.providerName(), i.providerAgb()));
        }
        if (i.startedOn() != null && i.offset() != null) {
            lines.add(messages.get("calendar.desc.term", period(i.offset()), date(i.startedOn())));
        }
        if (!i.contractTypes().isEmpty()) {
            lines.add(messages.get("calendar.desc.contract-types", contractTypes(i)));
        }
        if (i.policyId() != null) {
            String section = i.source() == null || i.source().section() == null ? "" : i.source().section();
            lines.add(messages.get("calendar.desc.source", policyTitle(i), section));
        }
        lines.add(messages.get("calendar.desc.status", status(i)));
        if (i.done() != null) {
            String by = i.done().automatic() ? messages.get("calendar.done.automatic")
                    : i.done().by().isEmpty() ? "" : messages.get("calendar.done.by", i.done().by());
            lines.add(messages.get("calendar.desc.done", date(i.done().doneOn()), by));
            if (!i.done().note().isEmpty()) {
                lines.add(messages.get("calendar.desc.done-note", i.done().note()));
            }
        }
        if (i.notes() != null && !i.notes().isBlank()) {
            lines.add(messages.get("calendar.desc.note", i.notes().strip()));
        }
        return String.join("\n", lines);
    }

    /**
     * The item as an iCalendar event: all-day on its calendar day (a meeting with a time is timed), with a
     * reminder {@code reminderDays} before it unless it is done or already past.
     */
    public ICalendarFile.Event event(CalendarItem i, int reminderDays) {
        boolean remind = !i.isDone() && i.status() != CalendarItem.Status.PASSED;
        List<String> categories = new ArrayList<>();
        if (i.insurerName() != null) {
            categories.add(i.insurerName());
        }
        categories.add(kind(i));
        String reminder = messages.get(reminderDays == 0 ? "calendar.ics.reminder.today" : "calendar.ics.reminder",
                reminderDays, summary(i));
        return new ICalendarFile.Event(uid(i), i.date(), i.start(), i.start() == null ? null : i.end(), summary(i),
                description(i), i.kind() == Kind.MEETING || i.kind() == Kind.REMINDER ? i.channel() : null,
                categories, remind ? reminderDays : null, reminder);
    }

    /** The iCalendar UID of an item: its key, which never changes, in a domain of its own. */
    public static String uid(CalendarItem i) {
        return i.key() + "@inkoopwerkbank";
    }
}
