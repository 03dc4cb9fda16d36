package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.i18n.Messages;

/** The audit trail in words, on the sample database at 23 November 2026 14:05 in the Netherlands. */
class AuditServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    static AuditService.Change change(AuditService.Item item, String field) {
        return item.changes().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + item.changes()));
    }

    @Test
    void aProviderEditReadsAsWhenWhoWhatAndEachFieldOldAndNew() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true, CLOCK)) {
            wb.settings().setUserName("R. Haverkate");
            Provider p = wb.providers().findByAgb("08993378").orElseThrow();
            List<ProviderContract> contracts = new java.util.ArrayList<>(p.contracts());
            contracts.removeIf(c -> c.insurerId().equals("caresq"));
            wb.providers().save(new Provider(p.id(), p.agbCode(), p.name(), p.type(), p.kvkNumber(), p.street(), p.postcode(),
                    "Zwolle", p.region(), p.contactPerson(), p.email(), contracts, p.notes(), p.version()));

            List<AuditService.Item> h = wb.audit().history(AuditEntityType.PROVIDER, String.valueOf(p.id()), Messages.dutch());
            assertEquals(2, h.size(), "the sample load, then the edit");
            AuditService.Item edit = h.get(0);
            assertEquals("23 november 2026 14:05", edit.when());
            assertEquals("R. Haverkate", edit.who());
            assertEquals("Gewijzigd", edit.action());
            assertEquals(List.of(new AuditService.Change("Plaats", "Deventer", "Zwolle"),
                    new AuditService.Change("Contract Caresq", "gecontracteerd sinds 1 januari 2020", "\u2014")), edit.changes());
            assertEquals("Plaats, Contract Caresq", edit.summary());
            AuditService.Item created = h.get(1);
            assertEquals("Ge\u00efmporteerd", created.action(), "the sample register is imported");
            assertEquals("Verloskundigenpraktijk", change(created, "Type").after());
            assertEquals("AGB-code, Naam, Type en 12 meer", created.summary(), "11 fields and 4 contracts");

            AuditService.Item english = wb.audit().history(AuditEntityType.PROVIDER, String.valueOf(p.id()),
                    Messages.forLocale(Messages.ENGLISH)).get(0);
            assertEquals("23 November 2026 14:05", english.when());
            assertEquals("Changed", english.action());
            assertEquals(new AuditService.Change("Place", "Deventer", "Zwolle"), english.changes().get(0));
        }
    }

    @Test
    void answersReadAsTheChecklistAsksThemWithTheirEvidence() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), false, CLOCK)) {
            wb.settings().setUserName("R. Haverkate");
            Provider p = wb.providers().save(new Provider(null, "12345678", "Praktijk Aa", nl.inkoopwerkbank.domain.provider.ProviderType.VERLOSKUNDIGENPRAKTIJK,
                    null, null, null, "Deventer", "Midden-IJssel", null, null, List.of(), null, 0));
            wb.assessments().answer(p.id(), "vsv_member", "", FactValue.bool(true),
                    new Evidence("VSV-ledenlijst", LocalDate.of(2026, 3, 2), "J. Jansen"));
            wb.assessments().answer(p.id(), "revenue_with_insurer", "vgz", new FactValue(FactType.MONEY, new BigDecimal("125000")),
                    Evidence.NONE);
            List<AuditService.Item> h = wb.audit().history(AuditEntityType.FACTS, String.valueOf(p.id()), Messages.dutch());
            assertEquals(List.of(new AuditService.Change("Wat is de jaaromzet van de aanbieder bij deze zorgverzekeraar? (Coöperatie VGZ)",
                    "\u2014", "€ 125.000,00"), new AuditService.Change("Wat is de jaaromzet van de aanbieder bij deze "
                    + "zorgverzekeraar? (Coöperatie VGZ) \u00b7 gecontroleerd door", "\u2014", "R. Haverkate")), h.get(0).changes());
            assertEquals("R. Haverkate", h.get(0).who());
            String q = "Is de aanbieder aangesloten bij een verloskundig samenwerkingsverband (VSV)?";
            assertEquals(List.of(new AuditService.Change(q, "\u2014", "ja"),
                    new AuditService.Change(q + " \u00b7 bron", "\u2014", "VSV-ledenlijst"),
                    new AuditService.Change(q + " \u00b7 gecontroleerd op", "\u2014", "2 maart 2026"),
                    new AuditService.Change(q + " \u00b7 gecontroleerd door", "\u2014", "J. Jansen")), h.get(1).changes());
        }
    }

    @Test
    void aPolicyEditShowsOnlyThePathsItChangedNotTheWholeDocument() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), false, CLOCK)) {
            Policy copy = wb.policies().cloneToYear("caresq-2027-geboortezorg", 2028);
            String employed = copy.requirements().stream().filter(r -> r.condition() instanceof Condition.FactTest t
                    && t.fact().equals("carers_employed_pct") && t.op().code().equals("ge")).findFirst().orElseThrow().id();
            wb.policies().save(PolicyAuthoringTest.withThreshold(copy, employed, BigDecimal.valueOf(60)));

            List<AuditService.Item> h = wb.audit().history(AuditEntityType.POLICY, "caresq-2028-geboortezorg", Messages.dutch());
            assertEquals(List.of("Gewijzigd", "Aangemaakt"), h.stream().map(AuditService.Item::action).toList());
            List<AuditService.Change> changes = h.get(0).changes();
            assertTrue(changes.size() <= 2, "the threshold and the requirement's text, not the document: " + changes);
            assertTrue(changes.stream().allMatch(c -> c.field().startsWith("requirements[" + employed + "] \u203a ")), changes.toString());
            assertTrue(changes.stream().anyMatch(c -> c.before().equals("50") && c.after().equals("60")), changes.toString());
            // the bundled policies were recorded as imported on the first start
            assertEquals(AuditAction.IMPORTED, wb.audit().entries(AuditEntityType.POLICY, "caresq-2027-geboortezorg").get(0).action());

            // the first edit of a bundled file: its comments, layout and spelled-out defaults are not changes
            Policy bundled = wb.policies().find("caresq-2027-geboortezorg").orElseThrow();
            wb.policies().save(PolicyAuthoringTest.withThreshold(bundled, employed.replace("2028", "2027"), BigDecimal.valueOf(55)));
            List<AuditService.Change> first = wb.audit().history(AuditEntityType.POLICY, "caresq-2027-geboortezorg",
                    Messages.dutch()).get(0).changes();
            assertTrue(first.size() <= 2 && first.stream().allMatch(c -> c.field().startsWith("requirements[")), first.toString());
            assertTrue(first.stream().anyMatch(c -> c.before().equals("50") && c.after().equals("55")), first.toString());
        }
    }

    @Test
    void quoteChangesNameTheRoundAndTheFieldAsTheQuoteScreensDo() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true, CLOCK)) {
            Quote q = wb.quotes().all().stream().filter(x -> x.igoName().equals("IGO De Maasboog")).findFirst().orElseThrow();
            wb.quotes().setNote(q.id(), 1, "Toelichting gevraagd op de schoning");
            wb.quotes().markAgreed(q.id(), 1);
            List<AuditService.Item> h = wb.audit().history(AuditEntityType.QUOTE, String.valueOf(q.id()), Messages.dutch());
            assertEquals(new AuditService.Change("Ronde 1 \u00b7 Akkoordversie", "nee", "ja"), h.get(0).changes().get(0));
            AuditService.Change note = h.get(1).changes().get(0);
            assertEquals("Ronde 1 \u00b7 Notitie", note.field());
            assertEquals("Toelichting gevraagd op de schoning", note.after());
            AuditService.Item added = h.get(2);
            assertEquals("Ronde toegevoegd", added.action());
            assertEquals("IGO De Maasboog (98184215)", change(h.get(h.size() - 1), "IGO").after());
            assertEquals("Coöperatie VGZ", change(h.get(h.size() - 1), "Verzekeraar").after());
            assertTrue(added.changes().stream().anyMatch(c -> c.field().equals("Ronde 1 \u00b7 Deelnemer 1 \u00b7 Discipline")
                    && c.after().equals(Messages.dutch().get("quote.discipline.EERSTELIJNS_VERLOSKUNDE"))), added.changes().toString());
            assertTrue(added.changes().stream().anyMatch(c -> c.field().equals("Ronde 1 \u00b7 Van")
                    && c.after().equals(Messages.dutch().get("quote.side.IGO"))), added.changes().toString());
        }
    }
}
