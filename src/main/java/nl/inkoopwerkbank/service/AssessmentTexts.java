package nl.inkoopwerkbank.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.stream.Collectors;

import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.DeadlineNotice;
import nl.inkoopwerkbank.domain.assessment.FactUse;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * How answers, thresholds and hints read on screen: {@code ja}, {@code 65%}, {@code € 250.000,00},
 * {@code 48,5 fte}, and "Opleidingsplekken: nu 2, nodig ≥ 3 (+1)".
 */
public final class AssessmentTexts {

    private final Messages messages;
    private final FactCatalog catalog;

    public AssessmentTexts(Messages messages, FactCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    public Messages messages() {
        return messages;
    }

    /** The fact's question, or its key when the catalogue does not know it. */
    public String question(String factKey) {
        return catalog.find(factKey).map(FactDefinition::question).orElse(factKey);
    }

    public String number(BigDecimal n) {
        DecimalFormat df = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Formats.DUTCH));
        return df.format(n);
    }

    /** A value as the buyer reads it; {@code —} for no answer. */
    public String value(FactValue v) {
        if (v == null) {
            return messages.get("assessment.value.unknown");
        }
        return switch (v.type()) {
            case BOOLEAN -> messages.get(v.asBoolean() ? "common.yes" : "common.no");
            case PERCENTAGE -> number(v.asNumber()) + "%";
            case MONEY -> Formats.money(v.asNumber());
            case NUMBER -> number(v.asNumber());
            case CHOICE -> v.asText();
            case LIST -> v.asList().isEmpty() ? messages.get("assessment.value.none") : String.join(", ", v.asList());
            case DATE -> Formats.date(v.asDate(), messages.locale());
        };
    }

    /** A value with the fact's unit when it has one that is not already in the value ({@code 48 fte}). */
    public String valueWithUnit(String factKey, FactValue v) {
        String s = value(v);
        FactDefinition def = catalog.find(factKey).orElse(null);
        if (v != null && def != null && def.type() == FactType.NUMBER && def.unit() != null && !def.unit().isBlank()) {
            return s + " " + def.unit();
        }
        return s;
    }

    /** A threshold of the fact's type: {@code 50%}, {@code € 250.000,00}, {@code ja}, {@code [HKZ, ISO_9001]}. */
    public String threshold(String factKey, Object threshold) {
        FactType type = catalog.find(factKey).map(FactDefinition::type).orElse(null);
        if (threshold instanceof BigDecimal b && type != null && type.isNumeric()) {
            return value(FactValue.number(type, b));
        }
        if (threshold instanceof Boolean b) {
            return messages.get(b ? "common.yes" : "common.no");
        }
        if (threshold instanceof List<?> l) {
            return l.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return threshold == null ? messages.get("assessment.value.unknown") : String.valueOf(threshold);
    }

    public String sign(Operator op) {
        return ConditionText.sign(op);
    }

    /** "65% ≥ 50%" or "— (nog niet beantwoord) ≥ 50%". */
    public String test(FactUse u) {
        String rhs = threshold(u.fact(), u.threshold());
        if (u.thresholdFact() != null && u.threshold() != null) {
            rhs = rhs + " " + messages.get("assessment.threshold.from", question(u.thresholdFact()));
        }
        return valueWithUnit(u.fact(), u.value()) + "  " + sign(u.op()) + "  " + rhs;
    }

    /** "nu 2, nodig ≥ 3 (+1)". */
    public String change(Change c) {
        String need = c.op().isOrdering() || c.target() == null
                ? sign(c.op()) + " " + threshold(c.fact(), c.threshold()) : value(c.target());
        String text = messages.get("assessment.change", value(c.current()), need);
        if (c.delta() != null && c.delta().signum() != 0 && catalog.find(c.fact()).map(FactDefinition::wholeNumber).orElse(false)) {
            text += " (" + (c.delta().signum() > 0 ? "+" : "") + number(c.delta()) + ")";
        }
        return text;
    }

    public String outcome(ContractAssessment a) {
        return messages.get(a.outcome().labelKey());
    }

    /** "A", "B (A nog open)" or "—". */
    public String tier(ContractAssessment a) {
        if (a.tier() == null) {
            return a.contract().isTiered() ? messages.get("assessment.value.unknown") : "";
        }
        return a.tierFinal() ? a.tier().id() : messages.get("assessment.tier.provisional", a.tier().id());
    }

    /** A deadline notice: closed to new providers, too late, or when a new provider must apply. */
    public String notice(DeadlineNotice n) {
        if (n.deadline() == null) {
            return messages.get(n.kind().labelKey());
        }
        return messages.get(n.kind().labelKey(),
                messages.get(n.deadline().semantics().labelKey()).toLowerCase(messages.locale())
                        + " " + Formats.date(n.deadline().date(), messages.locale()),
                n.deadline().action(), n.deadline().source() == null ? "" : n.deadline().source().section());
    }

    /** The names of the base contracts a provider must hold first, by the policy's names. */
    public String baseContracts(ContractAssessment a) {
        return String.join(", ", a.missingBaseContracts().stream()
                .map(id -> a.policy().contractType(id).map(c -> c.name()).orElse(id)).toList());
    }
}
