package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an encrypted database. The buyer's passphrase is stretched with PBKDF2-HMAC-SHA256 over a
 * random 16-byte salt (600,000 iterations by default, OWASP's 2023 figure) into a 256-bit key; that key,
 * not the passphrase, is what H2 gets as its file password, so H2's own (fast) derivation never sees
 * anything guessable. The salt, the iteration count and a check value (an HMAC of a fixed text under the
 * derived key, so a wrong passphrase is told apart from a damaged file) are kept in {@code <name>.key}
 * beside the database and inside every backup. The file holds nothing secret.
 */
public final class DatabaseKey {

    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer iterations are refused when a key file is read: a tampered file must not weaken the key. */
    static final int MIN_ITERATIONS = 1_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final byte[] CHECK_TEXT = "inkoopwerkbank database key check v1".getBytes(StandardCharsets.US_ASCII);
    static final String SUFFIX = ".key";

    private static final int HEADER_BYTES = 64;

    private final int iterations;
    private final byte[] salt;
    private final byte[] check;
    /** SHA-256 of the first bytes of the encrypted file this key was made for (H2's own random salt is there). */
    private final byte[] fileHeader;

    private DatabaseKey(int iterations, byte[] salt, byte[] check, byte[] fileHeader) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.check = check.clone();
        this.fileHeader = fileHeader == null ? null : fileHeader.clone();
    }

    /** This key, recording which encrypted file it belongs to. */
    DatabaseKey forFile(Path encryptedFile) throws IOException {
        return new DatabaseKey(iterations, salt, check, headerHash(encryptedFile));
    }

    /** True when this key was made for {@code encryptedFile} (false when it does not say). */
    boolean belongsTo(Path encryptedFile) throws IOException {
        return fileHeader != null && MessageDigest.isEqual(fileHeader, headerHash(encryptedFile));
    }

    private static byte[] headerHash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MessageDigest.getInstance("SHA-256").digest(in.readNBytes(HEADER_BYTES));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new key description for {@code passphrase}, with a fresh random salt. */
    public static DatabaseKey create(char[] passphrase, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        byte[] key = derive(passphrase, salt, iterations);
        try {
            return new DatabaseKey(iterations, salt, checkValue(key), null);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The H2 file password for {@code passphrase}, or {@link DatabaseException.Reason#WRONG_PASSPHRASE} when
     * it does not match this key's check value.
     */
    char[] filePassword(char[] passphrase, Path file) {
        byte[] key = derive(passphrase, salt, iterations);
        try {
            if (!MessageDigest.isEqual(check, checkValue(key))) {
                throw new DatabaseException(DatabaseException.Reason.WRONG_PASSPHRASE,
                        "De wachtwoordzin voor " + file + " klopt niet.", null);
            }
            return HexFormat.of().formatHex(key).toCharArray();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public int iterations() {
        return iterations;
    }

    byte[] salt() {
        return salt.clone();
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] checkValue(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(CHECK_TEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** The key file beside a database. */
    public static Path file(Path basePath) {
        return basePath.resolveSibling(basePath.getFileName() + SUFFIX);
    }

    String toText() {
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("kdf", ALGORITHM);
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("check", Base64.getEncoder().encodeToString(check));
        if (fileHeader != null) {
            p.setProperty("file", Base64.getEncoder().encodeToString(fileHeader));
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Inkoopwerkbank database key (salt and check value; no secret)");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static DatabaseKey fromText(String text, String where) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(where, e);
        }
        try {
            if (!"1".equals(p.getProperty("format")) || !ALGORITHM.equals(p.getProperty("kdf"))) {
                throw unreadable(where, null);
            }
            int iterations = Integer.parseInt(p.getProperty("iterations", ""));
            byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
            byte[] check = Base64.getDecoder().decode(p.getProperty("check", ""));
            if (iterations < MIN_ITERATIONS || salt.length < SALT_BYTES || check.length != 32) {
                throw unreadable(where, null);
            }
            String file = p.getProperty("file");
            return new DatabaseKey(iterations, salt, check, file == null ? null : Base64.getDecoder().decode(file));
        } catch (IllegalArgumentException e) {
            throw unreadable(where, e);
        }
    }

    static DatabaseKey read(Path keyFile) {
        try {
            return fromText(Files.readString(keyFile, StandardCharsets.ISO_8859_1), keyFile.toString());
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.KEY_MISSING,
                    "Het sleutelbestand " + keyFile + " van de versleutelde database kan niet worden gelezen.", e);
        }
    }

    static DatabaseKey read(InputStream in, String where) throws IOException {
        return fromText(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), where);
    }

    private static DatabaseException unreadable(String where, Exception cause) {
        return new DatabaseException(DatabaseException.Reason.KEY_MISSING,
                "Het sleutelbestand " + where + " van de versleutelde database is beschadigd.", cause);
    }
}
