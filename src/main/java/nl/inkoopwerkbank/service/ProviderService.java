package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
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
import nl.inkoopwerkbank.io.TextFiles;

/** What the screens and the command line do with providers. Validates before anything is stored. */
public final class ProviderService {

    /** Reports (done, total) while a long import runs. */
    public interface Progress extends BiConsumer<Integer, Integer> {
        Progress NONE = (done, total) -> { };
    }

    /** A provider register larger than this is refused before it is read (100,000 providers take about 15 MB). */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** While checking, progress and cancellation are looked at once per this many rows. */
    static final int CHECK_EVERY = 500;

    private final ProviderRepository repository;
    private ImportGuard guard = ImportGuard.NONE;

    public ProviderService(ProviderRepository repository) {
        this.repository = repository;
    }

    /** Called after an import has been validated and before it is stored (the automatic backup). */
    public void setImportGuard(ImportGuard guard) {
        this.guard = guard == null ? ImportGuard.NONE : guard;
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
        return new PortfolioOverview(repository.count(), repository.countByType(), repository.contractedByInsurerAndType(),
                repository.countWithoutContract());
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
     * imported. Existing providers (same AGB-code) are updated, new ones added, in one transaction. A file
     * that cannot be read is a problem too.
     */
    public ImportOutcome importCsv(Path file) {
        return importCsv(file, Progress.NONE, () -> false);
    }

    /**
     * As {@link #importCsv(Path)}, with progress and cancellation as in
     * {@link #importCsv(byte[], String, Progress, BooleanSupplier)}.
     */
    public ImportOutcome importCsv(Path file, Progress progress, BooleanSupplier cancelled) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new ImportOutcome(List.of(Problem.at(name, 0, null, "import.file.too-large",
                        MAX_FILE_BYTES / (1024 * 1024))), 0, 0);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ImportOutcome(List.of(Problem.at(name, 0, null, "import.file.missing", name)), 0, 0);
        } catch (IOException e) {
            return new ImportOutcome(List.of(Problem.at(name, 0, null, "import.file.unreadable", name,
                    String.valueOf(e.getMessage()))), 0, 0);
        }
        return importCsv(bytes, name, progress, cancelled);
    }

    public ImportOutcome importCsv(byte[] bytes, String fileName) {
        return importCsv(bytes, fileName, Progress.NONE, () -> false);
    }

    /**
     * Imports a provider register with progress and cancellation. Progress counts twice: first the lines
     * checked (total: twice the lines of the file), then, when every row is right, the providers stored
     * (total: twice the providers). {@code cancelled} is asked every {@value #CHECK_EVERY} rows while
     * checking and between the batches while storing; when it answers true a
     * {@link CancellationException} is thrown and nothing has changed: the store step is one transaction,
     * rolled back at any point.
     */
    public ImportOutcome importCsv(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled) {
        return importCsv(bytes, fileName, progress, cancelled, guard);
    }

    /** The bundled sample register on first start: validated and stored like an import, without a backup of the empty database. */
    ImportOutcome importSample(byte[] bytes, String fileName) {
        return importCsv(bytes, fileName, Progress.NONE, () -> false, ImportGuard.NONE);
    }

    private ImportOutcome importCsv(byte[] bytes, String fileName, Progress progress, BooleanSupplier cancelled,
                                    ImportGuard before) {
        Set<String> known = insurers().stream().map(Insurer::id).collect(Collectors.toSet());
        int lines = Math.max(1, TextFiles.lineCount(bytes));
        progress.accept(0, 2 * lines);
        int[] read = {0};
        ProviderCsv.Result parsed = ProviderCsv.read(bytes, fileName, known, line -> {
            if (++read[0] % CHECK_EVERY == 0) {
                checkCancelled(cancelled);
                progress.accept(Math.min(line, lines), 2 * lines);
            }
        });
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> firstLine = new HashMap<>();
        for (ProviderCsv.Row row : parsed.rows()) {
            Integer earlier = firstLine.putIfAbsent(row.provider().agbCode(), row.line());
            if (earlier != null && problems.size() < ProviderCsv.MAX_PROBLEMS) {
                problems.add(Problem.at(fileName, row.line(), ProviderField.AGB_CODE.csvColumn(),
                        "import.csv.duplicate-agb", row.provider().agbCode(), earlier));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ImportOutcome(problems, 0, 0);
        }
        checkCancelled(cancelled);
        List<Provider> providers = parsed.rows().stream().map(ProviderCsv.Row::provider).collect(Collectors.toList());
        int total = 2 * Math.max(1, providers.size());
        progress.accept(providers.size(), total);
        before.beforeImport("import " + fileName);
        ProviderRepository.ImportResult result = repository.upsertAll(providers,
                stored -> progress.accept(providers.size() + stored, total), cancelled);
        progress.accept(total, total);
        return new ImportOutcome(List.of(), result.inserted(), result.updated());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    public void exportCsv(Path file) throws IOException {
        ProviderCsv.write(all(), file);
    }
}
