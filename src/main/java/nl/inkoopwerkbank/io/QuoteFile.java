package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
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
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.QuoteValidator;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * A quote file ({@code inkoopwerkbank-quote/1}, see docs/quote-file-format.md): one IGO's quote to one
 * insurer for one contract year with every round of the negotiation, in YAML or JSON (JSON is read as
 * YAML). Numbers are read from the scalar's text into {@link BigDecimal}, never through a double, so
 * {@code 0.1} stays {@code 0.1}. Every problem (syntax, unknown key, a value of the wrong kind, a bad
 * number, date or enum, a missing required key, a duplicate round number, more than one agreed round,
 * and whatever {@link QuoteValidator} finds in a round) is reported with file, line and the key's path
 * ({@code rounds[2].tariffLines[3].volume}); a quote is returned only when there is no problem at all.
 * The quote read has id 0 and igoProviderId 0: the file knows the IGO by its AGB-code.
 */
public final class QuoteFile {

    public static final String FORMAT = "inkoopwerkbank-quote/1";
    /** The insurer ids of the workbench (table {@code insurer}); {@link #read(Path)} checks against these. */
    public static final List<String> INSURERS = List.of("caresq", "salland", "vgz", "zorgenzekerheid");
    static final int MAX_CHARS = 2_000_000;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    static final List<String> TOP = List.of("format", "igo", "contractYear", "insurer", "rounds");
    static final List<String> IGO = List.of("agb", "name");
    static final List<String> ROUND = List.of("number", "side", "date", "receivedOn", "author", "note", "agreed",
            "participants", "adherence", "legalForm", "kvkNumber", "mandatesInWriting", "board", "financingRequest",
            "totalVolume", "marketSharePct", "insuredInCare16Weeks", "tariffLines", "qualityGoals", "annualAccounts",
            "monoClaims", "monoClaimsNote", "schoning", "monoReference", "confirmedItems");
    static final List<String> PARTICIPANT = List.of("name", "agb", "discipline");
    static final List<String> ADHERENCE = List.of("joined", "total");
    static final List<String> BOARD = List.of("name", "discipline");
    static final List<String> TARIFF_LINE = List.of("code", "description", "tariff", "indexationPct", "volume");
    static final List<String> ACCOUNTS = List.of("year", "received", "approvedByAccountant");
    static final List<String> SCHONING = List.of("hospital", "amount", "method", "status", "document");
    static final List<String> MONO_REFERENCE = List.of("perBirth", "lines");
    static final List<String> REFERENCE_LINE = List.of("code", "description", "tariff", "perBirth");

    /** The outcome: the quote when there is no problem; every problem (sorted by line) otherwise. */
    public record Result(String file, Quote quote, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String file;
    private final Set<String> insurers;
    private final List<Problem> problems = new ArrayList<>();

    private QuoteFile(String file, Collection<String> insurers) {
        this.file = file;
        this.insurers = new TreeSet<>(insurers);
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /** Reads a file, checking the insurer against {@link #INSURERS}. A file that cannot be read throws. */
    public static Result read(Path path) throws IOException {
        return read(path, INSURERS);
    }

    /** Reads a file; the problems name it by its file name. A file that cannot be read throws. */
    public static Result read(Path path, Collection<String> insurers) throws IOException {
        return read(Files.readAllBytes(path), path.getFileName().toString(), insurers);
    }

    /** Reads the bytes of a file: UTF-8, with or without byte order mark. */
    public static Result read(byte[] bytes, String file, Collection<String> insurers) {
        Optional<Problem> notText = TextFiles.check(bytes, file, "quote.file.not-utf8");
        if (notText.isPresent()) {
            return new Result(file, null, List.of(notText.get()));
        }
        return read(TextFiles.text(bytes), file, insurers);
    }

    /** Reads and checks the text of a quote file against the known insurer ids. */
    public static Result read(String text, String file, Collection<String> insurers) {
        try {
            return readChecked(text, file, insurers);
        } catch (RuntimeException | StackOverflowError e) {
            // whatever else the reader trips over: the file cannot be read, and the user is told so
            return new Result(file, null, List.of(Problem.at(file, 0, null, "import.file.unexpected", TextFiles.reason(e))));
        }
    }

    private static Result readChecked(String text, String file, Collection<String> insurers) {
        QuoteFile r = new QuoteFile(file, insurers);
        Quote quote = null;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.length() > MAX_CHARS) {
            r.problems.add(Problem.at(file, 0, null, "quote.file.too-large", MAX_CHARS));
        } else {
            if (ProviderFactsYaml.isJson(t)) {
                // JSON allows tabs between tokens, YAML does not; inside a JSON string a tab must be escaped anyway
                t = t.replace('\t', ' ');
            }
            if (r.readable(t)) {
                Node root = PolicyYamlReader.compose(t, file, r.problems);
                if (root != null) {
                    quote = r.document(root);
                }
            }
        }
        List<Problem> sorted = new ArrayList<>(r.problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted.isEmpty() ? new Result(file, quote, List.of()) : new Result(file, null, sorted);
    }

    private boolean readable(String text) {
        return YamlNodes.readable(text, file, problems);
    }

    private Quote document(Node root) {
        if (!(root instanceof MappingNode)) {
            problem(root, null, "policy.yaml.expected-mapping", file);
            return null;
        }
        Map<String, Node> top = map(root, file, "", TOP);
        String format = text(top, "format", "", root, true);
        if (format != null && !FORMAT.equals(format.strip())) {
            problem(top.get("format"), "format", "policy.yaml.format", format, FORMAT);
        }
        String agb = null;
        String name = null;
        Node igo = top.get("igo");
        if (igo == null || YamlNodes.isNull(igo)) {
            problem(igo == null ? root : igo, "igo", "policy.yaml.missing", "igo");
        } else {
            Map<String, Node> m = map(igo, "igo", "igo", IGO);
            agb = m == null ? null : text(m, "agb", "igo", igo, true);
            if (agb != null && !agb.strip().matches("\\d{8}")) {
                problem(m.get("agb"), "igo.agb", "validation.agb.format", agb);
            }
            name = m == null ? null : text(m, "name", "igo", igo, false);
            if (name != null && name.length() > QuoteValidator.MAX_TEXT) {
                problem(m.get("name"), "igo.name", "quote.error.tooLong", QuoteValidator.MAX_TEXT);
            }
        }
        Integer year = integer(top, "contractYear", "", root, true);
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            problem(top.get("contractYear"), "contractYear", "quote.file.year", year, MIN_YEAR, MAX_YEAR);
        }
        String insurer = text(top, "insurer", "", root, true);
        if (insurer != null && !insurers.contains(insurer.strip())) {
            problem(top.get("insurer"), "insurer", "policy.invalid.unknown-insurer", insurer, String.join(", ", insurers));
        }
        List<QuoteRound> rounds = rounds(top.get("rounds"), root);
        if (year == null || agb == null || insurer == null) {
            return null;
        }
        return new Quote(0, 0, agb.strip(), name == null ? "" : name.strip(), year, insurer.strip(), rounds);
    }

    private List<QuoteRound> rounds(Node n, Node root) {
        List<QuoteRound> out = new ArrayList<>();
        if (n == null || YamlNodes.isNull(n)) {
            problem(n == null ? root : n, "rounds", "policy.yaml.missing", "rounds");
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problem(n, "rounds", "policy.yaml.expected-list", "rounds");
            return out;
        }
        if (seq.getValue().isEmpty()) {
            problem(n, "rounds", "quote.file.no-rounds");
            return out;
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        Integer agreedRound = null;
        int index = 0;
        for (Node item : seq.getValue()) {
            index++;
            RoundReader rr = new RoundReader(item, "rounds[" + index + "]", index);
            QuoteRound round = rr.read();
            if (round == null) {
                continue;
            }
            Integer first = numbers.putIfAbsent(round.number(), index);
            if (first != null) {
                problem(rr.numberNode(), rr.path + ".number", "quote.file.duplicate-round", round.number(), first);
            }
            if (round.agreed()) {
                if (agreedRound != null) {
                    problem(rr.node("agreed"), rr.path + ".agreed", "quote.file.several-agreed", round.number(), agreedRound);
                } else {
                    agreedRound = round.number();
                }
            }
            out.add(round);
        }
        return out;
    }

    /** Reads one round, remembering the node of every path so the validator's findings get their line. */
    private final class RoundReader {
        final Node node;
        final String path;
        final int index;
        /** Node of each path inside the round, in the file's terms ({@code tariffLines[2].volume}). */
        final Map<String, Node> at = new HashMap<>();
        /** Paths inside the round that already have a problem from reading. */
        final Set<String> bad = new HashSet<>();

        RoundReader(Node node, String path, int index) {
            this.node = node;
            this.path = path;
            this.index = index;
        }

        Node numberNode() {
            return node("number");
        }

        /** The node of a path inside the round, or of its nearest enclosing part, or the round itself. */
        Node node(String rel) {
            String p = rel;
            while (!p.isEmpty()) {
                Node n = at.get(p);
                if (n != null) {
                    return n;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
            return node;
        }

        private String full(String rel) {
            return path + "." + rel;
        }

        /** Records the nodes and notes which reads failed, by comparing the problem count. */
        private <T> T track(String rel, Node n, Supplier<T> read) {
            if (n != null) {
                at.put(rel, n);
            }
            int before = problems.size();
            T v = read.get();
            if (problems.size() > before) {
                bad.add(rel);
            }
            return v;
        }

        QuoteRound read() {
            if (YamlNodes.isNull(node) || !(node instanceof MappingNode)) {
                problem(node, path, "policy.yaml.expected-mapping", path);
                return null;
            }
            Map<String, Node> m = map(node, path, path, ROUND);
            m.forEach((k, v) -> at.put(k, v));

            Integer number = track("number", m.get("number"), () -> integer(m, "number", path, node, false));
            if (number != null && number < 1) {
                problem(m.get("number"), full("number"), "quote.file.round-number", number);
                bad.add("number");
            }
            int nr = number == null || number < 1 ? index : number;
            RoundSide side = track("side", m.get("side"), () -> enumValue(m, "side", path, node, true, RoundSide.class));
            LocalDate date = track("date", m.get("date"), () -> date(m, "date", path, node, true));
            LocalDate receivedOn = track("receivedOn", m.get("receivedOn"), () -> date(m, "receivedOn", path, node, false));
            String author = track("author", m.get("author"), () -> text(m, "author", path, node, true));
            String note = track("note", m.get("note"), () -> text(m, "note", path, node, false));
            boolean agreed = track("agreed", m.get("agreed"), () -> bool(m, "agreed", path, false));

            QuoteContent.Builder c = QuoteContent.builder();
            int p = 0;
            for (Node item : list(m, "participants", path)) {
                p++;
                String rel = "participants[" + p + "]";
                at.put(rel, item);
                Map<String, Node> pm = map(item, rel, full(rel), PARTICIPANT);
                if (pm == null) {
                    bad.add(rel);
                    continue;
                }
                recordChildren(rel, pm);
                String pName = track(rel + ".name", pm.get("name"), () -> text(pm, "name", full(rel), item, false));
                String pAgb = track(rel + ".agb", pm.get("agb"), () -> text(pm, "agb", full(rel), item, false));
                Discipline d = track(rel + ".discipline", pm.get("discipline"),
                        () -> enumValue(pm, "discipline", full(rel), item, true, Discipline.class));
                c.participant(new Participant(pName, pAgb, d));
            }
            Map<String, Node> am = block(m, "adherence", ADHERENCE);
            if (am != null) {
                Node a = m.get("adherence");
                Integer joined = track("adherence.joined", am.get("joined"),
                        () -> integer(am, "joined", full("adherence"), a, false));
                Integer total = track("adherence.total", am.get("total"),
                        () -> integer(am, "total", full("adherence"), a, false));
                c.adherence(joined, total);
            }
            c.legalForm(track("legalForm", m.get("legalForm"), () -> enumValue(m, "legalForm", path, node, false, LegalForm.class)));
            c.kvkNumber(track("kvkNumber", m.get("kvkNumber"), () -> text(m, "kvkNumber", path, node, false)));
            Node mandates = m.get("mandatesInWriting");
            if (mandates != null && !YamlNodes.isNull(mandates)) {
                c.mandatesInWriting(track("mandatesInWriting", mandates, () -> bool(m, "mandatesInWriting", path, null)));
            }
            int b = 0;
            for (Node item : list(m, "board", path)) {
                b++;
                String rel = "board[" + b + "]";
                at.put(rel, item);
                Map<String, Node> bm = map(item, rel, full(rel), BOARD);
                if (bm == null) {
                    bad.add(rel);
                    continue;
                }
                recordChildren(rel, bm);
                String bName = track(rel + ".name", bm.get("name"), () -> text(bm, "name", full(rel), item, false));
                BoardDiscipline d = track(rel + ".discipline", bm.get("discipline"),
                        () -> enumValue(bm, "discipline", full(rel), item, true, BoardDiscipline.class));
                c.boardMember(new BoardMember(bName, d));
            }
            c.financingRequest(track("financingRequest", m.get("financingRequest"), () -> decimal(m, "financingRequest", path)));
            c.totalVolume(track("totalVolume", m.get("totalVolume"), () -> decimal(m, "totalVolume", path)));
            c.marketSharePct(track("marketSharePct", m.get("marketSharePct"), () -> decimal(m, "marketSharePct", path)));
            c.insuredInCare16Weeks(track("insuredInCare16Weeks", m.get("insuredInCare16Weeks"),
                    () -> integer(m, "insuredInCare16Weeks", path, node, false)));
            int t = 0;
            for (Node item : list(m, "tariffLines", path)) {
                t++;
                String rel = "tariffLines[" + t + "]";
                at.put(rel, item);
                Map<String, Node> tm = map(item, rel, full(rel), TARIFF_LINE);
                if (tm == null) {
                    bad.add(rel);
                    continue;
                }
                recordChildren(rel, tm);
                String code = track(rel + ".code", tm.get("code"), () -> text(tm, "code", full(rel), item, false));
                String description = track(rel + ".description", tm.get("description"),
                        () -> text(tm, "description", full(rel), item, false));
                BigDecimal tariff = track(rel + ".tariff", tm.get("tariff"), () -> decimal(tm, "tariff", full(rel)));
                BigDecimal indexation = track(rel + ".indexationPct", tm.get("indexationPct"),
                        () -> decimal(tm, "indexationPct", full(rel)));
                BigDecimal volume = track(rel + ".volume", tm.get("volume"), () -> decimal(tm, "volume", full(rel)));
                c.tariffLine(new TariffLine(code, description, tariff, indexation, volume));
            }
            int g = 0;
            for (Node item : list(m, "qualityGoals", path)) {
                g++;
                String rel = "qualityGoals[" + g + "]";
                at.put(rel, item);
                String goal = track(rel, item, () -> scalar(item, "qualityGoals", full(rel)));
                if (goal != null) {
                    c.qualityGoal(goal);
                }
            }
            Map<String, Node> acm = block(m, "annualAccounts", ACCOUNTS);
            if (acm != null) {
                String ap = full("annualAccounts");
                Integer year = track("annualAccounts.year", acm.get("year"),
                        () -> integer(acm, "year", ap, m.get("annualAccounts"), false));
                boolean received = track("annualAccounts.received", acm.get("received"),
                        () -> bool(acm, "received", ap, false));
                boolean approved = track("annualAccounts.approvedByAccountant", acm.get("approvedByAccountant"),
                        () -> bool(acm, "approvedByAccountant", ap, false));
                c.accounts(new AnnualAccounts(year, received, approved));
            }
            c.monoClaims(track("monoClaims", m.get("monoClaims"), () -> enumValue(m, "monoClaims", path, node, false, MonoClaims.class)));
            c.monoClaimsNote(track("monoClaimsNote", m.get("monoClaimsNote"), () -> text(m, "monoClaimsNote", path, node, false)));
            Map<String, Node> sm = block(m, "schoning", SCHONING);
            if (sm != null) {
                String sp = full("schoning");
                Node sn = m.get("schoning");
                String hospital = track("schoning.hospital", sm.get("hospital"), () -> text(sm, "hospital", sp, sn, false));
                BigDecimal amount = track("schoning.amount", sm.get("amount"), () -> decimal(sm, "amount", sp));
                String method = track("schoning.method", sm.get("method"), () -> text(sm, "method", sp, sn, false));
                SchoningStatus status = track("schoning.status", sm.get("status"),
                        () -> enumValue(sm, "status", sp, sn, false, SchoningStatus.class));
                String document = track("schoning.document", sm.get("document"), () -> text(sm, "document", sp, sn, false));
                c.schoning(new Schoning(hospital, amount, method, status, document));
            }
            Map<String, Node> mm = block(m, "monoReference", MONO_REFERENCE);
            if (mm != null) {
                String mp = full("monoReference");
                BigDecimal perBirth = track("monoReference.perBirth", mm.get("perBirth"), () -> decimal(mm, "perBirth", mp));
                List<ReferenceLine> lines = new ArrayList<>();
                int l = 0;
                for (Node item : list(mm, "lines", mp)) {
                    l++;
                    String rel = "monoReference.lines[" + l + "]";
                    at.put(rel, item);
                    Map<String, Node> lm = map(item, "lines[" + l + "]", full(rel), REFERENCE_LINE);
                    if (lm == null) {
                        bad.add(rel);
                        continue;
                    }
                    recordChildren(rel, lm);
                    String code = track(rel + ".code", lm.get("code"), () -> text(lm, "code", full(rel), item, false));
                    String description = track(rel + ".description", lm.get("description"),
                            () -> text(lm, "description", full(rel), item, false));
                    BigDecimal tariff = track(rel + ".tariff", lm.get("tariff"), () -> decimal(lm, "tariff", full(rel)));
                    BigDecimal per = track(rel + ".perBirth", lm.get("perBirth"), () -> decimal(lm, "perBirth", full(rel)));
                    lines.add(new ReferenceLine(code, description, tariff, per));
                }
                c.monoReference(new MonoReference(perBirth, lines));
            }
            Set<String> confirmed = new LinkedHashSet<>();
            int ci = 0;
            for (Node item : list(m, "confirmedItems", path)) {
                ci++;
                String rel = "confirmedItems[" + ci + "]";
                at.put(rel, item);
                String id = track(rel, item, () -> scalar(item, "confirmedItems", full(rel)));
                if (id != null && !id.isBlank()) {
                    confirmed.add(id.strip());
                }
            }
            c.confirmedItems(confirmed);

            QuoteRound round = new QuoteRound(nr, side, date, receivedOn, author, note, agreed, null, c.build());
            for (Violation v : QuoteValidator.validate(round)) {
                String rel = fileField(v.field());
                if (covered(rel)) {
                    continue; // already reported while reading, in the file's own words
                }
                problems.add(new Problem(file, YamlNodes.line(node(rel)), full(rel), v.messageKey(),
                        List.of(YamlNodes.shortened(v.args().toArray()))));
            }
            return round; // with problems the caller returns none of it, but still checks its number and mark
        }

        /** A nested mapping of the round ({@code schoning: {...}}) with its children recorded; null when absent or not a mapping. */
        private Map<String, Node> block(Map<String, Node> m, String key, List<String> allowed) {
            Node n = m.get(key);
            if (n == null || YamlNodes.isNull(n)) {
                return null;
            }
            Map<String, Node> out = map(n, key, full(key), allowed);
            if (out == null) {
                bad.add(key);
                return null;
            }
            recordChildren(key, out);
            return out;
        }

        private void recordChildren(String rel, Map<String, Node> m) {
            m.forEach((k, v) -> at.put(rel + "." + k, v));
        }

        /** A path that failed to read (or lies under / over one that did) needs no second message. */
        private boolean covered(String rel) {
            for (String b : bad) {
                if (rel.equals(b) || rel.startsWith(b + ".") || rel.startsWith(b + "[")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The validator's field names are the domain's; the file names a few differently
     * ({@code accounts.approved} is {@code annualAccounts.approvedByAccountant}).
     */
    static String fileField(String field) {
        return switch (field) {
            case "adherenceJoined" -> "adherence.joined";
            case "adherenceTotal" -> "adherence.total";
            case "accounts.approved" -> "annualAccounts.approvedByAccountant";
            case "monoReference.enteredPerBirth" -> "monoReference.perBirth";
            default -> field.startsWith("accounts.") ? "annualAccounts." + field.substring("accounts.".length()) : field;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // node helpers: every problem names the key's path

    private void problem(Node at, String key, String messageKey, Object... args) {
        problems.add(Problem.at(file, YamlNodes.line(at), key == null || key.isEmpty() ? null : key, messageKey,
                YamlNodes.shortened(args)));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * A mapping's entries; reports duplicate keys and keys outside {@code allowed} (with a suggestion). A
     * node that is no mapping is reported and gives null: its keys are not looked for.
     */
    private Map<String, Node> map(Node node, String what, String path, List<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mn)) {
            problem(node, path, "policy.yaml.expected-mapping", what);
            return null;
        }
        for (NodeTuple t : mn.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : YamlNodes.scalarText(t.getKeyNode());
            if (!allowed.contains(key)) {
                String suggestion = suggest(key, allowed);
                if (suggestion != null) {
                    problem(t.getKeyNode(), join(path, key), "quote.file.unknown-key", key, what, suggestion);
                } else {
                    problem(t.getKeyNode(), join(path, key), "policy.yaml.unknown-key", key, what);
                }
            } else if (out.containsKey(key)) {
                problem(t.getKeyNode(), join(path, key), "policy.yaml.duplicate-key", key);
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    /** The allowed key meant by a misspelt one: same letters in another case, contained, or at most two edits away. */
    static String suggest(String key, List<String> allowed) {
        String k = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            String l = a.toLowerCase(Locale.ROOT);
            int d = l.equals(k) ? 0 : distance(k, l);
            if (d > 2 && k.length() >= 4 && (l.contains(k) || k.contains(l))) {
                d = 2;
            }
            if (d <= 2 && d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private List<Node> list(Map<String, Node> m, String key, String path) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            return List.of();
        }
        if (!(n instanceof SequenceNode s)) {
            problem(n, join(path, key), "policy.yaml.expected-list", key);
            return List.of();
        }
        return s.getValue();
    }

    /** A text value; a number or date is taken as written ({@code agb: 08123456} keeps its 0). */
    private String text(Map<String, Node> m, String key, String path, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            if (required) {
                problem(n == null ? parent : n, join(path, key), "policy.yaml.missing", key);
            }
            return null;
        }
        String s = scalar(n, key, join(path, key));
        if (s != null && required && s.isBlank()) {
            problem(n, join(path, key), "policy.yaml.missing", key);
            return null;
        }
        return s;
    }

    private String scalar(Node n, String key, String fullPath) {
        if (!(n instanceof ScalarNode s) || YamlNodes.isNull(n)) {
            problem(n, fullPath, "policy.yaml.expected-text", key);
            return null;
        }
        return s.getValue();
    }

    /** A decimal from the scalar's text, exactly as written (never through a double); plain or quoted. */
    private BigDecimal decimal(Map<String, Node> m, String key, String path) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            return null;
        }
        BigDecimal d = n instanceof ScalarNode s ? parseDecimal(s.getValue()) : null;
        if (d == null) {
            problem(n, join(path, key), "quote.file.number", key, YamlNodes.scalarText(n));
        }
        return d;
    }

    /** {@code 1234.56}, {@code -3}, {@code 1_000}, {@code 1e3}; not {@code 1.234,56}, hex, octal or sexagesimal. */
    static BigDecimal parseDecimal(String text) {
        String t = text.strip().replace("_", "");
        if (t.length() > YamlNodes.MAX_NUMBER_CHARS || !t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private Integer integer(Map<String, Node> m, String key, String path, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            if (required) {
                problem(n == null ? parent : n, join(path, key), "policy.yaml.missing", key);
            }
            return null;
        }
        if (n instanceof ScalarNode s) {
            String t = s.getValue().strip().replace("_", "");
            if (t.matches("[-+]?\\d{1,9}")) {
                return Integer.valueOf(t.startsWith("+") ? t.substring(1) : t);
            }
        }
        problem(n, join(path, key), "policy.yaml.expected-integer", key, YamlNodes.scalarText(n));
        return null;
    }

    private Boolean bool(Map<String, Node> m, String key, String path, Boolean dflt) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            return dflt;
        }
        if (n instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            return YamlNodes.toBoolean(s.getValue());
        }
        problem(n, join(path, key), "policy.yaml.expected-boolean", key);
        return dflt;
    }

    private LocalDate date(Map<String, Node> m, String key, String path, Node parent, boolean required) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            if (required) {
                problem(n == null ? parent : n, join(path, key), "policy.yaml.missing", key);
            }
            return null;
        }
        if (n instanceof ScalarNode s) {
            try {
                return LocalDate.parse(s.getValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(n, join(path, key), "policy.yaml.expected-date", key, YamlNodes.scalarText(n));
        return null;
    }

    /** An enum constant by name, case-insensitive, {@code -} or a space for {@code _}. */
    private <E extends Enum<E>> E enumValue(Map<String, Node> m, String key, String path, Node parent, boolean required,
                                            Class<E> type) {
        Node n = m.get(key);
        if (n == null || YamlNodes.isNull(n)) {
            if (required) {
                problem(n == null ? parent : n, join(path, key), "policy.yaml.missing", key);
            }
            return null;
        }
        if (n instanceof ScalarNode s) {
            String t = s.getValue().strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(enumText(e));
        }
        problem(n, join(path, key), "policy.yaml.unknown-value", YamlNodes.scalarText(n), String.join(", ", names));
        return null;
    }

    /** How the file writes an enum: the side in lower case ({@code igo}, {@code insurer}), the others by name. */
    static String enumText(Enum<?> e) {
        return e instanceof RoundSide ? e.name().toLowerCase(Locale.ROOT) : e.name();
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /** Writes the quote atomically with the default header (who, to whom, which year; where the format is described). */
    public static void write(Quote quote, Path path) throws IOException {
        write(quote, path, defaultHeader(quote));
    }

    /** Writes the quote atomically under the given comment lines (without {@code #}). */
    public static void write(Quote quote, Path path, List<String> header) throws IOException {
        byte[] bytes = toYaml(quote, header).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path, out -> out.write(bytes));
    }

    public static List<String> defaultHeader(Quote q) {
        String who = q.igoName().isEmpty() ? "AGB " + q.igoAgb() : q.igoName() + " (AGB " + q.igoAgb() + ")";
        return List.of("Offerte integrale geboortezorg van " + who + " aan " + q.insurerId() + ", contractjaar "
                        + q.contractYear() + ".",
                "Formaat: docs/quote-file-format.md. Bedragen in euro's met een punt als decimaalteken.");
    }

    public static String toYaml(Quote quote) {
        return toYaml(quote, defaultHeader(quote));
    }

    /**
     * The quote as YAML: keys in a fixed order, one line per participant, tariff line and reference line,
     * empty and unknown fields left out. Reading the text back gives the same quote (with id 0,
     * igoProviderId 0 and no recording time, which the file does not hold).
     */
    public static String toYaml(Quote quote, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            for (String line : h.split("\\R", -1)) {
                sb.append(line.isBlank() ? "#" : "# " + line.stripTrailing()).append('\n');
            }
        }
        sb.append("format: ").append(FORMAT).append('\n');
        sb.append("igo:\n");
        sb.append("  agb: ").append(quote(quote.igoAgb())).append('\n');
        if (!quote.igoName().isEmpty()) {
            sb.append("  name: ").append(str(quote.igoName())).append('\n');
        }
        sb.append("contractYear: ").append(quote.contractYear()).append('\n');
        sb.append("insurer: ").append(str(quote.insurerId())).append('\n');
        if (quote.rounds().isEmpty()) {
            sb.append("rounds: []\n");
            return sb.toString();
        }
        sb.append("rounds:\n");
        boolean first = true;
        for (QuoteRound r : quote.rounds()) {
            if (!first) {
                sb.append('\n');
            }
            first = false;
            round(sb, r);
        }
        return sb.toString();
    }

    private static void round(StringBuilder sb, QuoteRound r) {
        String in = "    ";
        sb.append("  - number: ").append(r.number()).append('\n');
        if (r.side() != null) {
            sb.append(in).append("side: ").append(enumText(r.side())).append('\n');
        }
        if (r.date() != null) {
            sb.append(in).append("date: ").append(r.date()).append('\n');
        }
        if (r.receivedOn() != null) {
            sb.append(in).append("receivedOn: ").append(r.receivedOn()).append('\n');
        }
        if (!r.author().isEmpty()) {
            sb.append(in).append("author: ").append(str(r.author())).append('\n');
        }
        if (!r.note().isEmpty()) {
            sb.append(in).append("note: ").append(str(r.note())).append('\n');
        }
        if (r.agreed()) {
            sb.append(in).append("agreed: true\n");
        }
        QuoteContent c = r.content();
        if (!c.participants().isEmpty()) {
            sb.append(in).append("participants:\n");
            for (Participant p : c.participants()) {
                Flow f = new Flow();
                f.text("name", p.name()).code("agb", p.agb().isEmpty() ? null : quote(p.agb()))
                        .code("discipline", p.discipline() == null ? null : enumText(p.discipline()));
                sb.append(in).append("  - ").append(f).append('\n');
            }
        }
        if (c.adherenceJoined() != null || c.adherenceTotal() != null) {
            Flow f = new Flow().number("joined", c.adherenceJoined()).number("total", c.adherenceTotal());
            sb.append(in).append("adherence: ").append(f).append('\n');
        }
        if (c.legalForm() != null) {
            sb.append(in).append("legalForm: ").append(enumText(c.legalForm())).append('\n');
        }
        if (!c.kvkNumber().isEmpty()) {
            sb.append(in).append("kvkNumber: ").append(quote(c.kvkNumber())).append('\n');
        }
        if (c.mandatesInWriting() != null) {
            sb.append(in).append("mandatesInWriting: ").append(c.mandatesInWriting()).append('\n');
        }
        if (!c.board().isEmpty()) {
            sb.append(in).append("board:\n");
            for (BoardMember b : c.board()) {
                Flow f = new Flow().text("name", b.name())
                        .code("discipline", b.discipline() == null ? null : enumText(b.discipline()));
                sb.append(in).append("  - ").append(f).append('\n');
            }
        }
        number(sb, in, "financingRequest", c.financingRequest());
        number(sb, in, "totalVolume", c.totalVolume());
        number(sb, in, "marketSharePct", c.marketSharePct());
        if (c.insuredInCare16Weeks() != null) {
            sb.append(in).append("insuredInCare16Weeks: ").append(c.insuredInCare16Weeks()).append('\n');
        }
        if (!c.tariffLines().isEmpty()) {
            sb.append(in).append("tariffLines:\n");
            for (TariffLine t : c.tariffLines()) {
                Flow f = new Flow().text("code", t.code()).text("description", t.description()).number("tariff", t.tariff())
                        .number("indexationPct", t.indexationPct()).number("volume", t.volume());
                sb.append(in).append("  - ").append(f).append('\n');
            }
        }
        if (!c.qualityGoals().isEmpty()) {
            sb.append(in).append("qualityGoals:\n");
            for (String g : c.qualityGoals()) {
                sb.append(in).append("  - ").append(str(g)).append('\n');
            }
        }
        if (!c.accounts().equals(AnnualAccounts.NONE)) {
            AnnualAccounts a = c.accounts();
            Flow f = new Flow().number("year", a.year()).code("received", String.valueOf(a.received()))
                    .code("approvedByAccountant", String.valueOf(a.approvedByAccountant()));
            sb.append(in).append("annualAccounts: ").append(f).append('\n');
        }
        if (c.monoClaims() != null) {
            sb.append(in).append("monoClaims: ").append(enumText(c.monoClaims())).append('\n');
        }
        if (!c.monoClaimsNote().isEmpty()) {
            sb.append(in).append("monoClaimsNote: ").append(str(c.monoClaimsNote())).append('\n');
        }
        if (!c.schoning().equals(Schoning.NONE)) {
            Schoning s = c.schoning();
            sb.append(in).append("schoning:\n");
            String in2 = in + "  ";
            if (!s.hospital().isEmpty()) {
                sb.append(in2).append("hospital: ").append(str(s.hospital())).append('\n');
            }
            number(sb, in2, "amount", s.amount());
            if (!s.method().isEmpty()) {
                sb.append(in2).append("method: ").append(str(s.method())).append('\n');
            }
            if (s.status() != null) {
                sb.append(in2).append("status: ").append(enumText(s.status())).append('\n');
            }
            if (!s.document().isEmpty()) {
                sb.append(in2).append("document: ").append(str(s.document())).append('\n');
            }
        }
        MonoReference mr = c.monoReference();
        if (mr.enteredPerBirth() != null || !mr.lines().isEmpty()) {
            sb.append(in).append("monoReference:\n");
            String in2 = in + "  ";
            number(sb, in2, "perBirth", mr.enteredPerBirth());
            if (!mr.lines().isEmpty()) {
                sb.append(in2).append("lines:\n");
                for (ReferenceLine l : mr.lines()) {
                    Flow f = new Flow().text("code", l.code()).text("description", l.description())
                            .number("tariff", l.tariff()).number("perBirth", l.perBirth());
                    sb.append(in2).append("  - ").append(f).append('\n');
                }
            }
        }
        if (!c.confirmedItems().isEmpty()) {
            sb.append(in).append("confirmedItems: [")
                    .append(String.join(", ", c.confirmedItems().stream().map(QuoteFile::str).toList())).append("]\n");
        }
    }

    private static void number(StringBuilder sb, String indent, String key, BigDecimal v) {
        if (v != null) {
            sb.append(indent).append(key).append(": ").append(v.toPlainString()).append('\n');
        }
    }

    /** A one-line flow mapping {@code {a: 1, b: text}}; empty and null values are left out. */
    private static final class Flow {
        private final List<String> parts = new ArrayList<>();

        Flow text(String key, String v) {
            if (v != null && !v.isEmpty()) {
                parts.add(key + ": " + str(v));
            }
            return this;
        }

        Flow code(String key, String written) {
            if (written != null) {
                parts.add(key + ": " + written);
            }
            return this;
        }

        Flow number(String key, Object v) {
            if (v instanceof BigDecimal d) {
                parts.add(key + ": " + d.toPlainString());
            } else if (v != null) {
                parts.add(key + ": " + v);
            }
            return this;
        }

        @Override
        public String toString() {
            return "{" + String.join(", ", parts) + "}";
        }
    }

    private static final Set<String> YAML_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

    /**
     * A text as a plain scalar when YAML reads it back as the same text, also inside a flow mapping
     * (starts with a letter, no {@code :,[]{}#"}, not a yes/no word); quoted otherwise.
     */
    static String str(String s) {
        boolean plain = !s.isEmpty() && Character.isLetter(s.charAt(0)) && s.equals(s.strip())
                && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT));
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == ':' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#' || c == '"'
                    || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                plain = false;
            }
        }
        return plain ? s : quote(s);
    }

    /**
     * A double-quoted YAML scalar. Besides quotes, backslashes and control characters, the characters the
     * reader refuses raw (C1 controls, U+FEFF, U+FFFE/FFFF) and YAML's own line breaks (U+0085, U+2028,
     * U+2029) are escaped, so any text the domain holds reads back as itself.
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        sb.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
