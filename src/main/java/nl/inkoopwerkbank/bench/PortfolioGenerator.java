package nl.inkoopwerkbank.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyClone;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A synthetic national birth-care portfolio, the same for the same seed: the workbench's sample data
 * plus {@code providers} fictional providers spread over the 31 zorgkantoor regions in a national mix of
 * types (midwifery practices, kraamzorg, echoscopists, birth centres, IGO's, VSV's, hospitals), contracts
 * with the four insurers, answers to every catalogue question that applies to their type (numbers drawn
 * around the thresholds the policies test, so every outcome occurs), and each bundled policy also in the
 * two years before it. Everything is clearly fictional: AGB-codes in the {@code xx9xxxxx} range, addresses
 * on {@code .example} domains.
 *
 * <pre>java -cp target/inkoopwerkbank.jar nl.inkoopwerkbank.bench.PortfolioGenerator --db target/bench/landelijk</pre>
 */
@Command(name = "portfolio-generator", mixinStandardHelpOptions = true,
        description = "Creates a synthetic national portfolio database (fixed seed) for the benchmarks.")
public final class PortfolioGenerator implements Callable<Integer> {

    /** What was generated. */
    public record Summary(int providers, long factAnswers, int policies, long bytes) {
        @Override
        public String toString() {
            return String.format("%d aanbieders, %d antwoorden, %d beleidsstukken, %.0f MB", providers, factAnswers,
                    policies, bytes / 1e6);
        }
    }

    public static final String[] INSURERS = {"salland", "vgz", "zorgenzekerheid", "caresq"};

    /** Share of each type in the national mix (per mille). */
    private static final Map<ProviderType, Integer> MIX = new TreeMap<>(Map.of(
            ProviderType.VERLOSKUNDIGENPRAKTIJK, 300, ProviderType.KRAAMZORGORGANISATIE, 260,
            ProviderType.ECHOSCOPIEPRAKTIJK, 150, ProviderType.VERLOSKUNDIGE_ZORGGROEP, 50,
            ProviderType.BEMIDDELINGSBUREAU, 40, ProviderType.GEBOORTECENTRUM, 30, ProviderType.IGO, 60,
            ProviderType.VSV, 60, ProviderType.ZIEKENHUIS, 40, ProviderType.ZBC, 10));

    /** The first two digits of an AGB-code by type (zorgverlenersoort), as the register uses them. */
    private static final Map<ProviderType, String> AGB_PREFIX = Map.of(ProviderType.VERLOSKUNDIGENPRAKTIJK, "08",
            ProviderType.VERLOSKUNDIGE_ZORGGROEP, "08", ProviderType.ECHOSCOPIEPRAKTIJK, "08",
            ProviderType.GEBOORTECENTRUM, "22", ProviderType.KRAAMZORGORGANISATIE, "33",
            ProviderType.BEMIDDELINGSBUREAU, "33", ProviderType.IGO, "75", ProviderType.VSV, "75",
            ProviderType.ZIEKENHUIS, "06", ProviderType.ZBC, "22");

    private static final Map<ProviderType, String> KIND = Map.of(ProviderType.VERLOSKUNDIGENPRAKTIJK,
            "Verloskundigenpraktijk", ProviderType.VERLOSKUNDIGE_ZORGGROEP, "Verloskundige Zorggroep",
            ProviderType.ECHOSCOPIEPRAKTIJK, "Echocentrum", ProviderType.GEBOORTECENTRUM, "Geboortecentrum",
            ProviderType.KRAAMZORGORGANISATIE, "Kraamzorg", ProviderType.BEMIDDELINGSBUREAU, "Kraambemiddeling",
            ProviderType.IGO, "IGO", ProviderType.VSV, "VSV", ProviderType.ZIEKENHUIS, "Ziekenhuis",
            ProviderType.ZBC, "Kliniek");

    private static final String[] NAMES = {"De Linde", "Het Anker", "De Wieg", "Zonnedauw", "De Kievit", "Het Veerhuis",
        "De Meander", "Korenbloem", "De Esch", "Het Hofje", "Dijkzicht", "De Wilg", "Lepelaar", "Noorderlicht",
        "De Vlinder", "Ariënshof", "De Boomgaard", "Het Wiegje", "De Ooievaar", "Levensboom", "De Zwaluw", "Het Nest",
        "Duinroos", "De Polder", "Het Baken", "De Beemd", "Klaproos", "De Waard", "Het Zand", "De Hoeve", "Rivierzicht",
        "De Eik", "Het Lint", "De Kolk", "Zeeuwse Stroom", "De Veluwezoom", "Bloesem", "Het Kompas", "De Kaap",
        "De Kempen", "Het Groene Hart", "De Marke", "Het Ven", "De Brug", "Moederhart", "Kraamhulp Oost", "Het Zonnelied"};
    private static final String[] STREETS = {"Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat",
        "Beukenlaan", "Julianastraat", "Brinklaan", "Havenkade", "Wilhelminalaan", "Marktplein", "Parallelweg"};
    private static final String[] FIRST = {"Marieke", "Anouk", "Renske", "Lotte", "Ine", "Femke", "Sanne", "José",
        "Esther", "Karin", "Ilse", "Noor", "Petra", "Wendy", "Yvonne", "Hanneke"};
    private static final String[] LAST = {"van Dalsen", "Brinkhuis", "Hulshof", "Ramaker", "de Vries", "Jansen",
        "Bakker", "Hermans", "Smit", "Mulder", "de Boer", "Peters", "Kok", "Vermeulen", "Hendriks", "van Dijk"};
    private static final String LETTERS = "ABCEGHJKLMNPRSTVWXZ";

    /** The 31 zorgkantoor regions, each with places and their postcode's first two digits. */
    private static final String[][] REGIONS = {
        {"Groningen", "Groningen:97", "Delfzijl:99", "Veendam:96"}, {"Friesland", "Leeuwarden:89", "Sneek:86", "Heerenveen:84"},
        {"Drenthe", "Assen:94", "Emmen:78", "Meppel:79"}, {"Zwolle", "Zwolle:80", "Kampen:82", "Hardenberg:77"},
        {"Twente", "Enschede:75", "Hengelo:75", "Almelo:76"}, {"Midden-IJssel", "Deventer:74", "Raalte:81", "Twello:73"},
        {"Apeldoorn/Zutphen", "Apeldoorn:73", "Zutphen:72", "Epe:81"}, {"Arnhem", "Arnhem:68", "Ede:67", "Doetinchem:70"},
        {"Nijmegen", "Nijmegen:65", "Wijchen:66", "Tiel:40"}, {"Flevoland", "Almere:13", "Lelystad:82", "Emmeloord:83"},
        {"Utrecht", "Utrecht:35", "Amersfoort:38", "Nieuwegein:34"}, {"Noord-Holland Noord", "Alkmaar:18", "Den Helder:17", "Hoorn:16"},
        {"Kennemerland", "Haarlem:20", "Beverwijk:19", "Heemstede:21"}, {"Zaanstreek/Waterland", "Zaandam:15", "Purmerend:14", "Wormer:15"},
        {"Amsterdam", "Amsterdam:10", "Diemen:11", "Amstelveen:11"}, {"Amstelland en de Meerlanden", "Hoofddorp:21", "Uithoorn:14", "Aalsmeer:14"},
        {"Gooi en Vechtstreek", "Hilversum:12", "Bussum:14", "Huizen:12"}, {"Zuid-Holland Noord", "Leiden:23", "Katwijk:22", "Alphen aan den Rijn:24"},
        {"Haaglanden", "Den Haag:25", "Delft:26", "Zoetermeer:27"}, {"Delft Westland Oostland", "Naaldwijk:26", "Pijnacker:26", "Monster:26"},
        {"Midden-Holland", "Gouda:28", "Waddinxveen:27", "Bodegraven:24"}, {"Rotterdam", "Rotterdam:30", "Capelle aan den IJssel:29", "Schiedam:31"},
        {"Waardenland", "Gorinchem:42", "Dordrecht:33", "Sliedrecht:33"}, {"Zuid-Hollandse Eilanden", "Spijkenisse:32", "Hellevoetsluis:32", "Oud-Beijerland:32"},
        {"Zeeland", "Middelburg:43", "Goes:44", "Terneuzen:45"}, {"West-Brabant", "Breda:48", "Roosendaal:47", "Bergen op Zoom:46"},
        {"Midden-Brabant", "Tilburg:50", "Waalwijk:51", "Oisterwijk:50"}, {"Noordoost-Brabant", "Den Bosch:52", "Oss:53", "Uden:54"},
        {"Zuidoost-Brabant", "Eindhoven:56", "Helmond:57", "Veldhoven:55"}, {"Noord- en Midden-Limburg", "Venlo:59", "Roermond:60", "Weert:60"},
        {"Zuid-Limburg", "Maastricht:62", "Heerlen:64", "Sittard:61"}};

    @Option(names = "--db", required = true, description = "Database to create (path without .mv.db; must not exist).")
    Path db;

    @Option(names = "--providers", defaultValue = "10000", description = "Synthetic providers (default ${DEFAULT-VALUE}).")
    int providers;

    @Option(names = "--seed", defaultValue = "20261123", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--register", description = "Also write a register extract (CSV) of --rows rows here.")
    Path register;

    @Option(names = "--rows", defaultValue = "100000", description = "Rows of the register extract (default ${DEFAULT-VALUE}).")
    int rows;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PortfolioGenerator()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"))) {
            System.err.println("Database bestaat al: " + db + ".mv.db (kies een nieuwe naam)");
            return 2;
        }
        if (db.toAbsolutePath().getParent() != null) {
            Files.createDirectories(db.toAbsolutePath().getParent());
        }
        long t0 = System.nanoTime();
        Summary s = generate(db, providers, seed);
        System.out.printf("Portefeuille %s: %s in %.1f s%n", db, s, (System.nanoTime() - t0) / 1e9);
        if (register != null) {
            RegisterFile.write(register, rows, seed);
            System.out.printf("Registeruittreksel %s: %d rijen%n", register, rows);
        }
        return 0;
    }

    /**
     * Creates the portfolio database at {@code basePath} (which must not exist yet): sample data, then the
     * synthetic providers with contracts and answers, then the earlier years of every policy.
     */
    public static Summary generate(Path basePath, int providers, long seed) {
        int policyCount;
        long answers;
        Path dataFile;
        try (Workbench wb = Workbench.open(basePath, true, Clock.systemDefaultZone())) {
            List<Policy> policies = wb.policies().all();
            policyCount = policies.size();
            for (Policy p : policies) {
                for (int back = 1; back <= 2; back++) {
                    Policy earlier = PolicyClone.toYear(p, p.year() - back);
                    if (wb.policies().find(earlier.id()).isEmpty()) {
                        wb.policies().save(earlier);
                        policyCount++;
                    }
                }
            }
            Map<String, List<BigDecimal>> thresholds = thresholds(policies);
            List<FactDefinition> facts = wb.policies().facts().all();
            answers = wb.database().jdbi().inTransaction(h -> {
                try {
                    return insert(h.getConnection(), providers, seed, facts, thresholds);
                } catch (SQLException e) {
                    throw new IllegalStateException("portefeuille niet gemaakt: " + e.getMessage(), e);
                }
            });
            dataFile = wb.database().dataFile();
        }
        // the workbench opens H2 without space reuse (see docs/data-safety.md), so the bulk insert leaves a
        // sparse file: compact it once, as a buyer's database would be after a long-running session closes
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + basePath.toAbsolutePath() + ";IFEXISTS=TRUE", "iwb", "");
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("portefeuille niet gecomprimeerd: " + e.getMessage(), e);
        }
        return new Summary(providers, answers, policyCount, dataFile.toFile().length());
    }

    private static long insert(Connection c, int count, long seed, List<FactDefinition> facts,
            Map<String, List<BigDecimal>> thresholds) throws SQLException {
        long answers = 0;
        Map<String, Integer> perPrefix = new HashMap<>();
        Map<ProviderType, Integer> perType = new HashMap<>();
        List<ProviderType> types = new ArrayList<>();
        MIX.forEach((t, share) -> {
            for (int i = 0; i < share; i++) {
                types.add(t);
            }
        });
        try (PreparedStatement p = c.prepareStatement("INSERT INTO provider (agb_code, name, type, kvk_number, street, "
                + "postcode, place, region, contact_person, email, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement k = c.prepareStatement("INSERT INTO provider_contract (provider_id, insurer_id, since) VALUES (?,?,?)");
                PreparedStatement f = c.prepareStatement("INSERT INTO fact_answer (provider_id, fact_key, insurer_id, fact_type, "
                        + "answer, source, checked_on, checked_by) VALUES (?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < count; i++) {
                Random r = new Random(seed * 31 + i);
                ProviderType type = types.get(r.nextInt(types.size()));
                int n = perType.merge(type, 1, Integer::sum);
                int serial = perPrefix.merge(AGB_PREFIX.get(type), 1, Integer::sum);
                String[] region = REGIONS[r.nextInt(REGIONS.length)];
                String[] place = region[1 + r.nextInt(region.length - 1)].split(":");
                String name = KIND.get(type) + " " + NAMES[r.nextInt(NAMES.length)] + " " + place[0]
                        + (n > NAMES.length ? " " + (n / NAMES.length + 1) : "");
                String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                p.setString(1, AGB_PREFIX.get(type) + "9" + String.format("%05d", serial));
                p.setString(2, name);
                p.setString(3, type.name());
                p.setString(4, String.format("%08d", 10_000_000 + r.nextInt(89_999_999)));
                p.setString(5, STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(180)));
                p.setString(6, place[1] + (10 + r.nextInt(90)) + " " + LETTERS.charAt(r.nextInt(LETTERS.length()))
                        + LETTERS.charAt(r.nextInt(LETTERS.length())));
                p.setString(7, place[0]);
                p.setString(8, region[0]);
                p.setString(9, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
                p.setString(10, "info@" + slug + ".example");
                p.setString(11, r.nextInt(10) == 0 ? "Fictieve aanbieder (benchmarkportefeuille)" : null);
                p.executeUpdate();
                long id;
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                List<String> contracted = new ArrayList<>();
                for (String insurer : INSURERS) {
                    if (r.nextInt(100) < 70) {
                        contracted.add(insurer);
                        k.setLong(1, id);
                        k.setString(2, insurer);
                        k.setObject(3, LocalDate.of(2005 + r.nextInt(22), 1, 1));
                        k.addBatch();
                    }
                }
                LocalDate checked = LocalDate.of(2026, 9, 1).plusDays(r.nextInt(80));
                for (FactDefinition d : facts) {
                    if (!d.appliesTo(type) || r.nextInt(100) < 4) {
                        continue; // not asked of this type, or not answered yet
                    }
                    for (String insurer : d.insurerScoped() ? contracted : List.of("")) {
                        FactValue v = value(d, r, thresholds.getOrDefault(d.key(), List.of()));
                        f.setLong(1, id);
                        f.setString(2, d.key());
                        f.setString(3, insurer);
                        f.setString(4, d.type().code());
                        f.setString(5, v.encode());
                        f.setString(6, "Jaarverslag 2025 (fictief)");
                        f.setObject(7, checked);
                        f.setString(8, "Benchmark");
                        f.addBatch();
                        answers++;
                    }
                }
                if (i % 200 == 199) {
                    k.executeBatch();
                    f.executeBatch();
                }
            }
            k.executeBatch();
            f.executeBatch();
        }
        return answers;
    }

    /** An answer of the fact's type: most yes, numbers around the thresholds the policies test. */
    private static FactValue value(FactDefinition d, Random r, List<BigDecimal> limits) {
        return switch (d.type()) {
            case BOOLEAN -> FactValue.bool(r.nextInt(100) < 88);
            case CHOICE -> FactValue.choice(d.choices().isEmpty() ? "onbekend" : d.choices().get(r.nextInt(d.choices().size())));
            case LIST -> {
                Set<String> picked = new LinkedHashSet<>();
                for (String choice : d.choices()) {
                    if (r.nextInt(100) < 55) {
                        picked.add(choice);
                    }
                }
                yield FactValue.list(List.copyOf(picked));
            }
            case DATE -> new FactValue(FactType.DATE, LocalDate.of(2024, 1, 1).plusDays(r.nextInt(3 * 365)));
            case PERCENTAGE -> FactValue.number(FactType.PERCENTAGE,
                    around(limits, r, BigDecimal.valueOf(100)).min(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP));
            case MONEY -> FactValue.number(FactType.MONEY, around(limits, r, BigDecimal.valueOf(250_000)).setScale(0, RoundingMode.HALF_UP));
            case NUMBER -> {
                BigDecimal n = around(limits, r, BigDecimal.valueOf(12));
                yield FactValue.number(FactType.NUMBER, d.wholeNumber() ? n.setScale(0, RoundingMode.HALF_UP) : n.setScale(1, RoundingMode.HALF_UP));
            }
        };
    }

    /** A value between 0.6 and 1.6 times one of the thresholds (or the default scale when none is tested). */
    private static BigDecimal around(List<BigDecimal> limits, Random r, BigDecimal scale) {
        BigDecimal base = limits.isEmpty() ? scale : limits.get(r.nextInt(limits.size()));
        if (base.signum() == 0) {
            base = BigDecimal.ONE;
        }
        return base.multiply(BigDecimal.valueOf(0.6 + r.nextDouble())).max(BigDecimal.ZERO);
    }

    /** Every number a policy condition compares a fact with, by fact. */
    static Map<String, List<BigDecimal>> thresholds(List<Policy> policies) {
        Map<String, List<BigDecimal>> out = new HashMap<>();
        for (Policy p : policies) {
            for (Requirement q : p.requirements()) {
                collect(q.condition(), out);
                collect(q.when(), out);
            }
            for (ContractType c : p.contractTypes()) {
                for (ContractType.Tier t : c.tiers()) {
                    collect(t.condition(), out);
                }
            }
        }
        return out;
    }

    private static void collect(Condition c, Map<String, List<BigDecimal>> out) {
        if (c == null) {
            return;
        }
        if (c instanceof Condition.FactTest t) {
            if (t.value() instanceof Condition.Literal l && l.value() instanceof BigDecimal b) {
                out.computeIfAbsent(t.fact(), k -> new ArrayList<>()).add(b);
            }
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.AtLeast a) {
            a.of().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.Not n) {
            collect(n.condition(), out);
        }
    }
}
