package nl.inkoopwerkbank.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.inkoopwerkbank.domain.fact.FactCatalog;

/** Where provider facts and assessment snapshots are kept. Implemented by the store. */
public interface FactRepository {

    /** The provider's answers, typed by the catalogue (answers to facts no longer in it are left out). */
    FactSheet sheet(long providerId, FactCatalog catalog);

    /** The sheets of several providers at once (providers without answers get an empty sheet). */
    Map<Long, FactSheet> sheets(Collection<Long> providerIds, FactCatalog catalog);

    /** Stores one answer (insert or replace), in its own transaction. */
    void save(long providerId, FactAnswer answer);

    /** Stores several answers in one transaction: all or nothing. */
    void saveAll(long providerId, List<FactAnswer> answers);

    /** Removes an answer ("unknown again"); false when there was none. */
    boolean delete(long providerId, String factKey, String insurerId);

    AssessmentSnapshot saveSnapshot(AssessmentSnapshot snapshot);

    /** The provider's snapshots, newest first. */
    List<AssessmentSnapshot> snapshots(long providerId, FactCatalog catalog);

    Optional<AssessmentSnapshot> snapshot(long id, FactCatalog catalog);

    boolean deleteSnapshot(long id);
}
