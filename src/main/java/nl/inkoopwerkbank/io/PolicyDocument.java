package nl.inkoopwerkbank.io;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import nl.inkoopwerkbank.domain.policy.Ambiguity;
import nl.inkoopwerkbank.domain.policy.Calculation;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Formula;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.policy.SourceRef;

/**
 * A policy as the nested maps and lists of its file format, so it can be written as YAML (the file a
 * buyer reads and edits) or JSON (the command line) with the same keys. Reading it back with
 * {@link PolicyYamlReader} gives the same policy.
 */
public final class PolicyDocument {

    private PolicyDocument() {
    }

    public static String toYaml(Policy p) {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
        try {
            return yaml.writeValueAsString(toMap(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write policy " + p.id(), e);
        }
    }

    public static String toJson(Object document) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    public static Map<String, Object> toMap(Policy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", PolicyYamlReader.FORMAT);
        m.put("id", p.id());
        Map<String, Object> ins = new LinkedHashMap<>();
        ins.put("id", p.insurer().id());
        ins.put("name", p.insurer().name());
        ins.put("labels", p.insurer().labels());
        m.put("insurer", ins);
        m.put("year", p.year());
        m.put("domain", p.domain());
        m.put("title", p.title());
        Map<String, Object> src = new LinkedHashMap<>();
        put(src, "file", p.source().file());
        put(src, "document", p.source().document());
        m.put("source", src);
        put(m, "notes", p.notes());
        m.put("contractTypes", p.contractTypes().stream().map(PolicyDocument::contract).toList());
        m.put("requirements", p.requirements().stream().map(PolicyDocument::requirement).toList());
        m.put("deadlines", p.deadlines().stream().map(PolicyDocument::deadline).toList());
        m.put("relativeTerms", p.relativeTerms().stream().map(PolicyDocument::term).toList());
        m.put("quoteContents", p.quoteContents().stream().map(PolicyDocument::quote).toList());
        m.put("calculations", p.calculations().stream().map(PolicyDocument::calculation).toList());
        m.put("ambiguities", p.ambiguities().stream().map(PolicyDocument::ambiguity).toList());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> source(SourceRef s) {
        return s == null ? null : Map.of("section", s.section());
    }

    static Map<String, Object> contract(ContractType c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("kind", c.kind() == ContractType.Kind.ADDENDUM ? "addendum" : "contract");
        m.put("requires", c.requires());
        m.put("providerTypes", c.providerTypes().stream().map(Enum::name).toList());
        if (c.duration() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            put(d, "start", c.duration().start() == null ? null : c.duration().start().toString());
            put(d, "end", c.duration().end() == null ? null : c.duration().end().toString());
            put(d, "description", c.duration().description());
            d.put("extensionIntentYears", c.duration().extensionIntentYears());
            m.put("duration", d);
        }
        m.put("offeredVia", c.offeredVia());
        m.put("negotiable", c.negotiable());
        m.put("newProviders", c.newProviders());
        if (c.isTiered()) {
            List<Map<String, Object>> tiers = new ArrayList<>();
            for (ContractType.Tier t : c.tiers()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("id", t.id());
                tm.put("name", t.name());
                if (!t.requirementIds().isEmpty()) {
                    tm.put("requirements", t.requirementIds());
                }
                put(tm, "condition", condition(t.condition()));
                put(tm, "source", source(t.source()));
                put(tm, "notes", t.notes());
                tiers.add(tm);
            }
            m.put("tiers", tiers);
        }
        put(m, "source", source(c.source()));
        put(m, "notes", c.notes());
        return m;
    }

    static Map<String, Object> requirement(Requirement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("text", r.text());
        m.put("topic", r.topic());
        m.put("role", r.role().code());
        m.put("appliesTo", r.appliesTo());
        put(m, "when", condition(r.when()));
        put(m, "condition", condition(r.condition()));
        put(m, "source", source(r.source()));
        put(m, "notes", r.notes());
        return m;
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("date", d.date().toString());
        put(m, "time", d.time());
        m.put("semantics", d.semantics().code());
        m.put("actor", d.actor());
        m.put("action", d.action());
        put(m, "channel", d.channel());
        m.put("appliesTo", d.appliesTo());
        put(m, "audience", d.audience());
        if (d.cutoffForNewProviders()) {
            m.put("cutoffForNewProviders", true);
        }
        put(m, "source", source(d.source()));
        put(m, "notes", d.notes());
        return m;
    }

    static Map<String, Object> term(RelativeTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("trigger", t.trigger());
        put(m, "offset", offset(t.offset()));
        put(m, "actor", t.actor());
        m.put("action", t.action());
        put(m, "effect", t.effect());
        m.put("appliesTo", t.appliesTo());
        put(m, "source", source(t.source()));
        put(m, "notes", t.notes());
        return m;
    }

    static Map<String, Object> offset(Period p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.getMonths() != 0 || p.getYears() != 0) {
            m.put("months", p.getYears() * 12 + p.getMonths());
        }
        if (p.getDays() % 7 == 0 && p.getDays() != 0) {
            m.put("weeks", p.getDays() / 7);
        } else if (p.getDays() != 0 || m.isEmpty()) {
            m.put("days", p.getDays());
        }
        return m;
    }

    static Map<String, Object> quote(QuoteItem q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("item", q.item());
        m.put("text", q.text());
        put(m, "source", source(q.source()));
        put(m, "notes", q.notes());
        return m;
    }

    static Map<String, Object> calculation(Calculation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("appliesTo", c.appliesTo());
        put(m, "description", c.description());
        put(m, "result", c.result());
        m.put("formula", formula(c.formula()));
        put(m, "source", source(c.source()));
        put(m, "notes", c.notes());
        return m;
    }

    static Map<String, Object> ambiguity(Ambiguity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("about", a.about());
        List<Map<String, Object>> readings = new ArrayList<>();
        for (Ambiguity.Reading r : a.readings()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("text", r.text());
            put(rm, "source", source(r.source()));
            readings.add(rm);
        }
        m.put("readings", readings);
        m.put("chosen", a.chosen());
        m.put("why", a.why());
        return m;
    }

    /** A condition in the file's structured form. */
    public static Object condition(Condition c) {
        if (c == null) {
            return null;
        }
        if (c instanceof Condition.FactTest t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fact", t.fact());
            m.put("op", t.op().code());
            m.put("value", operand(t.value()));
            return m;
        }
        if (c instanceof Condition.All a) {
            return Map.of("all", a.of().stream().map(PolicyDocument::condition).toList());
        }
        if (c instanceof Condition.Any a) {
            return Map.of("any", a.of().stream().map(PolicyDocument::condition).toList());
        }
        if (c instanceof Condition.Not n) {
            return Map.of("not", condition(n.condition()));
        }
        if (c instanceof Condition.AtLeast a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("atLeast", a.count());
            m.put("of", a.of().stream().map(PolicyDocument::condition).toList());
            return m;
        }
        if (c instanceof Condition.RequirementRef r) {
            return Map.of("requirement", r.requirementId());
        }
        return Map.of("always", true);
    }

    private static Object operand(Condition.Operand o) {
        if (o instanceof Condition.Literal l) {
            return l.value() instanceof BigDecimal b ? number(b) : l.value();
        }
        Condition.FactOperand f = (Condition.FactOperand) o;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", f.fact());
        put(m, "multiplyBy", f.multiplyBy() == null ? null : number(f.multiplyBy()));
        put(m, "divideBy", f.divideBy() == null ? null : number(f.divideBy()));
        if (f.round() != Condition.Rounding.NONE) {
            m.put("round", f.round().name().toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    /** Whole numbers as integers, others as decimals, so YAML and JSON show 50 rather than 50.0. */
    private static Number number(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() <= 0 ? (Number) s.toBigInteger() : s;
    }

    static Object formula(Formula f) {
        if (f instanceof Formula.Number n) {
            return number(n.value());
        }
        if (f instanceof Formula.FactValue v) {
            return Map.of("fact", v.fact());
        }
        if (f instanceof Formula.Sum s) {
            return Map.of("sum", s.terms().stream().map(PolicyDocument::formula).toList());
        }
        if (f instanceof Formula.Product p) {
            return Map.of("product", p.factors().stream().map(PolicyDocument::formula).toList());
        }
        if (f instanceof Formula.Difference d) {
            return Map.of("difference", List.of(formula(d.minuend()), formula(d.subtrahend())));
        }
        if (f instanceof Formula.Quotient q) {
            return Map.of("quotient", List.of(formula(q.dividend()), formula(q.divisor())));
        }
        if (f instanceof Formula.Min m) {
            return Map.of("min", m.of().stream().map(PolicyDocument::formula).toList());
        }
        return Map.of("max", ((Formula.Max) f).of().stream().map(PolicyDocument::formula).toList());
    }
}
