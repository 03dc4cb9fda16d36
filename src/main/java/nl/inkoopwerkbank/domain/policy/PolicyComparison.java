package nl.inkoopwerkbank.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * One kind of contract side by side across insurers: for a provider type, each policy's main contract
 * for that type, and per topic (certificate, employed staff, training, KSV, ...) what each insurer asks.
 * An empty cell means that insurer asks nothing on the topic.
 */
public record PolicyComparison(ProviderType providerType, List<Column> columns, List<Row> rows) {

    /** The fixed order of topics, most distinguishing first; see docs/policy-format.md. */
    public static final List<String> TOPICS = List.of("certificate", "employed-staff", "training", "ksv", "vsv",
            "registration", "agb", "revenue", "volume", "staffing", "availability", "indication", "indicators",
            "membership", "cooperation", "facilities", "igo", "schoning", "quote", "digital", "declaration", "vecozo",
            "legal", "guidelines", "business", "other");

    public record Column(Policy policy, ContractType contractType) {
    }

    /** One topic: per column (same order) the requirements of that insurer on the topic. */
    public record Row(String topic, List<List<Requirement>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** True when not every insurer asks something on this topic. */
        public boolean differs() {
            return cells.stream().anyMatch(List::isEmpty);
        }
    }

    public PolicyComparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The contract a policy offers this provider type: its first contract (not addendum) for the type. */
    public static Optional<ContractType> mainContract(Policy p, ProviderType type) {
        return p.contractTypes().stream()
                .filter(c -> c.kind() == ContractType.Kind.CONTRACT && c.providerTypes().contains(type))
                .findFirst();
    }

    public static PolicyComparison of(List<Policy> policies, ProviderType type) {
        List<Column> columns = new ArrayList<>();
        for (Policy p : policies) {
            mainContract(p, type).ifPresent(c -> columns.add(new Column(p, c)));
        }
        Map<String, List<List<Requirement>>> byTopic = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            List<List<Requirement>> cells = new ArrayList<>();
            boolean any = false;
            for (Column col : columns) {
                List<Requirement> reqs = col.policy().requirementsFor(col.contractType().id()).stream()
                        .filter(r -> topic.equals(r.topic()) && r.role() != RequirementRole.INFORMATION)
                        .toList();
                any |= !reqs.isEmpty();
                cells.add(reqs);
            }
            if (any) {
                byTopic.put(topic, cells);
            }
        }
        List<Row> rows = byTopic.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
        return new PolicyComparison(type, columns, rows);
    }
}
