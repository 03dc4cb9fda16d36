package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderQuery;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.SortKey;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.StaleEditException;

class JdbiProviderRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    JdbiProviderRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("repo"), true);
        repo = new JdbiProviderRepository(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Provider provider(String agb, String name, ProviderType type, String place, String region, ProviderContract... contracts) {
        return new Provider(null, agb, name, type, null, null, null, place, region, null, null, List.of(contracts), null, 0);
    }

    private List<String> names(ProviderQuery q) {
        return repo.search(q).stream().map(ProviderRow::name).toList();
    }

    @Test
    void savedProvidersSurviveReopeningTheFile() {
        Provider saved = repo.save(provider("12345678", "Praktijk Aa", ProviderType.VERLOSKUNDIGENPRAKTIJK, "Deventer",
                "Midden-IJssel", new ProviderContract("salland", LocalDate.of(2026, 1, 1))));
        db.close();
        db = Database.open(dir.resolve("repo"), false);
        repo = new JdbiProviderRepository(db.jdbi());
        Provider back = repo.find(saved.id()).orElseThrow();
        assertTrue(saved.sameContent(back));
        assertEquals(List.of(new ProviderContract("salland", LocalDate.of(2026, 1, 1))), back.contracts());
    }

    @Test
    void theCountWithoutAnyContractMatchesTheSearchForThem() {
        repo.save(provider("11111111", "Kraamzorg Zon", ProviderType.KRAAMZORGORGANISATIE, "Raalte", "Midden-IJssel",
                new ProviderContract("salland", null), new ProviderContract("vgz", null)));
        repo.save(provider("22222222", "Verloskunde Maan", ProviderType.VERLOSKUNDIGENPRAKTIJK, "Tilburg", "Midden-Brabant"));
        repo.save(provider("33333333", "Echo Ster", ProviderType.ECHOSCOPIEPRAKTIJK, "Deventer", "Midden-IJssel"));
        assertEquals(2, repo.countWithoutContract());
        assertEquals(repo.search(ProviderQuery.all().withContract(null, ContractStatus.NOT_CONTRACTED)).size(),
                repo.countWithoutContract());
    }

    @Test
    void searchFiltersAndSortsInTheDatabase() {
        repo.save(provider("11111111", "Kraamzorg Zon", ProviderType.KRAAMZORGORGANISATIE, "Raalte", "Midden-IJssel",
                new ProviderContract("salland", null)));
        repo.save(provider("22222222", "Verloskunde Maan", ProviderType.VERLOSKUNDIGENPRAKTIJK, "Tilburg", "Midden-Brabant",
                new ProviderContract("vgz", null)));
        repo.save(provider("33333333", "echo 100%_zeker", ProviderType.ECHOSCOPIEPRAKTIJK, "Deventer", "Midden-IJssel"));

        assertEquals(List.of("echo 100%_zeker", "Kraamzorg Zon", "Verloskunde Maan"), names(ProviderQuery.all()));
        assertEquals(List.of("Verloskunde Maan", "Kraamzorg Zon", "echo 100%_zeker"),
                names(ProviderQuery.all().withSort(SortKey.NAME, false)));
        assertEquals(List.of("Verloskunde Maan", "Kraamzorg Zon", "echo 100%_zeker"),
                names(ProviderQuery.all().withSort(SortKey.PLACE, false)));
        assertEquals(List.of("Kraamzorg Zon"), names(ProviderQuery.all().withText("ZON")));
        assertEquals(List.of("Verloskunde Maan"), names(ProviderQuery.all().withText("2222")));
        assertEquals(List.of("Kraamzorg Zon"), names(ProviderQuery.all().withText("raal")));
        assertEquals(List.of("echo 100%_zeker"), names(ProviderQuery.all().withText("100%_")), "wildcards are literal");
        assertEquals(List.of("echo 100%_zeker"), names(ProviderQuery.all().withText("%")));
        assertEquals(List.of(), names(ProviderQuery.all().withText("z_n")), "_ is not a wildcard");
        assertEquals(List.of("echo 100%_zeker", "Kraamzorg Zon"), names(ProviderQuery.all().withRegion("Midden-IJssel")));
        assertEquals(List.of("Kraamzorg Zon"), names(ProviderQuery.all().withType(ProviderType.KRAAMZORGORGANISATIE)));
        assertEquals(List.of("Kraamzorg Zon"), names(ProviderQuery.all().withContract("salland", ContractStatus.CONTRACTED)));
        assertEquals(List.of("echo 100%_zeker", "Verloskunde Maan"),
                names(ProviderQuery.all().withContract("salland", ContractStatus.NOT_CONTRACTED)));
        assertEquals(List.of("echo 100%_zeker"), names(ProviderQuery.all().withContract(null, ContractStatus.NOT_CONTRACTED)));
        assertEquals(List.of("salland"), repo.search(ProviderQuery.all().withText("Zon")).get(0).contractInsurerIds());
    }

    @Test
    void anUpdateOfAStaleVersionIsRefused() {
        Provider saved = repo.save(provider("12345678", "Praktijk", ProviderType.VSV, "Gouda", "Midden-Holland"));
        Provider first = repo.save(new Provider(saved.id(), saved.agbCode(), "Praktijk 2", saved.type(), null, null, null,
                saved.place(), saved.region(), null, null, List.of(), null, saved.version()));
        assertEquals(saved.version() + 1, first.version());
        assertThrows(StaleEditException.class, () -> repo.save(saved));
        assertEquals("Praktijk 2", repo.find(saved.id()).orElseThrow().name());
    }

    @Test
    void upsertAllIsAllOrNothing() {
        repo.save(provider("12345678", "Bestaand", ProviderType.VSV, "Gouda", "Midden-Holland"));
        List<Provider> batch = List.of(
                provider("12345678", "Bijgewerkt", ProviderType.VSV, "Gouda", "Midden-Holland"),
                provider("87654321", "Nieuw", ProviderType.IGO, "Gouda", "Midden-Holland"),
                // violates the contract foreign key: the whole batch must roll back
                provider("11223344", "Kapot", ProviderType.IGO, "Gouda", "Midden-Holland", new ProviderContract("menzis", null)));
        assertThrows(RuntimeException.class, () -> repo.upsertAll(batch));
        assertEquals(1, repo.count());
        assertEquals("Bestaand", repo.findByAgb("12345678").orElseThrow().name());

        var result = repo.upsertAll(batch.subList(0, 2));
        assertEquals(1, result.inserted());
        assertEquals(1, result.updated());
        assertEquals("Bijgewerkt", repo.findByAgb("12345678").orElseThrow().name());
    }

    @Test
    void deleteRemovesProviderAndContracts() {
        Provider saved = repo.save(provider("12345678", "Praktijk", ProviderType.VSV, "Gouda", "Midden-Holland",
                new ProviderContract("vgz", null)));
        assertTrue(repo.delete(saved.id()));
        assertFalse(repo.delete(saved.id()));
        assertEquals(0, (long) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM provider_contract").mapTo(Long.class).one()));
        assertFalse(repo.agbCodeTaken("12345678", null));
    }

    @Test
    void searchMatchesEveryTypedWordAnywhereInNameAgbCodeOrPlace() {
        repo.save(provider("01234567", "Kraamzorg De Wieg", ProviderType.KRAAMZORGORGANISATIE, "Zwolle", "Zwolle"));
        repo.save(provider("07654321", "Kraamzorg Noord", ProviderType.KRAAMZORGORGANISATIE, "Kampen", "Zwolle"));
        repo.save(provider("08888888", "Verloskunde Zwolle-Zuid", ProviderType.VERLOSKUNDIGENPRAKTIJK, "Zwolle", "Zwolle"));

        assertEquals(List.of("Kraamzorg De Wieg"), names(ProviderQuery.all().withText("kraamzorg zwolle")));
        assertEquals(List.of("Kraamzorg De Wieg"), names(ProviderQuery.all().withText("  Zwolle   KRAAM ")), "order, case and spaces do not matter");
        assertEquals(List.of("Kraamzorg De Wieg"), names(ProviderQuery.all().withText("wieg 0123")), "name word and AGB-code");
        assertEquals(List.of("Kraamzorg Noord"), names(ProviderQuery.all().withText("kamp noord")), "place word and name word");
        assertEquals(List.of("Kraamzorg De Wieg", "Verloskunde Zwolle-Zuid"), names(ProviderQuery.all().withText("zwolle")));
        assertEquals(List.of(), names(ProviderQuery.all().withText("kraamzorg tilburg")), "every word must match");
        assertEquals(List.of("Kraamzorg De Wieg", "Kraamzorg Noord", "Verloskunde Zwolle-Zuid"),
                names(ProviderQuery.all().withText("   ")), "blank text: no filter");
        assertEquals(List.of("Kraamzorg Noord"),
                names(ProviderQuery.all().withText("kraamzorg 07").withSort(SortKey.PLACE, true)));
    }

    @Test
    void theListShowsWhatIsStoredAfterEverySaveDeleteAndImport() {
        Provider zon = repo.save(provider("11111111", "Zon", ProviderType.VSV, "Gouda", "Midden-Holland"));
        assertEquals(List.of("Zon"), names(ProviderQuery.all()));
        // an edit (name, place, contracts) shows in the next search, in its new order
        repo.save(new Provider(zon.id(), zon.agbCode(), "Aarde", zon.type(), null, null, null, "Delft", "Delft",
                null, null, List.of(new ProviderContract("vgz", null)), null, zon.version()));
        repo.save(provider("22222222", "Maan", ProviderType.IGO, "Gouda", "Midden-Holland"));
        List<ProviderRow> rows = repo.search(ProviderQuery.all());
        assertEquals(List.of("Aarde", "Maan"), rows.stream().map(ProviderRow::name).toList());
        assertEquals("Delft", rows.get(0).place());
        assertEquals(List.of("vgz"), rows.get(0).contractInsurerIds());
        assertEquals(List.of("Aarde"), names(ProviderQuery.all().withText("delft")));

        repo.upsertAll(List.of(provider("22222222", "Maan en Ster", ProviderType.IGO, "Gouda", "Midden-Holland",
                        new ProviderContract("salland", null)),
                provider("33333333", "Ster", ProviderType.VSV, "Gouda", "Midden-Holland")));
        rows = repo.search(ProviderQuery.all());
        assertEquals(List.of("Aarde", "Maan en Ster", "Ster"), rows.stream().map(ProviderRow::name).toList());
        assertEquals(List.of("salland"), rows.get(1).contractInsurerIds());

        assertTrue(repo.delete(zon.id()));
        assertEquals(List.of("Maan en Ster", "Ster"), names(ProviderQuery.all()));

        // a refused import changes nothing, also not in the list
        assertThrows(RuntimeException.class, () -> repo.upsertAll(List.of(
                provider("44444444", "Kapot", ProviderType.IGO, "Gouda", "Midden-Holland", new ProviderContract("menzis", null)))));
        assertEquals(List.of("Maan en Ster", "Ster"), names(ProviderQuery.all()));
    }
}
