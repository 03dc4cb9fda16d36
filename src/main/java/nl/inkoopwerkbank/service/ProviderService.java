package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.PortfolioOverview;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderField;
import nl.inkoopwerkbank.domain.provider.ProviderQuery;
import nl.inkoopwerkbank.domain.provider.ProviderRepository;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderValidator;
import nl.inkoopwerkbank.io.ProviderCsv;

/** What the screens and the command line do with providers. Validates before anything is stored. */
public final class ProviderService {

    private final ProviderRepository repository;

    public ProviderService(ProviderRepository repository) {
        this.repository = repository;
    }

    public List<ProviderRow> search(ProviderQuery query) {
        return repository.search(query);
    }

    public Optional<Provider> find(long id) {
        return repository.find(id);
    }

    public Optional<Provider> findByAgb(String agb) {
        return repository.findByAgb(agb);
    }

    public List<Provider> all() {
        return repository.findAll();
    }

    public long count() {
        return repository.count();
    }

    /** The counts the dashboard shows. */
    public PortfolioOverview overview() {
        long none = repository.search(ProviderQuery.all().withContract(null, ProviderQuery.ContractStatus.NOT_CONTRACTED)).size();
        return new PortfolioOverview(repository.count(), repository.countByType(), repository.contractedByInsurerAndType(), none);
    }

    public List<String> regions() {
        return repository.regions();
    }

    public List<Insurer> insurers() {
        return repository.insurers();
    }

    public ProviderRepository repository() {
        return repository;
    }

    /** True when another provider already has this AGB-code. */
    public boolean agbCodeTaken(String agbCode, Long exceptId) {
        return repository.agbCodeTaken(agbCode, exceptId);
    }

    /**
     * Validates and stores the provider. Throws {@link ValidationException} with every reason when it is
     * not valid, and {@link nl.inkoopwerkbank.domain.provider.StaleEditException} when it was changed
     * elsewhere since it was opened.
     */
    public Provider save(Provider provider) {
        List<Violation> violations = new ArrayList<>(ProviderValidator.validate(provider));
        Set<String> known = insurers().stream().map(Insurer::id).collect(Collectors.toSet());
        provider.contracts().stream().filter(c -> !known.contains(c.insurerId())).forEach(c ->
                violations.add(Violation.of(ProviderField.CONTRACTS.csvColumn(), "validation.contract.unknown-insurer", c.insurerId())));
        if (violations.stream().noneMatch(v -> v.field().equals(ProviderField.AGB_CODE.csvColumn()))
                && repository.agbCodeTaken(provider.agbCode(), provider.id())) {
            violations.add(0, Violation.of(ProviderField.AGB_CODE.csvColumn(), "validation.agb.taken", provider.agbCode()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return repository.save(provider);
    }

    public boolean delete(long id) {
        return repository.delete(id);
    }

    /** Outcome of an import: either problems (and nothing changed) or the counts. */
    public record ImportOutcome(List<Problem> problems, int inserted, int updated) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Imports a provider register: every row is validated first; when any row has a problem nothing is
     * imported. Existing providers (same AGB-code) are updated, new ones added, in one transaction.
     */
    public ImportOutcome importCsv(Path file) throws IOException {
        return importCsv(Files.readAllBytes(file), file.getFileName().toString());
    }

    public ImportOutcome importCsv(byte[] bytes, String fileName) {
        Set<String> known = insurers().stream().map(Insurer::id).collect(Collectors.toSet());
        ProviderCsv.Result parsed = ProviderCsv.read(bytes, fileName, known);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> firstLine = new HashMap<>();
        for (ProviderCsv.Row row : parsed.rows()) {
            Integer earlier = firstLine.putIfAbsent(row.provider().agbCode(), row.line());
            if (earlier != null) {
                problems.add(Problem.at(fileName, row.line(), ProviderField.AGB_CODE.csvColumn(),
                        "import.csv.duplicate-agb", row.provider().agbCode(), earlier));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ImportOutcome(problems, 0, 0);
        }
        ProviderRepository.ImportResult result = repository.upsertAll(
                parsed.rows().stream().map(ProviderCsv.Row::provider).collect(Collectors.toList()));
        return new ImportOutcome(List.of(), result.inserted(), result.updated());
    }

    public void exportCsv(Path file) throws IOException {
        ProviderCsv.write(all(), file);
    }
}
