package nl.inkoopwerkbank.domain.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every fact a policy condition may refer to, by key. */
public final class FactCatalog {

    private final Map<String, FactDefinition> byKey = new LinkedHashMap<>();

    public FactCatalog(List<FactDefinition> facts) {
        for (FactDefinition f : facts) {
            byKey.putIfAbsent(f.key(), f);
        }
    }

    public Optional<FactDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public List<FactDefinition> all() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }
}
