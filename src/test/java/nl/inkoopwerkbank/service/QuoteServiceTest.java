package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluation;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/** Quotes and their rounds against a real H2 file: stored exactly, never overwritten, refused input changes nothing. */
class QuoteServiceTest {

    @TempDir
    Path dir;

    static Provider igo(Workbench wb, String agb) {
        return wb.providers().findByAgb(agb).orElseThrow();
    }

    static QuoteContent content(String indexation, int joined) {
        return QuoteContent.builder()
                .participant(new Participant("Verloskundigenpraktijk De Linde", "01234567", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .participant(new Participant("Verloskundigenpraktijk Het Anker", "", Discipline.EERSTELIJNS_VERLOSKUNDE))
                .participant(new Participant("Ziekenhuis Schipbeek", "06650560", Discipline.ZIEKENHUIS))
                .participant(new Participant("Kraamzorg De Wieg", "", Discipline.KRAAMZORG))
                .adherence(joined, 8).legalForm(LegalForm.COOPERATIE).kvkNumber("51685344").mandatesInWriting(true)
                .boardMember(new BoardMember("J. Jansen", BoardDiscipline.VERLOSKUNDE))
                .financingRequest(new BigDecimal("1234567.89")).totalVolume(new BigDecimal("1150"))
                .marketSharePct(new BigDecimal("38.25")).insuredInCare16Weeks(410)
                .tariffLine(new TariffLine("IGO-PRE-01", "Prenatale zorg", new BigDecimal("412.35"), new BigDecimal(indexation), new BigDecimal("1150")))
                .tariffLine(new TariffLine("IGO-PAR-01", "Partus", new BigDecimal("0.1"), new BigDecimal("0"), new BigDecimal("12.5")))
                .qualityGoal("Minder perinatale sterfte").accounts(new AnnualAccounts(2025, true, true))
                .monoClaims(MonoClaims.VIA_IGO).monoClaimsNote("Alles via de IGO")
                .schoning(new Schoning("Ziekenhuis Schipbeek", new BigDecimal("250000"), "Vast bedrag", SchoningStatus.IN_NEGOTIATION, "brief.pdf"))
                .monoReference(new MonoReference(null, List.of(new ReferenceLine("MONO-1", "Verloskunde", new BigDecimal("1000.5"), new BigDecimal("0.75")))))
                .confirm("vgz-gz.q.offerte-toelichting")
                .build();
    }

    static QuoteRound round(RoundSide side, LocalDate date, LocalDate received, QuoteContent c) {
        return new QuoteRound(0, side, date, received, "R. Haverkate", "", false, null, c);
    }

    @Test
    void roundsAreStoredExactlyNumberedAndSurviveAReopen() {
        long quoteId;
        QuoteContent first = content("3.455", 6);
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            Quote q = wb.quotes().create(igo(wb, "98463114").id(), 2028, "vgz");
            quoteId = q.id();
            wb.quotes().addRound(quoteId, round(RoundSide.IGO, LocalDate.of(2027, 9, 10), LocalDate.of(2027, 9, 12), first));
            wb.quotes().addRound(quoteId, round(RoundSide.INSURER, LocalDate.of(2027, 10, 8), null, content("2.5", 6)));
            Quote third = wb.quotes().addRound(quoteId, round(RoundSide.IGO, LocalDate.of(2027, 10, 22), null, content("3.0", 7)).withAgreed(true));
            assertEquals(List.of(1, 2, 3), third.rounds().stream().map(QuoteRound::number).toList());
            assertEquals(3, third.agreed().orElseThrow().number());
        }
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            Quote q = wb.quotes().find(quoteId).orElseThrow();
            assertEquals("IGO De Zevensprong", q.igoName());
            assertEquals("98463114", q.igoAgb());
            QuoteRound r1 = q.round(1).orElseThrow();
            assertEquals(RoundSide.IGO, r1.side());
            assertEquals(LocalDate.of(2027, 9, 12), r1.receivedOn());
            assertEquals(first, r1.content(), "every field and list comes back as it was stored");
            assertEquals(new BigDecimal("0.1"), r1.content().tariffLines().get(1).tariff(), "0.1 stays 0.1");
            assertEquals(new BigDecimal("1234567.89"), r1.content().financingRequest());
            assertTrue(r1.recordedAt() != null);
            assertEquals(new BigDecimal("2.5"), q.round(2).orElseThrow().content().tariffLines().get(0).indexationPct());

            // the agreed mark moves, notes can be written, the figures of a round never change
            Quote moved = wb.quotes().markAgreed(quoteId, 2);
            assertEquals(2, moved.agreed().orElseThrow().number());
            assertFalse(moved.round(3).orElseThrow().agreed());
            Quote noted = wb.quotes().setNote(quoteId, 1, "Indexatie te hoog, tegenvoorstel 2,5%");
            assertEquals("Indexatie te hoog, tegenvoorstel 2,5%", noted.round(1).orElseThrow().note());
            assertEquals(first, noted.round(1).orElseThrow().content());
            assertEquals(0, wb.quotes().markAgreed(quoteId, 0).agreed().map(QuoteRound::number).orElse(0));
        }
    }

    @Test
    void aRefusedRoundOrBatchChangesNothing() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            long id = wb.quotes().create(igo(wb, "98463114").id(), 2028, "salland").id();
            QuoteContent bad = content("3.4", 6).toBuilder()
                    .tariffLine(new TariffLine("X", "", new BigDecimal("10"), new BigDecimal("1"), new BigDecimal("-1"))).build();
            var svc = wb.quotes();
            ValidationException e = assertThrows(ValidationException.class,
                    () -> svc.addRound(id, round(RoundSide.IGO, LocalDate.of(2027, 9, 1), null, bad)));
            assertEquals("tariffLines[3].volume", e.violations().get(0).field());
            assertEquals("quote.error.negative", e.violations().get(0).messageKey());
            // a batch with one bad round stores none of them
            assertThrows(ValidationException.class, () -> svc.addRounds(id, List.of(
                    round(RoundSide.IGO, LocalDate.of(2027, 9, 1), null, content("3.4", 6)),
                    round(RoundSide.INSURER, LocalDate.of(2027, 9, 20), LocalDate.of(2027, 9, 21), content("3.4", 6)))));
            assertTrue(svc.find(id).orElseThrow().rounds().isEmpty());
        }
    }

    @Test
    void sampleQuotesLoadAndAQuoteFileRoundTripsAppendingRounds() throws Exception {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            List<Quote> all = wb.quotes().all();
            assertEquals(4, all.size(), "the four fictional sample quotes (De Zevensprong's 2026 agreement among them)");
            Quote lastYear = all.stream().filter(q -> q.igoAgb().equals("98463114") && q.contractYear() == 2026)
                    .findFirst().orElseThrow();
            assertEquals(1, lastYear.agreed().orElseThrow().number(), "last year's single round is the agreement");
            Quote zeven = all.stream().filter(q -> q.igoAgb().equals("98463114") && q.contractYear() == 2027)
                    .findFirst().orElseThrow();
            assertEquals(3, zeven.rounds().size());
            assertEquals(3, zeven.agreed().orElseThrow().number());

            Path file = dir.resolve("zevensprong.yaml");
            wb.quotes().exportFile(zeven, file);
            QuoteService.FileImport again = wb.quotes().importFile(file);
            assertTrue(again.ok());
            assertFalse(again.created(), "the quote exists: its rounds are appended, never replaced");
            Quote after = wb.quotes().find(zeven.id()).orElseThrow();
            assertEquals(6, after.rounds().size());
            assertEquals(zeven.round(1).orElseThrow().content(), after.round(4).orElseThrow().content());
            assertEquals(6, after.agreed().orElseThrow().number(), "one agreed round: the last imported");

            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("98463114", "12345678"));
            QuoteService.FileImport unknown = wb.quotes().importFile(file);
            assertFalse(unknown.ok());
            assertEquals("quote.file.igoNotInWorkbench", unknown.problems().get(0).messageKey());
            assertEquals(4, wb.quotes().all().size(), "nothing stored");
        }
    }

    @Test
    void onlyIgosGetQuotesAndOnlyOnePerYearAndInsurer() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            Provider practice = wb.providers().all().stream().filter(p -> p.type() == ProviderType.VERLOSKUNDIGENPRAKTIJK).findFirst().orElseThrow();
            var svc = wb.quotes();
            ValidationException notIgo = assertThrows(ValidationException.class, () -> svc.create(practice.id(), 2028, "vgz"));
            assertEquals("quote.error.notIgo", notIgo.violations().get(0).messageKey());
            long igo = igo(wb, "98353480").id();
            svc.create(igo, 2028, "vgz");
            ValidationException twice = assertThrows(ValidationException.class, () -> svc.create(igo, 2028, "vgz"));
            assertEquals("quote.error.exists", twice.violations().get(0).messageKey());
            ValidationException insurer = assertThrows(ValidationException.class, () -> svc.create(igo, 2028, "acme"));
            assertEquals("quote.error.unknownInsurer", insurer.violations().get(0).messageKey());
        }
    }

    @Test
    void evaluationUsesThePolicyAndItsFactsCanBeCarriedIntoTheChecklist() {
        try (Workbench wb = Workbench.open(dir.resolve("db"), true)) {
            Provider igo = igo(wb, "98353480");
            Quote q = wb.quotes().create(igo.id(), 2028, "vgz");
            q = wb.quotes().addRound(q.id(), round(RoundSide.IGO, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 29), content("3.4", 5)));
            Policy vgz = wb.quotes().defaultPolicy(q).orElseThrow();
            assertEquals("vgz-2027-geboortezorg", vgz.id(), "no 2028 policy yet: the nearest earlier year");
            QuoteEvaluation e = wb.quotes().evaluate(q, q.latest().orElseThrow(), vgz);
            var adherence = e.rules().stream().filter(r -> r.id().equals("vgz-gz.igo.adherentie-75")).findFirst().orElseThrow();
            assertEquals(Status.NOT_MET, adherence.status(), "5 of 8 practices is below 75%");

            int stored = wb.quotes().applyFacts(q, e);
            assertTrue(stored >= 10);
            var sheet = wb.assessments().sheet(igo.id());
            assertEquals(new BigDecimal("5"), sheet.value("adherentie_practices_joined", "vgz").orElseThrow().asNumber());
            assertEquals(Boolean.FALSE, sheet.value("schoning_agreement_with_hospital", "vgz").orElseThrow().asBoolean());
            assertTrue(sheet.answer("adherentie_practices_joined", "").orElseThrow().evidence().source().contains("ronde 1"));
            assertEquals(Set.of("EERSTELIJNS_VERLOSKUNDE", "ZIEKENHUIS", "KRAAMZORG"),
                    Set.copyOf(sheet.value("igo_disciplines", "").orElseThrow().asList()));
        }
    }
}
