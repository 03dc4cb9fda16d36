package nl.inkoopwerkbank.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.io.FactCatalogYaml;
import nl.inkoopwerkbank.io.PolicyYamlReader;

/** The bundled fact catalogue and policies, read once from the classpath (no database). */
public final class Bundled {

    public static final FactCatalog FACTS = FactCatalogYaml.read(text("/sample-data/facts.yaml"), "facts.yaml").catalog();
    public static final EligibilityEngine ENGINE = new EligibilityEngine(FACTS);
    private static final Map<String, Policy> POLICIES = new HashMap<>();

    private Bundled() {
    }

    public static synchronized Policy policy(String id) {
        return POLICIES.computeIfAbsent(id, k -> {
            PolicyYamlReader.Result r = PolicyYamlReader.read(text("/sample-data/policies/" + k + ".yaml"), k + ".yaml", FACTS);
            if (!r.ok()) {
                throw new IllegalStateException(r.problems().toString());
            }
            return r.policy();
        });
    }

    static String text(String resource) {
        try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
