package nl.inkoopwerkbank.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Large provider registers (register extracts) for the import benchmark and tests: realistic, fictional, valid rows (8-digit AGB-codes
 * starting with 5 so they never meet the sample data, Dutch postcodes, .example addresses, contracts with
 * the four insurers), generated from a fixed seed so a failure can be reproduced.
 */
public final class RegisterFile {

    public static final String HEADER =
            "agb_code;naam;type;kvk_nummer;straat;postcode;plaats;regio;contactpersoon;email;contracten;notities";

    private static final List<String> KINDS = List.of("Verloskundigenpraktijk", "Kraamzorg", "Echocentrum",
            "Geboortecentrum", "Verloskundigen", "Kraamzorg Thuis", "Praktijk");
    private static final List<String> NAMES = List.of("De Linde", "Het Anker", "De Wieg", "Zonnedauw", "De Kievit",
            "Het Veerhuis", "De Meander", "Korenbloem", "De Esch", "Het Hofje", "Dijkzicht", "De Wilg", "Lepelaar",
            "Noorderlicht", "De Vlinder", "Bosch\u00e9 Zorg", "Ari\u00ebnshof", "De Boomgaard");
    private static final List<String> STREETS = List.of("Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg",
            "Schoolstraat", "Beukenlaan", "Julianastraat", "Brinklaan", "Havenkade");
    /** Place, region and the first two digits of its postcodes. */
    private static final List<String[]> PLACES = List.of(new String[] {"Deventer", "Midden-IJssel", "74"},
            new String[] {"Raalte", "Midden-IJssel", "81"}, new String[] {"Tilburg", "Midden-Brabant", "50"},
            new String[] {"Gouda", "Midden-Holland", "28"}, new String[] {"Nijmegen", "Nijmegen", "65"},
            new String[] {"Venlo", "Noord- en Midden-Limburg", "59"}, new String[] {"Alkmaar", "Noord-Holland Noord", "18"},
            new String[] {"Oss", "Noordoost-Brabant", "53"}, new String[] {"Enschede", "Twente", "75"},
            new String[] {"Leiden", "Zuid-Holland Noord", "23"}, new String[] {"Gorinchem", "Waardenland", "42"});
    private static final List<String> PEOPLE = List.of("Marieke van Dalsen", "Anouk Brinkhuis", "Renske Hulshof",
            "Lotte Ramaker", "Ine de Vries", "Femke Jansen", "Sanne Bakker", "Jos\u00e9 Hermans");
    private static final List<String> INSURERS = List.of("salland", "vgz", "zorgenzekerheid", "caresq");
    private static final String LETTERS = "ABCEGHJKLMNPRTVWXZ";

    private RegisterFile() {
    }

    /** The AGB-code of the {@code i}-th generated provider (0-based). */
    public static String agb(int i) {
        return String.format("5%07d", i);
    }

    /** The name of the {@code i}-th provider of a register made with {@code seed}. */
    public static String name(long seed, int i) {
        return line(new Random(seed + i), i).split(";")[1];
    }

    /** Writes a register of {@code rows} providers (UTF-8 with BOM, as Excel saves CSV UTF-8) and returns the file. */
    public static Path write(Path file, int rows, long seed) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                w.write(line(new Random(seed + i), i));
                w.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** One provider line; every field from its own random stream, so a line does not depend on the others. */
    static String line(Random r, int i) {
        ProviderType type = ProviderType.values()[r.nextInt(ProviderType.values().length)];
        String[] place = PLACES.get(r.nextInt(PLACES.size()));
        String name = KINDS.get(r.nextInt(KINDS.size())) + " " + NAMES.get(r.nextInt(NAMES.size())) + " " + (i + 1);
        String postcode = place[2] + (10 + r.nextInt(90)) + " " + LETTERS.charAt(r.nextInt(LETTERS.length()))
                + LETTERS.charAt(r.nextInt(LETTERS.length()));
        String kvk = String.format("%08d", 10_000_000 + r.nextInt(89_999_999));
        StringBuilder contracts = new StringBuilder();
        for (String insurer : INSURERS) {
            if (r.nextInt(3) == 0) {
                contracts.append(contracts.length() == 0 ? "" : "|").append(insurer).append(':')
                        .append(2005 + r.nextInt(22)).append("-01-01");
            }
        }
        String notes = r.nextInt(4) == 0 ? "Fictief; aanmelding " + (2020 + r.nextInt(8)) + " ontvangen" : "";
        return String.join(";", agb(i), name, type.name(), kvk, STREETS.get(r.nextInt(STREETS.size())) + " " + (1 + r.nextInt(120)),
                postcode, place[0], place[1], PEOPLE.get(r.nextInt(PEOPLE.size())),
                "info@praktijk" + (i + 1) + ".example", contracts.toString(), notes.contains(";") ? "\"" + notes + "\"" : notes);
    }
}
