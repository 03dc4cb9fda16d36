package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluation;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluator;
import nl.inkoopwerkbank.domain.quote.QuoteRepository;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.QuoteValidator;
import nl.inkoopwerkbank.io.QuoteFile;

/**
 * IGO quotes: create one per IGO, contract year and insurer; record rounds (validated, never
 * overwritten); mark the agreed round; evaluate a round against a policy; and carry what a round
 * shows into the IGO's checklist facts.
 */
public final class QuoteService {

    private final QuoteRepository repository;
    private final ProviderService providers;
    private final AssessmentService assessments;
    private final Settings settings;
    private final Clock clock;
    private ImportGuard guard = ImportGuard.NONE;

    /** A quote file larger than this is refused before it is read (a quote file is a few kilobytes). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    public QuoteService(QuoteRepository repository, ProviderService providers, AssessmentService assessments,
                        Settings settings, Clock clock) {
        this.repository = repository;
        this.providers = providers;
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
    }

    /** Called after a quote file has been validated and before it is stored (the automatic backup). */
    public void setImportGuard(ImportGuard guard) {
        this.guard = guard == null ? ImportGuard.NONE : guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The buyer's name from the settings (the default author of a counter-proposal). */
    public String userName() {
        return settings.userName();
    }

    /** Who a new round is attributed to by default: the IGO's contact person, or the buyer for a counter-proposal. */
    public String defaultAuthor(Quote quote, nl.inkoopwerkbank.domain.quote.RoundSide side) {
        if (side == nl.inkoopwerkbank.domain.quote.RoundSide.INSURER) {
            return settings.userName();
        }
        return providers.find(quote.igoProviderId()).map(p -> p.contactPerson() == null ? "" : p.contactPerson()).orElse("");
    }

    public List<Quote> all() {
        return repository.all();
    }

    public Optional<Quote> find(long id) {
        return repository.find(id);
    }

    public Optional<Quote> find(long providerId, int year, String insurerId) {
        return repository.find(providerId, year, insurerId);
    }

    /** The IGOs a quote can be made for. */
    public List<Provider> igos() {
        return providers.all().stream().filter(p -> p.type() == ProviderType.IGO)
                .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A new, empty quote; refused for a provider that is not an IGO, an unknown insurer or an existing quote. */
    public Quote create(long providerId, int year, String insurerId) {
        List<Violation> v = new ArrayList<>();
        Optional<Provider> p = providers.find(providerId);
        if (p.isEmpty()) {
            v.add(Violation.of("provider", "quote.error.noProvider"));
        } else if (p.get().type() != ProviderType.IGO) {
            v.add(Violation.of("provider", "quote.error.notIgo", p.get().name()));
        }
        if (providers.insurers().stream().noneMatch(i -> i.id().equals(insurerId))) {
            v.add(Violation.of("insurer", "quote.error.unknownInsurer", insurerId));
        }
        if (year < 2000 || year > 2100) {
            v.add(Violation.of("year", "quote.error.year", year));
        }
        if (v.isEmpty() && repository.find(providerId, year, insurerId).isPresent()) {
            v.add(Violation.of("year", "quote.error.exists", p.get().name(), year));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return repository.create(providerId, year, insurerId);
    }

    /**
     * Records a new round after the existing ones. The round is validated first; a refused round
     * changes nothing. The author defaults to the buyer's name.
     */
    public Quote addRound(long quoteId, QuoteRound round) {
        return addRounds(quoteId, List.of(round));
    }

    /** Several rounds at once (an imported file), all or nothing. */
    public Quote addRounds(long quoteId, List<QuoteRound> rounds) {
        if (repository.find(quoteId).isEmpty()) {
            throw new ValidationException(List.of(Violation.of("quote", "quote.error.noQuote")));
        }
        return repository.addRounds(quoteId, prepare(rounds));
    }

    /**
     * The rounds as they are stored: the author defaults to the buyer's name, the time recorded to now.
     * Throws {@link ValidationException} with every reason when a round is not valid.
     */
    private List<QuoteRound> prepare(List<QuoteRound> rounds) {
        List<QuoteRound> ready = new ArrayList<>();
        List<Violation> v = new ArrayList<>();
        for (QuoteRound r : rounds) {
            QuoteRound withAuthor = r.author().isEmpty() && !settings.userName().isBlank()
                    ? new QuoteRound(r.number(), r.side(), r.date(), r.receivedOn(), settings.userName(), r.note(),
                    r.agreed(), r.recordedAt(), r.content()) : r;
            v.addAll(QuoteValidator.validate(withAuthor));
            ready.add(new QuoteRound(withAuthor.number(), withAuthor.side(), withAuthor.date(), withAuthor.receivedOn(),
                    withAuthor.author(), withAuthor.note(), withAuthor.agreed(),
                    withAuthor.recordedAt() == null ? Instant.now(clock) : withAuthor.recordedAt(), withAuthor.content()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return ready;
    }

    public Quote setNote(long quoteId, int round, String note) {
        if (note != null && note.length() > QuoteValidator.MAX_NOTE) {
            throw new ValidationException(List.of(Violation.of("note", "quote.error.tooLong", QuoteValidator.MAX_NOTE)));
        }
        repository.setNote(quoteId, round, note);
        return repository.find(quoteId).orElseThrow();
    }

    /** Marks a round as the agreed version (0 clears the mark). */
    public Quote markAgreed(long quoteId, int round) {
        repository.markAgreed(quoteId, round);
        return repository.find(quoteId).orElseThrow();
    }

    public boolean delete(long quoteId) {
        return repository.delete(quoteId);
    }

    /**
     * The policies a quote can be checked against, best first: the insurer's policies with an IGO
     * contract, the contract year's own policy first, then the nearest earlier year.
     */
    public List<Policy> policiesFor(Quote quote) {
        return policiesFor(quote, assessments.policies());
    }

    /** As {@link #policiesFor(Quote)}, choosing from an already loaded policy library. */
    public List<Policy> policiesFor(Quote quote, List<Policy> library) {
        return library.stream()
                .filter(p -> p.insurer().id().equals(quote.insurerId()))
                .filter(p -> QuoteEvaluator.igoContract(p).isPresent())
                .sorted(Comparator.comparingInt((Policy p) -> p.year() == quote.contractYear() ? 0 : p.year() < quote.contractYear() ? 1 : 2)
                        .thenComparing(Comparator.comparingInt(Policy::year).reversed()))
                .toList();
    }

    public Optional<Policy> defaultPolicy(Quote quote) {
        return policiesFor(quote).stream().findFirst();
    }

    /** As {@link #defaultPolicy(Quote)}, choosing from an already loaded policy library. */
    public Optional<Policy> defaultPolicy(Quote quote, List<Policy> library) {
        return policiesFor(quote, library).stream().findFirst();
    }

    /** A round evaluated against a policy today, with the IGO's checklist facts as they stand. */
    public QuoteEvaluation evaluate(Quote quote, QuoteRound round, Policy policy) {
        Provider igo = providers.find(quote.igoProviderId()).orElse(null);
        ProviderProfile profile = igo == null ? new ProviderProfile(ProviderType.IGO, java.util.Set.of()) : ProviderProfile.of(igo);
        return new QuoteEvaluator(assessments.engine()).evaluate(policy, quote, round, profile,
                assessments.sheet(quote.igoProviderId()), today(), evidenceSource(quote, round));
    }

    /** Stores the facts a round shows (members, adherence, cost per birth, schoning, ...) as the IGO's checklist answers. */
    public int applyFacts(Quote quote, QuoteEvaluation evaluation) {
        List<FactAnswer> facts = evaluation.derivedFacts().stream()
                .map(a -> new FactAnswer(a.factKey(), a.insurerId(), a.value(), a.evidence(), Instant.now(clock)))
                .toList();
        assessments.answerAll(quote.igoProviderId(), facts);
        return facts.size();
    }

    // ---------------------------------------------------------------------------------------------
    // quote files

    /** What an imported quote file did: the problems (nothing stored), or the quote with the rounds added. */
    public record FileImport(List<nl.inkoopwerkbank.domain.Problem> problems, Quote quote, int roundsAdded, boolean created) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads a quote file and stores its rounds: a new quote for the IGO, year and insurer, or the rounds
     * appended after the existing ones (rounds are never replaced). Nothing is stored when the file has
     * any problem, cannot be read, or names an IGO that is not in the workbench. The quote and its rounds
     * are stored in one transaction, after the {@link ImportGuard}.
     */
    public FileImport importFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> insurers = providers.insurers().stream().map(Insurer::id).toList();
        QuoteFile.Result r;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return refused(Problem.at(name, 0, null, "import.file.too-large", MAX_FILE_BYTES / (1024 * 1024)));
            }
            r = QuoteFile.read(file, insurers);
        } catch (NoSuchFileException e) {
            return refused(Problem.at(name, 0, null, "import.file.missing", name));
        } catch (IOException e) {
            return refused(Problem.at(name, 0, null, "import.file.unreadable", name, String.valueOf(e.getMessage())));
        }
        if (!r.ok()) {
            return new FileImport(r.problems(), null, 0, false);
        }
        Quote q = r.quote();
        Optional<Provider> igo = providers.findByAgb(q.igoAgb());
        if (igo.isEmpty() || igo.get().type() != ProviderType.IGO) {
            return refused(Problem.at(r.file(), 0, "igo.agb", "quote.file.igoNotInWorkbench", q.igoAgb()));
        }
        Optional<Quote> existing = repository.find(igo.get().id(), q.contractYear(), q.insurerId());
        List<QuoteRound> ready;
        try {
            ready = prepare(q.rounds());
        } catch (ValidationException e) {
            return new FileImport(e.violations().stream()
                    .map(v -> new Problem(r.file(), 0, v.field(), v.messageKey(), v.args())).toList(), null, 0, false);
        }
        guard.beforeImport("import " + r.file());
        Quote stored = existing.isPresent() ? repository.addRounds(existing.get().id(), ready)
                : repository.createWithRounds(igo.get().id(), q.contractYear(), q.insurerId(), ready);
        return new FileImport(List.of(), stored, ready.size(), existing.isEmpty());
    }

    private static FileImport refused(Problem p) {
        return new FileImport(List.of(p), null, 0, false);
    }

    /** Writes a quote with all its rounds to a human-readable file (atomically). */
    public void exportFile(Quote quote, java.nio.file.Path file) throws java.io.IOException {
        nl.inkoopwerkbank.io.QuoteFile.write(quote, file);
    }

    // ---------------------------------------------------------------------------------------------
    // tariff sheets

    /** The sheet names of an .xlsx workbook (read on the caller's thread; the screens call it in the background). */
    public List<String> sheetNames(java.nio.file.Path file) throws nl.inkoopwerkbank.io.TariffSheetException {
        return nl.inkoopwerkbank.io.TariffSheet.sheets(file);
    }

    public nl.inkoopwerkbank.io.SheetTable readSheet(java.nio.file.Path file, String sheet)
            throws nl.inkoopwerkbank.io.TariffSheetException {
        return nl.inkoopwerkbank.io.TariffSheet.read(file, sheet, nl.inkoopwerkbank.io.TariffSheet.DEFAULT_MAX_ROWS);
    }

    private static String evidenceSource(Quote q, QuoteRound r) {
        return "Offerte " + q.contractYear() + " " + q.insurerId() + ", ronde " + r.number();
    }
}
