package nl.inkoopwerkbank.domain.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Where providers are kept. Implemented by the store; the domain and services only see this interface. */
public interface ProviderRepository {

    /** The list rows the query finds, filtered and sorted by the store (see {@link ProviderQuery}). */
    List<ProviderRow> search(ProviderQuery query);

    Optional<Provider> find(long id);

    Optional<Provider> findByAgb(String agbCode);

    List<Provider> findAll();

    /** Inserts (id null) or updates (id set, version must match); returns the stored provider. */
    Provider save(Provider provider);

    /** Deletes; returns false when it no longer existed. */
    boolean delete(long id);

    /** Inserts or updates (by AGB-code) every provider in one transaction: all or nothing. */
    ImportResult upsertAll(List<Provider> providers);

    /**
     * As {@link #upsertAll(List)}, telling {@code stored} how many providers are stored so far. When
     * {@code cancelled} answers true (it is asked between parts of the work) or {@code stored} throws, the
     * transaction is rolled back, nothing has changed, and a
     * {@link java.util.concurrent.CancellationException} (or what {@code stored} threw) is thrown.
     */
    ImportResult upsertAll(List<Provider> providers, IntConsumer stored, BooleanSupplier cancelled);

    boolean agbCodeTaken(String agbCode, Long exceptId);

    long count();

    /** Number of providers without a contract with any insurer. */
    long countWithoutContract();

    List<String> regions();

    List<Insurer> insurers();

    /** Number of providers per type. */
    Map<ProviderType, Long> countByType();

    /** Number of providers contracted per insurer and type. */
    Map<String, Map<ProviderType, Long>> contractedByInsurerAndType();

    record ImportResult(int inserted, int updated) {
    }
}
