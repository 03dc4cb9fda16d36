package nl.inkoopwerkbank.ui.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.i18n.Messages;

/** One planning step being edited: date, before / on or before / on / from, who, what, via which channel. */
public final class DeadlineEditorViewModel {

    private final Policy policy;
    private final Deadline original;
    private final Messages messages;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Deadline.Semantics> semantics = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty action = new SimpleStringProperty();
    private final StringProperty channel = new SimpleStringProperty();
    /** What the editor showed when it opened. */
    private final List<Object> shown;

    public DeadlineEditorViewModel(Policy policy, Deadline deadline, Messages messages) {
        this.policy = policy;
        this.original = deadline;
        this.messages = messages;
        date.set(deadline.date());
        semantics.set(deadline.semantics());
        actor.set(deadline.actor());
        action.set(deadline.action());
        channel.set(deadline.channel() == null ? "" : deadline.channel());
        shown = values();
    }

    /** True when the buyer changed anything since the editor opened. */
    public boolean changed() {
        return !values().equals(shown);
    }

    private List<Object> values() {
        return java.util.Arrays.asList(date.get(), semantics.get(), text(actor), text(action), text(channel));
    }

    /** A text field shows null as empty: both count as the same. */
    private static Object text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    /** The policy as it was when the editor opened. */
    public Policy policy() {
        return policy;
    }

    public Policy edited(List<String> errors) {
        if (date.get() == null) {
            errors.add(messages.get("editor.deadline.date-required"));
        }
        if (action.get() == null || action.get().isBlank()) {
            errors.add(messages.get("editor.deadline.action-required"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Deadline d = new Deadline(original.id(), date.get(), original.time(), semantics.get(), actor.get().trim(),
                action.get().trim(), channel.get() == null || channel.get().isBlank() ? null : channel.get().trim(),
                original.appliesTo(), original.audience(), original.cutoffForNewProviders(), original.source(), original.notes());
        List<Deadline> all = new ArrayList<>();
        for (Deadline x : policy.deadlines()) {
            all.add(x.id().equals(original.id()) ? d : x);
        }
        return new Policy(policy.id(), policy.insurer(), policy.year(), policy.domain(), policy.title(), policy.source(),
                policy.notes(), policy.contractTypes(), policy.requirements(), all, policy.relativeTerms(),
                policy.quoteContents(), policy.calculations(), policy.ambiguities());
    }

    public Deadline original() {
        return original;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Deadline.Semantics> semanticsProperty() {
        return semantics;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty channelProperty() {
        return channel;
    }
}
