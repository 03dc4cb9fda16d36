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
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.BiConsumer;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.assessment.AssessmentSnapshot;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactInput;
import nl.inkoopwerkbank.domain.assessment.FactRepository;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.SnapshotComparison;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.io.ProviderFactsYaml;

/**
 * What the checklist screens and the command line do with provider facts and assessments: answer a
 * question (validated, stored at once), assess a provider against one contract, every insurer (the
 * matrix) or a whole portfolio, and keep dated snapshots.
 */
public final class AssessmentService {

    private final FactRepository repository;
    private final PolicyService policies;
    private final ProviderService providers;
    private final Settings settings;
    private final Clock clock;
    private ImportGuard guard = ImportGuard.NONE;

    public AssessmentService(FactRepository repository, PolicyService policies, ProviderService providers,
                             Settings settings, Clock clock) {
        this.repository = repository;
        this.policies = policies;
        this.providers = providers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Called after a facts file has been validated and before its answers are stored (the automatic backup). */
    public void setImportGuard(ImportGuard guard) {
        this.guard = guard == null ? ImportGuard.NONE : guard;
    }

    public FactCatalog catalog() {
        return policies.facts();
    }

    public EligibilityEngine engine() {
        return new EligibilityEngine(catalog());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Policy> policies() {
        return policies.all();
    }

    public Optional<Policy> policy(String id) {
        return policies.find(id);
    }

    public FactSheet sheet(long providerId) {
        return repository.sheet(providerId, catalog());
    }

    /**
     * Stores an answer at once. The value is checked against its fact first (type, range, choices);
     * a refused value changes nothing. The evidence's "checked by" defaults to the buyer's name.
     */
    public FactAnswer answer(long providerId, String factKey, String insurerId, FactValue value, Evidence evidence) {
        FactDefinition def = catalog().find(factKey)
                .orElseThrow(() -> new ValidationException(List.of(Violation.of(factKey, "fact.error.unknown", factKey))));
        Optional<Violation> v = FactInput.check(def, value);
        if (v.isPresent()) {
            throw new ValidationException(List.of(v.get()));
        }
        String scope = def.insurerScoped() ? (insurerId == null ? "" : insurerId) : "";
        if (def.insurerScoped() && scope.isEmpty()) {
            throw new ValidationException(List.of(Violation.of(factKey, "fact.error.insurerNeeded")));
        }
        Evidence e = evidence == null ? Evidence.NONE : evidence;
        if (e.checkedBy().isEmpty() && !settings.userName().isBlank()) {
            e = new Evidence(e.source(), e.checkedOn(), settings.userName());
        }
        FactAnswer a = new FactAnswer(factKey, scope, value, e, Instant.now(clock));
        repository.save(providerId, a);
        return a;
    }

    /** Makes a fact unknown again. */
    public boolean clear(long providerId, String factKey, String insurerId) {
        return repository.delete(providerId, factKey, insurerId);
    }

    /** Stores several answers at once, all or nothing (e.g. from a facts file). */
    public void answerAll(long providerId, List<FactAnswer> answers) {
        check(answers);
        repository.saveAll(providerId, answers);
    }

    /** Every answer checked against its fact; throws {@link ValidationException} with every reason. */
    private void check(List<FactAnswer> answers) {
        List<Violation> problems = new ArrayList<>();
        for (FactAnswer a : answers) {
            Optional<FactDefinition> def = catalog().find(a.factKey());
            if (def.isEmpty()) {
                problems.add(Violation.of(a.factKey(), "fact.error.unknown", a.factKey()));
            } else if (def.get().insurerScoped() == a.insurerId().isEmpty()) {
                problems.add(Violation.of(a.factKey(), def.get().insurerScoped() ? "fact.error.insurerNeeded"
                        : "fact.error.notPerInsurer"));
            } else {
                FactInput.check(def.get(), a.value()).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** A facts file larger than this is refused before it is read (a facts file is a few kilobytes). */
    public static final long MAX_FACTS_FILE_BYTES = 10L * 1024 * 1024;

    /**
     * Reads a facts file (YAML or JSON) against the catalogue and the known insurers without storing it.
     * A file that does not exist, cannot be read or is too large is a problem, like any other.
     */
    public ProviderFactsYaml.Result readFacts(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> insurers = providers.insurers().stream().map(Insurer::id).toList();
        try {
            if (Files.size(file) > MAX_FACTS_FILE_BYTES) {
                return unreadable(name, Problem.at(name, 0, null, "import.file.too-large",
                        MAX_FACTS_FILE_BYTES / (1024 * 1024)));
            }
            return ProviderFactsYaml.read(Files.readAllBytes(file), name, catalog(), insurers);
        } catch (NoSuchFileException e) {
            return unreadable(name, Problem.at(name, 0, null, "import.file.missing", name));
        } catch (IOException e) {
            return unreadable(name, Problem.at(name, 0, null, "import.file.unreadable", name, String.valueOf(e.getMessage())));
        }
    }

    private static ProviderFactsYaml.Result unreadable(String name, Problem p) {
        return new ProviderFactsYaml.Result(name, ProviderFactsYaml.ProviderInfo.NONE, List.of(), List.of(p));
    }

    /**
     * Stores the answers of a facts file that was read without problems for a provider: checked again,
     * then the {@link ImportGuard}, then every answer in one transaction (answers the file does not
     * mention stay as they are). Throws {@link ValidationException} and stores nothing when an answer does
     * not fit its fact or the provider is not there.
     */
    public void importFacts(long providerId, ProviderFactsYaml.Result file) {
        if (!file.ok()) {
            throw new IllegalArgumentException("a facts file with problems is not imported: " + file.problems());
        }
        if (providers.find(providerId).isEmpty()) {
            throw new ValidationException(List.of(Violation.of("provider", "import.facts.no-provider")));
        }
        check(file.answers());
        guard.beforeImport("import " + file.file());
        repository.saveAll(providerId, file.answers());
    }

    public ContractAssessment assess(Provider provider, Policy policy, ContractType contract) {
        return engine().assess(policy, contract, ProviderProfile.of(provider), sheet(provider.id()), today());
    }

    public ContractAssessment assess(Provider provider, FactSheet facts, Policy policy, ContractType contract) {
        return engine().assess(policy, contract, ProviderProfile.of(provider), facts, today());
    }

    /**
     * The matrix: every policy in the library with the contract types it offers to this provider's
     * type, each assessed. Policies without such a contract type are left out.
     */
    public List<ContractAssessment> matrix(Provider provider) {
        FactSheet facts = sheet(provider.id());
        EligibilityEngine engine = engine();
        ProviderProfile profile = ProviderProfile.of(provider);
        List<ContractAssessment> out = new ArrayList<>();
        for (Policy p : policies.all()) {
            out.addAll(engine.assessAll(p, profile, facts, today()));
        }
        return out;
    }

    /** The fact sheets of many providers in one read (a provider without facts gets an empty sheet). */
    public Map<Long, FactSheet> sheets(List<Long> providerIds) {
        return repository.sheets(providerIds, catalog());
    }

    /** A provider in a portfolio with its assessment. */
    public record PortfolioEntry(Provider provider, ContractAssessment assessment) {
    }

    /**
     * Every provider of the contract's provider types (or of one type) against one contract. Reports
     * progress as (done, total) and stops early when {@code cancelled} says so.
     */
    public List<PortfolioEntry> portfolio(Policy policy, ContractType contract, ProviderType onlyType,
                                          BiConsumer<Integer, Integer> progress, BooleanSupplier cancelled) {
        List<Provider> candidates = providers.all().stream()
                .filter(p -> onlyType == null ? EligibilityEngine.offersTo(contract, p.type()) : p.type() == onlyType)
                .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<Long, FactSheet> sheets = repository.sheets(candidates.stream().map(Provider::id).toList(), catalog());
        EligibilityEngine engine = engine();
        LocalDate on = today();
        List<PortfolioEntry> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Provider p = candidates.get(i);
            out.add(new PortfolioEntry(p, engine.assess(policy, contract, ProviderProfile.of(p),
                    sheets.getOrDefault(p.id(), FactSheet.EMPTY), on)));
            progress.accept(i + 1, candidates.size());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // snapshots

    /** Keeps the assessment as it is now: the provider's facts and the policy's stored document. */
    public AssessmentSnapshot snapshot(Provider provider, ContractAssessment a, String label) {
        String doc = policies.document(a.policy().id())
                .orElseThrow(() -> new IllegalStateException("Policy " + a.policy().id() + " is not stored"));
        return repository.saveSnapshot(new AssessmentSnapshot(null, provider.id(), a.policy().id(), a.contract().id(),
                a.assessedOn(), Instant.now(clock), settings.userName(), label == null ? "" : label.strip(),
                a.outcome(), a.tier() == null ? null : a.tier().id(), sheet(provider.id()), doc));
    }

    public List<AssessmentSnapshot> snapshots(long providerId) {
        return repository.snapshots(providerId, catalog());
    }

    public boolean deleteSnapshot(long id) {
        return repository.deleteSnapshot(id);
    }

    /** The snapshot evaluated again exactly as it was: its facts, its policy version, its date. */
    public Optional<ContractAssessment> reassess(Provider provider, AssessmentSnapshot s) {
        return policies.parse(s.policyDocument(), s.policyId())
                .flatMap(p -> p.contractType(s.contractId())
                        .map(c -> engine().assess(p, c, ProviderProfile.of(provider), s.facts(), s.assessedOn())));
    }

    /** Two snapshots compared; {@code later} null compares with the assessment as it stands today. */
    public Optional<SnapshotComparison> compare(Provider provider, AssessmentSnapshot earlier, AssessmentSnapshot later) {
        Optional<ContractAssessment> before = reassess(provider, earlier);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (later != null) {
            return reassess(provider, later).map(after -> SnapshotComparison.of(before.get(), earlier.facts(), after, later.facts()));
        }
        return policies.find(earlier.policyId()).flatMap(p -> p.contractType(earlier.contractId()))
                .map(c -> {
                    Policy p = policies.find(earlier.policyId()).orElseThrow();
                    FactSheet now = sheet(provider.id());
                    return SnapshotComparison.of(before.get(), earlier.facts(), engine().assess(p, c,
                            ProviderProfile.of(provider), now, today()), now);
                });
    }
}
