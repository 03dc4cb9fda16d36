package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.audit.AuditEntry;
import nl.inkoopwerkbank.domain.audit.FieldChange;
import nl.inkoopwerkbank.domain.policy.PolicyRepository.Stored;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderRepository.ImportResult;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.StaleEditException;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * Every write path records who, when, what, before and after in the same transaction as the change,
 * against a real H2 file: a failing audit insert undoes the change, a refused change records nothing.
 */
class AuditTrailTest {

    static final Instant NOW = Instant.parse("2026-11-23T13:05:00Z");

    @TempDir
    Path dir;
    Database db;
    final AtomicReference<String> who = new AtomicReference<>("Inkoper Jansen");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    JdbiProviderRepository providers;
    JdbiFactRepository facts;
    JdbiPolicyRepository policies;
    JdbiQuoteRepository quotes;
    JdbiAuditLog log;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("audit"), true);
        providers = new JdbiProviderRepository(db.jdbi(), who::get, clock);
        facts = new JdbiFactRepository(db.jdbi(), who::get, clock);
        policies = new JdbiPolicyRepository(db.jdbi(), who::get, clock);
        quotes = new JdbiQuoteRepository(db.jdbi(), who::get, clock);
        log = new JdbiAuditLog(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Provider provider(String agb, String name, String place, ProviderContract... contracts) {
        return new Provider(null, agb, name, ProviderType.VERLOSKUNDIGENPRAKTIJK, null, null, null, place, "Midden-IJssel",
                null, null, List.of(contracts), null, 0);
    }

    static Provider moved(Provider p, String place) {
        return new Provider(p.id(), p.agbCode(), p.name(), p.type(), p.kvkNumber(), p.street(), p.postcode(), place,
                p.region(), p.contactPerson(), p.email(), p.contracts(), p.notes(), p.version());
    }

    long entries() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
    }

    /** Makes every audit insert for this kind of record fail, as a full disk or a broken table would. */
    void refuseAuditOf(AuditEntityType type) {
        db.jdbi().useHandle(h -> h.execute("ALTER TABLE audit_entry ADD CONSTRAINT test_refuse CHECK (entity_type <> '"
                + type.name() + "') NOCHECK"));
    }

    // ---------------------------------------------------------------------------------------------
    // providers

    @Test
    void aNewProviderIsRecordedAsCreatedWithWhoWhenAndEveryField() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer", new ProviderContract("salland", LocalDate.of(2026, 1, 1))));
        List<AuditEntry> history = log.history(AuditEntityType.PROVIDER, String.valueOf(p.id()));
        assertEquals(1, history.size());
        AuditEntry e = history.get(0);
        assertEquals(AuditAction.CREATED, e.action());
        assertEquals("Inkoper Jansen", e.actor());
        assertEquals(NOW, e.at());
        assertEquals("Praktijk Aa (12345678)", e.entityLabel());
        assertNull(e.before());
        assertEquals("Deventer", e.after().get("place"));
        assertEquals("2026-01-01", e.after().get("contract.salland"));
    }

    @Test
    void anEditRecordsTheStateBeforeAndAfterAndTheHistoryIsNewestFirst() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        who.set("Inkoper Pietersen");
        Provider edited = providers.save(new Provider(p.id(), p.agbCode(), "Praktijk Aa & Bb", p.type(), null, null, null,
                "Zwolle", p.region(), null, "info@aa.nl", List.of(new ProviderContract("vgz", null)), null, p.version()));
        List<AuditEntry> history = log.history(AuditEntityType.PROVIDER, String.valueOf(p.id()));
        assertEquals(List.of(AuditAction.CHANGED, AuditAction.CREATED), history.stream().map(AuditEntry::action).toList());
        AuditEntry e = history.get(0);
        assertEquals("Inkoper Pietersen", e.actor());
        assertEquals(List.of(new FieldChange("name", "Praktijk Aa", "Praktijk Aa & Bb"),
                new FieldChange("place", "Deventer", "Zwolle"), new FieldChange("email", null, "info@aa.nl"),
                new FieldChange("contract.vgz", null, "true")), e.changes());
        assertEquals(1, edited.version());
    }

    @Test
    void savingWithoutAChangeRecordsNothing() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        providers.save(new Provider(p.id(), p.agbCode(), p.name(), p.type(), "", "", "", p.place(), p.region(), "", "",
                p.contracts(), "", p.version()));
        assertEquals(1, entries());
    }

    @Test
    void aStaleEditIsRefusedAndRecordsNothing() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        providers.save(moved(p, "Zwolle"));
        long before = entries();
        assertThrows(StaleEditException.class, () -> providers.save(moved(p, "Raalte")));
        assertEquals(before, entries());
        assertEquals("Zwolle", providers.find(p.id()).orElseThrow().place());
    }

    @Test
    void aFailingAuditInsertUndoesTheProviderChange() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        refuseAuditOf(AuditEntityType.PROVIDER);
        assertThrows(RuntimeException.class, () -> providers.save(moved(p, "Zwolle")));
        assertEquals("Deventer", providers.find(p.id()).orElseThrow().place());
        assertEquals(0, providers.find(p.id()).orElseThrow().version());
        assertThrows(RuntimeException.class, () -> providers.save(provider("22222222", "Praktijk Bb", "Raalte")));
        assertTrue(providers.findByAgb("22222222").isEmpty());
        assertThrows(RuntimeException.class, () -> providers.delete(p.id()));
        assertTrue(providers.find(p.id()).isPresent());
        assertThrows(RuntimeException.class, () -> providers.upsertAll(List.of(provider("33333333", "Praktijk Cc", "Olst"),
                moved(provider("12345678", "Praktijk Aa", "Deventer"), "Wijhe"))));
        assertTrue(providers.findByAgb("33333333").isEmpty());
        assertEquals("Deventer", providers.find(p.id()).orElseThrow().place());
    }

    @Test
    void aDeleteKeepsTheProviderItsAnswersAndItsQuotesInTheTrail() {
        Provider p = providers.save(provider("12345678", "IGO Aa", "Deventer"));
        facts.save(p.id(), new FactAnswer("vsv_member", "", FactValue.bool(true), Evidence.NONE, NOW));
        Quote q = quotes.create(p.id(), 2027, "vgz");
        quotes.addRounds(q.id(), List.of(round("eerste bod")));
        assertTrue(providers.delete(p.id()));

        AuditEntry gone = log.history(AuditEntityType.PROVIDER, String.valueOf(p.id())).get(0);
        assertEquals(AuditAction.DELETED, gone.action());
        assertNull(gone.after());
        assertEquals("Deventer", gone.before().get("place"));
        AuditEntry answers = log.history(AuditEntityType.FACTS, String.valueOf(p.id())).get(0);
        assertEquals(AuditAction.DELETED, answers.action());
        assertEquals(Map.of("vsv_member", "true"), answers.before());
        AuditEntry quote = log.history(AuditEntityType.QUOTE, String.valueOf(q.id())).get(0);
        assertEquals(AuditAction.DELETED, quote.action());
        assertEquals("eerste bod", quote.before().get("round.1.note"));
        assertEquals("2850", quote.before().get("round.1.tariffLines[1].tariff"));

        long before = entries();
        assertFalse(providers.delete(p.id()), "already gone");
        assertEquals(before, entries());
    }

    @Test
    void anImportRecordsOneEntryPerProviderItChanged() {
        Provider kept = providers.save(provider("11111111", "Praktijk Aa", "Deventer"));
        Provider changed = providers.save(provider("22222222", "Praktijk Bb", "Raalte"));
        who.set("Importeur");
        ImportResult r = providers.upsertAll(List.of(provider("11111111", "Praktijk Aa", "Deventer"),
                provider("22222222", "Praktijk Bb", "Olst"), provider("33333333", "Praktijk Cc", "Wijhe")));
        assertEquals(new ImportResult(1, 2), r);

        assertEquals(1, log.history(AuditEntityType.PROVIDER, String.valueOf(kept.id())).size(), "unchanged: nothing new");
        AuditEntry update = log.history(AuditEntityType.PROVIDER, String.valueOf(changed.id())).get(0);
        assertEquals(AuditAction.IMPORTED, update.action());
        assertEquals("Importeur", update.actor());
        assertEquals(List.of(new FieldChange("place", "Raalte", "Olst")), update.changes());
        long newId = providers.findByAgb("33333333").orElseThrow().id();
        AuditEntry created = log.history(AuditEntityType.PROVIDER, String.valueOf(newId)).get(0);
        assertEquals(AuditAction.IMPORTED, created.action());
        assertNull(created.before());
        assertEquals("Wijhe", created.after().get("place"));
    }

    @Test
    void aLargeImportIsRecordedInFullAndRolledBackInFull() {
        List<Provider> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(provider(String.valueOf(40000000 + i), "Praktijk " + i, "Plaats " + i));
        }
        providers.upsertAll(many);
        assertEquals(2500, entries());
        List<Provider> again = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            again.add(provider(String.valueOf(40000000 + i), "Praktijk " + i, i % 2 == 0 ? "Elders" : "Plaats " + i));
        }
        providers.upsertAll(again);
        assertEquals(2500 + 1250, entries(), "only the providers whose fields changed");
        long id = providers.findByAgb("40000002").orElseThrow().id();
        assertEquals(List.of(new FieldChange("place", "Plaats 2", "Elders")),
                log.history(AuditEntityType.PROVIDER, String.valueOf(id)).get(0).changes());
        assertEquals(2500 + 1250, log.recent(10_000).size());
        assertEquals(3, log.recent(3).size());
    }

    @Test
    void whoIsTheOperatingSystemUserWhenNoNameIsSetAndALongNameIsCut() {
        who.set("   ");
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        assertEquals(System.getProperty("user.name"), log.history(AuditEntityType.PROVIDER, String.valueOf(p.id())).get(0).actor());
        who.set("x".repeat(300));
        providers.save(moved(p, "Zwolle"));
        assertEquals("x".repeat(AuditWriter.MAX_ACTOR), log.history(AuditEntityType.PROVIDER, String.valueOf(p.id())).get(0).actor());
        JdbiProviderRepository plain = new JdbiProviderRepository(db.jdbi());
        Provider q = plain.save(provider("22222222", "Praktijk Bb", "Raalte"));
        assertEquals(System.getProperty("user.name"), log.history(AuditEntityType.PROVIDER, String.valueOf(q.id())).get(0).actor());
    }

    // ---------------------------------------------------------------------------------------------
    // checklist answers

    @Test
    void everyAnswerChangeIsRecordedWithItsEvidence() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        facts.save(p.id(), new FactAnswer("vsv_member", "", FactValue.bool(true), Evidence.NONE, NOW));
        facts.save(p.id(), new FactAnswer("fte_midwives", "", FactValue.number("4.5"),
                new Evidence("jaarverslag", LocalDate.of(2026, 3, 2), "J. Jansen"), NOW));
        facts.save(p.id(), new FactAnswer("fte_midwives", "", FactValue.number("5"),
                new Evidence("jaarverslag", LocalDate.of(2026, 3, 2), "J. Jansen"), NOW));
        facts.saveAll(p.id(), List.of(FactAnswer.of("vsv_member", FactValue.bool(false)),
                FactAnswer.of("revenue_with_insurer", "vgz", FactValue.number("125000"))));
        assertTrue(facts.delete(p.id(), "fte_midwives", ""));

        List<AuditEntry> h = log.history(AuditEntityType.FACTS, String.valueOf(p.id()));
        assertEquals(5, h.size());
        assertTrue(h.stream().allMatch(e -> e.action() == AuditAction.CHANGED && e.entityLabel().equals("Praktijk Aa (12345678)")));
        assertEquals(List.of(new FieldChange("fte_midwives", "5", null), new FieldChange("fte_midwives/source", "jaarverslag", null),
                new FieldChange("fte_midwives/checkedOn", "2026-03-02", null), new FieldChange("fte_midwives/checkedBy", "J. Jansen", null)),
                h.get(0).changes());
        assertEquals(List.of(new FieldChange("revenue_with_insurer@vgz", null, "125000"), new FieldChange("vsv_member", "true", "false")),
                h.get(1).changes());
        assertEquals(List.of(new FieldChange("fte_midwives", "4.5", "5")), h.get(2).changes());
        assertEquals(Map.of("vsv_member", "true"), h.get(4).after(), "only the answers the change touched");
    }

    @Test
    void aFailingAuditInsertUndoesTheAnswer() {
        Provider p = providers.save(provider("12345678", "Praktijk Aa", "Deventer"));
        facts.save(p.id(), FactAnswer.of("vsv_member", FactValue.bool(true)));
        refuseAuditOf(AuditEntityType.FACTS);
        assertThrows(RuntimeException.class, () -> facts.save(p.id(), FactAnswer.of("vsv_member", FactValue.bool(false))));
        assertThrows(RuntimeException.class, () -> facts.saveAll(p.id(), List.of(FactAnswer.of("vsv_member", FactValue.bool(false)))));
        assertThrows(RuntimeException.class, () -> facts.delete(p.id(), "vsv_member", ""));
        assertEquals(List.of(FactAnswer.of("vsv_member", FactValue.bool(true)).value()),
                db.jdbi().withHandle(h -> JdbiFactRepository.answers(h, p.id())).stream().map(FactAnswer::value).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // policies

    static Stored policy(String title, String document) {
        return new Stored("salland-2030-test", "salland", 2030, "geboortezorg", title, document, "test.yaml");
    }

    @Test
    void policiesAreRecordedWhenStoredReplacedLoadedAndDeleted() {
        policies.save(policy("Beleid 2030", "title: Beleid 2030\nyear: 2030\n"));
        policies.save(policy("Beleid 2030 (herzien)", "title: Beleid 2030 (herzien)\nyear: 2030\n"));
        policies.saveAll("facts: []", List.of(policy("Beleid 2030 (herzien)", "title: Beleid 2030 (herzien)\nyear: 2030\n"),
                new Stored("vgz-2030-test", "vgz", 2030, "geboortezorg", "VGZ 2030", "title: VGZ 2030\n", "vgz.yaml")));
        assertTrue(policies.delete("salland-2030-test"));

        List<AuditEntry> h = log.history(AuditEntityType.POLICY, "salland-2030-test");
        assertEquals(List.of(AuditAction.DELETED, AuditAction.CHANGED, AuditAction.CREATED), h.stream().map(AuditEntry::action).toList(),
                "the unchanged policy in the load records nothing");
        assertEquals(new FieldChange("title", "Beleid 2030", "Beleid 2030 (herzien)"), h.get(1).changes().get(0));
        assertEquals("title: Beleid 2030 (herzien)\nyear: 2030\n", h.get(0).before().get("document"));
        AuditEntry loaded = log.history(AuditEntityType.POLICY, "vgz-2030-test").get(0);
        assertEquals(AuditAction.IMPORTED, loaded.action());
        assertEquals("VGZ 2030 (vgz-2030-test)", loaded.entityLabel());
    }

    @Test
    void aFailingAuditInsertUndoesThePolicyChange() {
        policies.save(policy("Beleid 2030", "title: Beleid 2030\n"));
        refuseAuditOf(AuditEntityType.POLICY);
        assertThrows(RuntimeException.class, () -> policies.save(policy("Anders", "title: Anders\n")));
        assertThrows(RuntimeException.class, () -> policies.saveAll("facts: [changed]", List.of(policy("Anders", "title: Anders\n"))));
        assertThrows(RuntimeException.class, () -> policies.delete("salland-2030-test"));
        assertEquals("Beleid 2030", policies.find("salland-2030-test").orElseThrow().title());
        assertTrue(policies.factCatalog().isEmpty(), "the catalogue of the failed load is rolled back too");
    }

    // ---------------------------------------------------------------------------------------------
    // quotes

    static QuoteRound round(String note) {
        return new QuoteRound(0, RoundSide.IGO, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), "IGO", note, false, NOW,
                QuoteContent.builder().financingRequest(new BigDecimal("1250000"))
                        .tariffLine(new TariffLine("IGO-01", "Zwangerschap", new BigDecimal("2850"), new BigDecimal("2.5"),
                                new BigDecimal("400"))).build());
    }

    @Test
    void quotesAreRecordedFromCreationThroughRoundsNotesAndAgreementToDeletion() {
        Provider igo = providers.save(provider("98848251", "IGO Bossche Broek", "Den Bosch"));
        Quote q = quotes.create(igo.id(), 2027, "vgz");
        quotes.addRounds(q.id(), List.of(round("eerste bod")));
        quotes.addRounds(q.id(), List.of(new QuoteRound(0, RoundSide.INSURER, LocalDate.of(2026, 10, 1), null, "Inkoper",
                "tegenvoorstel", false, NOW, QuoteContent.EMPTY)));
        quotes.setNote(q.id(), 1, "eerste bod, toegelicht");
        quotes.markAgreed(q.id(), 2);
        assertTrue(quotes.delete(q.id()));

        List<AuditEntry> h = log.history(AuditEntityType.QUOTE, String.valueOf(q.id()));
        assertEquals(List.of(AuditAction.DELETED, AuditAction.CHANGED, AuditAction.CHANGED, AuditAction.ROUND_ADDED,
                AuditAction.ROUND_ADDED, AuditAction.CREATED), h.stream().map(AuditEntry::action).toList());
        assertEquals("IGO Bossche Broek 2027 (vgz)", h.get(5).entityLabel());
        assertEquals("2027", h.get(5).after().get("contractYear"));
        assertEquals(List.of(new FieldChange("round.2.agreed", "false", "true")), h.get(1).changes());
        assertEquals(List.of(new FieldChange("round.1.note", "eerste bod", "eerste bod, toegelicht")), h.get(2).changes());
        assertTrue(h.get(3).changes().stream().allMatch(c -> c.field().startsWith("round.2.") && c.before() == null));
        assertEquals("1250000", h.get(4).after().get("round.1.financingRequest"));
        assertEquals("eerste bod, toegelicht", h.get(0).before().get("round.1.note"));
    }

    @Test
    void aRefusedOrFailingQuoteChangeRecordsNothingAndChangesNothing() {
        Provider igo = providers.save(provider("98848251", "IGO Bossche Broek", "Den Bosch"));
        Quote q = quotes.create(igo.id(), 2027, "vgz");
        quotes.addRounds(q.id(), List.of(round("eerste bod")));
        long before = entries();
        assertThrows(IllegalArgumentException.class, () -> quotes.setNote(q.id(), 7, "geen ronde 7"));
        assertEquals(before, entries());
        refuseAuditOf(AuditEntityType.QUOTE);
        assertThrows(RuntimeException.class, () -> quotes.addRounds(q.id(), List.of(round("tweede"))));
        assertThrows(RuntimeException.class, () -> quotes.setNote(q.id(), 1, "anders"));
        assertThrows(RuntimeException.class, () -> quotes.markAgreed(q.id(), 1));
        assertThrows(RuntimeException.class, () -> quotes.delete(q.id()));
        assertThrows(RuntimeException.class, () -> quotes.create(igo.id(), 2028, "vgz"));
        Quote stored = quotes.find(q.id()).orElseThrow();
        assertEquals(1, stored.rounds().size());
        assertEquals("eerste bod", stored.rounds().get(0).note());
        assertFalse(stored.rounds().get(0).agreed());
        assertTrue(quotes.find(igo.id(), 2028, "vgz").isEmpty());
    }
}
