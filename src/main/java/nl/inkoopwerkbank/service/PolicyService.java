package nl.inkoopwerkbank.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyClone;
import nl.inkoopwerkbank.domain.policy.PolicyRepository;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.io.FactCatalogYaml;
import nl.inkoopwerkbank.io.PolicyDocument;
import nl.inkoopwerkbank.io.PolicyYamlReader;
import nl.inkoopwerkbank.io.TextFiles;

/**
 * The policy library: loads, validates, stores and finds purchasing policies. Parsed policies are
 * cached; a save replaces the cached copy.
 */
public final class PolicyService {

    /** The bundled policies, one per source document (their ids are fixed). */
    public static final List<String> BUNDLED = List.of("salland-2027-geboortezorg", "salland-2027-msz",
            "zorgenzekerheid-2026-geboortezorg", "caresq-2027-geboortezorg", "vgz-2027-geboortezorg");

    private final PolicyRepository repository;
    private final ProviderService providers;
    private final Map<String, Policy> cache = new ConcurrentHashMap<>();
    private volatile FactCatalog catalog;
    private ImportGuard guard = ImportGuard.NONE;

    /** A policy file larger than this is refused before it is read. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    public PolicyService(PolicyRepository repository, ProviderService providers) {
        this.repository = repository;
        this.providers = providers;
    }

    /** Called after a policy file has been validated and before it is stored (the automatic backup). */
    public void setImportGuard(ImportGuard guard) {
        this.guard = guard == null ? ImportGuard.NONE : guard;
    }

    /** The fact catalogue in the database (empty before the first load). */
    public FactCatalog facts() {
        FactCatalog c = catalog;
        if (c == null) {
            c = repository.factCatalog()
                    .map(doc -> FactCatalogYaml.read(doc, "facts.yaml"))
                    .filter(FactCatalogYaml.Result::ok)
                    .map(FactCatalogYaml.Result::catalog)
                    .orElse(new FactCatalog(List.of()));
            catalog = c;
        }
        return c;
    }

    /** Every stored policy, ordered by insurer, newest year first. */
    public List<Policy> all() {
        List<Policy> out = new ArrayList<>();
        for (PolicyRepository.Stored s : repository.all()) {
            out.add(cache.computeIfAbsent(s.id(), id -> parseStored(s)));
        }
        return out;
    }

    public Optional<Policy> find(String id) {
        Policy cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.find(id).map(s -> cache.computeIfAbsent(s.id(), k -> parseStored(s)));
    }

    private Policy parseStored(PolicyRepository.Stored s) {
        PolicyYamlReader.Result r = PolicyYamlReader.read(s.document(), s.id() + ".yaml", facts());
        if (!r.ok()) {
            throw new IllegalStateException("Stored policy " + s.id() + " no longer validates: " + r.problems());
        }
        return r.policy();
    }

    /** The stored document (YAML) of a policy: what a snapshot keeps as "the policy version". */
    public Optional<String> document(String id) {
        return repository.find(id).map(PolicyRepository.Stored::document);
    }

    /** Reads a policy document as it was stored (e.g. in a snapshot), without storing it. */
    public Optional<Policy> parse(String document, String id) {
        PolicyYamlReader.Result r = PolicyYamlReader.read(document, id + ".yaml", facts());
        return r.ok() ? Optional.of(r.policy()) : Optional.empty();
    }

    /** Checks a policy file against the catalogue and the known insurers, without storing it. */
    public PolicyYamlReader.Result validate(String text, String fileName) {
        PolicyYamlReader.Result r = PolicyYamlReader.read(text, fileName, facts());
        if (!r.ok()) {
            return r;
        }
        Set<String> insurers = providers.insurers().stream().map(Insurer::id).collect(Collectors.toSet());
        if (!insurers.contains(r.policy().insurer().id())) {
            return new PolicyYamlReader.Result(null, List.of(Problem.at(fileName, 3, "insurer", "policy.invalid.unknown-insurer",
                    r.policy().insurer().id(), String.join(", ", insurers.stream().sorted().toList()))), r.lines());
        }
        return r;
    }

    /**
     * Checks a policy file without storing it. A file that cannot be read, is too large or is not UTF-8
     * text gives that one problem.
     */
    public PolicyYamlReader.Result validate(Path file) {
        return readFile(file).result();
    }

    /** A file read and checked: its text (null when unreadable) and the outcome. */
    private record Read(String text, PolicyYamlReader.Result result) {
        static Read refused(Problem p) {
            return new Read(null, new PolicyYamlReader.Result(null, List.of(p), Map.of()));
        }
    }

    private Read readFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Read.refused(Problem.at(name, 0, null, "import.file.too-large", MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Read.refused(Problem.at(name, 0, null, "import.file.missing", name));
        } catch (IOException e) {
            return Read.refused(Problem.at(name, 0, null, "import.file.unreadable", name, String.valueOf(e.getMessage())));
        }
        Optional<Problem> notText = TextFiles.check(bytes, name, "import.file.not-utf8");
        if (notText.isPresent()) {
            return Read.refused(notText.get());
        }
        String text = TextFiles.text(bytes);
        return new Read(text, validate(text, name));
    }

    /**
     * Validates and stores a policy file; returns the problems (nothing stored when there are any). A
     * policy with the id of a stored one replaces it. The {@link ImportGuard} runs between the two.
     */
    public List<Problem> importFile(Path file) {
        Read read = readFile(file);
        PolicyYamlReader.Result r = read.result();
        if (r.ok()) {
            String name = file.getFileName().toString();
            guard.beforeImport("import " + name);
            store(r.policy(), read.text(), name);
        }
        return r.problems();
    }

    /** Stores a policy (after an edit in the workbench): written back as its document. */
    public void save(Policy policy) {
        List<Problem> problems = trySave(policy);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Policy " + policy.id() + " is not valid: " + problems);
        }
    }

    /** Validates and stores an edited policy; returns the problems, and stores nothing when there are any. */
    public List<Problem> trySave(Policy policy) {
        String yaml = PolicyDocument.toYaml(policy);
        PolicyYamlReader.Result r = validate(yaml, policy.id() + ".yaml");
        if (r.ok()) {
            store(r.policy(), yaml, policy.id() + ".yaml");
        }
        return r.problems();
    }

    private void store(Policy p, String document, String sourceFile) {
        repository.save(stored(p, document, sourceFile));
        cache.put(p.id(), p);
    }

    private static PolicyRepository.Stored stored(Policy p, String document, String sourceFile) {
        return new PolicyRepository.Stored(p.id(), p.insurer().id(), p.year(), p.domain(), p.title(), document, sourceFile);
    }

    /**
     * Loads the bundled fact catalogue and the five policies in one transaction (first start). Throws
     * when a bundled file does not validate: the build's tests prevent that.
     */
    public void loadBundled() {
        String factsDoc = resource("/sample-data/facts.yaml");
        FactCatalogYaml.Result facts = FactCatalogYaml.read(factsDoc, "facts.yaml");
        if (!facts.ok()) {
            throw new IllegalStateException("Bundled fact catalogue is invalid: " + facts.problems());
        }
        catalog = facts.catalog();
        List<PolicyRepository.Stored> stored = new ArrayList<>();
        List<Policy> parsed = new ArrayList<>();
        for (String id : BUNDLED) {
            String doc = resource("/sample-data/policies/" + id + ".yaml");
            PolicyYamlReader.Result r = validate(doc, id + ".yaml");
            if (!r.ok()) {
                throw new IllegalStateException("Bundled policy " + id + " is invalid: " + r.problems());
            }
            stored.add(stored(r.policy(), doc, id + ".yaml"));
            parsed.add(r.policy());
        }
        repository.saveAll(factsDoc, stored);
        parsed.forEach(p -> cache.put(p.id(), p));
    }

    private static String resource(String path) {
        try (InputStream in = PolicyService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEmpty() {
        // at every start: a count, not the documents of the whole library
        return repository.count() == 0;
    }

    /**
     * Starts next year's policy: a copy of {@code id} for {@code year} (see PolicyClone), validated and
     * stored. Refused when that year's policy exists already.
     */
    public Policy cloneToYear(String id, int year) {
        Policy source = find(id).orElseThrow(() -> new IllegalArgumentException("Unknown policy " + id));
        Policy copy = PolicyClone.toYear(source, year);
        if (find(copy.id()).isPresent()) {
            throw new IllegalArgumentException("Policy " + copy.id() + " exists already");
        }
        save(copy);
        return copy;
    }

    /** The same insurer's policy for the same care domain of the latest earlier year, if any. */
    public Optional<Policy> previousOf(Policy p) {
        return all().stream()
                .filter(o -> o.insurer().id().equals(p.insurer().id()) && o.domain().equals(p.domain()) && o.year() < p.year())
                .max(Comparator.comparingInt(Policy::year));
    }

    /** A requirement found by full-text search, with its policy. */
    public record Hit(Policy policy, Requirement requirement) {
    }

    /**
     * Full-text search over every policy's requirements: all words must occur (case-insensitive) in the
     * requirement's text, id, topic, source section or notes.
     */
    public List<Hit> search(String text) {
        String[] words = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Hit> hits = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return hits;
        }
        for (Policy p : all()) {
            for (Requirement r : p.requirements()) {
                String hay = String.join(" ", r.text(), r.id(), r.topic(), r.source() == null ? "" : r.source().section(),
                        r.notes() == null ? "" : r.notes()).toLowerCase(Locale.ROOT);
                boolean all = true;
                for (String w : words) {
                    if (!hay.contains(w)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    hits.add(new Hit(p, r));
                }
            }
        }
        return hits;
    }
}
