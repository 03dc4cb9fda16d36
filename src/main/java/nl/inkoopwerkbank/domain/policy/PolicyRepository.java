package nl.inkoopwerkbank.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * Where policies are kept: each as its document (the YAML text of the file format) with the columns
 * to list it. Implemented by the store.
 */
public interface PolicyRepository {

    /** A stored policy: list columns and the document. */
    record Stored(String id, String insurerId, int year, String domain, String title, String document,
                  String sourceFile) {
    }

    List<Stored> all();

    /** How many policies are kept, without reading their documents. */
    long count();

    Optional<Stored> find(String id);

    /** Inserts or replaces a policy. */
    void save(Stored policy);

    /** Inserts or replaces several policies and the fact catalogue in one transaction. */
    void saveAll(String factCatalogDocument, List<Stored> policies);

    boolean delete(String id);

    Optional<String> factCatalog();
}
