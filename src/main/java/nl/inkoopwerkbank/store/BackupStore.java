package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import nl.inkoopwerkbank.domain.backup.BackupInfo;

/**
 * The backups of one database, in the folder {@code <name>-backups} beside it. A backup is one zip with
 * a manifest ({@value #MANIFEST}: when, why, what it holds), the database file and, for an encrypted
 * database, its key file (salt and check value, no secret; the pages stay encrypted). A backup is
 * written beside its final name, forced to disk and renamed, so a listed backup is always complete.
 * An open database is copied with H2's {@code BACKUP TO}, which is consistent while the database is in
 * use; a closed one (before a migration or conversion) is copied as a file.
 */
public final class BackupStore {

    static final String MANIFEST = "inkoopwerkbank-backup.properties";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** The tables counted into a backup's manifest, by kind. */
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put(BackupInfo.PROVIDERS, "provider");
        COUNTED.put(BackupInfo.POLICIES, "policy");
        COUNTED.put(BackupInfo.FACTS, "fact_answer");
        COUNTED.put(BackupInfo.QUOTES, "quote");
        COUNTED.put(BackupInfo.QUOTE_ROUNDS, "quote_round");
        COUNTED.put(BackupInfo.CALENDAR_ITEMS, "calendar_own_item");
        COUNTED.put(BackupInfo.AUDIT_ENTRIES, "audit_entry");
    }

    private final Path base;
    private final Path folder;
    private final Clock clock;

    private BackupStore(Path base, Clock clock) {
        this.base = base;
        this.folder = base.resolveSibling(base.getFileName() + "-backups");
        this.clock = clock;
    }

    public static BackupStore forDatabase(Path basePath) {
        return forDatabase(basePath, Clock.systemDefaultZone());
    }

    public static BackupStore forDatabase(Path basePath, Clock clock) {
        return new BackupStore(DataLocation.basePath(basePath), clock);
    }

    public Path folder() {
        return folder;
    }

    /** Every readable backup, newest first. Unfinished ({@code .tmp}) and unreadable files are skipped. */
    public List<BackupInfo> list() {
        List<BackupInfo> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path f : files) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(BackupInfo::createdAt).reversed().thenComparing(BackupInfo::id,
                Comparator.reverseOrder()));
        return out;
    }

    public Optional<BackupInfo> latest() {
        List<BackupInfo> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public Optional<BackupInfo> find(String id) {
        return list().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Path file(BackupInfo backup) {
        return folder.resolve(backup.id());
    }

    /**
     * A consistent backup of the open database. H2's {@code BACKUP TO} writes a zip with the database file
     * in it, compressed; the manifest (and the key of an encrypted database) are added to that zip as it is,
     * so the database is not unpacked and packed a second time, and the finished zip is renamed into place.
     */
    public BackupInfo create(Database db, String reason, String detail) {
        Path h2Zip = folder.resolve("." + base.getFileName() + "-h2backup.zip.tmp");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(h2Zip);
            Map<String, Long> counts = counts(db);
            db.jdbi().useHandle(h -> h.execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'"));
            String entry = DataLocation.dataFile(base).getFileName().toString();
            Instant now = clock.instant();
            byte[] manifest = manifest(now, reason, detail, db.isEncrypted(), db.schemaVersion(), counts);
            byte[] key = db.isEncrypted() ? Files.readAllBytes(DatabaseKey.file(base)) : null;
            try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(h2Zip)) {
                if (!Files.isRegularFile(zip.getPath(entry))) {
                    throw new IOException("H2 wrote no " + entry + " into its backup");
                }
                Files.write(zip.getPath(MANIFEST), manifest);
                if (key != null) {
                    Files.write(zip.getPath(DatabaseKey.file(base).getFileName().toString()), key);
                }
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(h2Zip,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Path target = folder.resolve(uniqueName(now, reason));
            AtomicStore.move(h2Zip, target);
            return read(target).orElseThrow(() -> new IOException("the new backup " + target + " cannot be read back"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatabaseException de) {
                throw de;
            }
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De back-up in " + folder + " kan niet worden gemaakt: " + e.getMessage(), e);
        } finally {
            Database.deleteQuietly(h2Zip);
        }
    }

    /**
     * A backup of the closed database file (before a migration or a conversion); nothing when there is no
     * file. {@code counts} may be empty when the database could not be read.
     */
    public Optional<BackupInfo> createOffline(String reason, String schemaVersion, Map<String, Long> counts) {
        Path file = DataLocation.dataFile(base);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(write(reason, "", Database.isEncrypted(base), schemaVersion, counts, in));
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De back-up in " + folder + " kan niet worden gemaakt: " + e.getMessage(), e);
        }
    }

    public Optional<BackupInfo> createOffline(String reason) {
        return createOffline(reason, "", Map.of());
    }

    private BackupInfo write(String reason, String detail, boolean encrypted, String schemaVersion,
                             Map<String, Long> counts, InputStream databaseBytes) throws IOException {
        Instant now = clock.instant();
        String name = uniqueName(now, reason);
        Path target = folder.resolve(name);
        String dbEntry = DataLocation.dataFile(base).getFileName().toString();
        byte[] manifest = manifest(now, reason, detail, encrypted, schemaVersion, counts);
        byte[] key = encrypted ? Files.readAllBytes(DatabaseKey.file(base)) : null;
        AtomicStore.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest);
            zip.closeEntry();
            if (key != null) {
                zip.putNextEntry(new ZipEntry(DatabaseKey.file(base).getFileName().toString()));
                zip.write(key);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(dbEntry));
            databaseBytes.transferTo(zip);
            zip.closeEntry();
            zip.finish();
        });
        return read(target).orElseThrow(() -> new IOException("the new backup " + target + " cannot be read back"));
    }

    /** The manifest of a backup: when and why it was made, what it holds. */
    private byte[] manifest(Instant now, String reason, String detail, boolean encrypted, String schemaVersion,
                            Map<String, Long> counts) throws IOException {
        String dbEntry = DataLocation.dataFile(base).getFileName().toString();
        Properties manifest = new Properties();
        manifest.setProperty("format", "1");
        manifest.setProperty("created", now.toString());
        manifest.setProperty("reason", reason);
        manifest.setProperty("detail", detail == null ? "" : detail);
        manifest.setProperty("encrypted", Boolean.toString(encrypted));
        manifest.setProperty("schema", schemaVersion == null ? "" : schemaVersion);
        manifest.setProperty("database", dbEntry);
        counts.forEach((k, v) -> manifest.setProperty("count." + k, Long.toString(v)));
        StringWriter text = new StringWriter();
        manifest.store(text, "Inkoopwerkbank backup");
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private String uniqueName(Instant at, String reason) {
        String stamp = LocalDateTime.ofInstant(at, ZoneId.systemDefault()).format(NAME_TIME);
        String slug = reason.replaceAll("[^a-z0-9-]", "");
        String name = base.getFileName() + "-" + stamp + "-" + slug + ".zip";
        for (int i = 2; Files.exists(folder.resolve(name)); i++) {
            name = base.getFileName() + "-" + stamp + "-" + slug + "-" + i + ".zip";
        }
        return name;
    }

    private static Optional<BackupInfo> read(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry m = zip.getEntry(MANIFEST);
            if (m == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(m)) {
                p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
            }
            String dbEntry = p.getProperty("database", "");
            if (zip.getEntry(dbEntry) == null) {
                return Optional.empty();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("count.")) {
                    counts.put(k.substring(6), Long.parseLong(p.getProperty(k)));
                }
            }
            return Optional.of(new BackupInfo(zipFile.getFileName().toString(), Instant.parse(p.getProperty("created")),
                    p.getProperty("reason", ""), p.getProperty("detail", ""), Files.size(zipFile),
                    Boolean.parseBoolean(p.getProperty("encrypted")), p.getProperty("schema", ""), counts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the oldest backups beyond {@code keep} (and unfinished work files); returns how many went. */
    public int prune(int keep) {
        List<BackupInfo> all = list();
        int deleted = 0;
        for (int i = Math.max(keep, 1); i < all.size(); i++) {
            try {
                Files.deleteIfExists(folder.resolve(all.get(i).id()));
                deleted++;
            } catch (IOException e) {
                // kept for the next round
            }
        }
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(folder, "{*.tmp,.encrypting-*}")) {
            for (Path t : tmp) {
                Database.deleteQuietly(t);
            }
        } catch (IOException e) {
            // nothing to clean
        }
        return deleted;
    }

    /**
     * Puts a backup in place of the (closed) database. The current file, when there is one, is first kept
     * as a backup ({@link BackupInfo#BEFORE_RESTORE}; {@code counts} says what it holds when the caller
     * knows, empty for a damaged file), never deleted. The backup's file is extracted beside the database,
     * forced and renamed over it, so a kill leaves either the old or the restored database.
     *
     * @return the backup the replaced database was kept as, if there was one
     */
    public Optional<BackupInfo> restore(String backupId, String currentVersion, Map<String, Long> counts) {
        BackupInfo backup = find(backupId).orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NOT_FOUND,
                "Er is geen bruikbare back-up " + backupId + " in " + folder + ".", null));
        Path file = DataLocation.dataFile(base);
        Path work = DataLocation.dataFile(Database.sibling(base, Database.RESTORING));
        Path pendingKey = Database.sibling(base, Database.NEW_KEY);
        try (ZipFile zip = new ZipFile(file(backup).toFile())) {
            ZipEntry entry = databaseEntry(zip, backup.id());
            AtomicStore.write(work, out -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
            });
            if (backup.encrypted()) {
                DatabaseKey key = keyIn(zip, backup.id());
                AtomicStore.writeString(pendingKey, key.forFile(work).toText());
            }
            Optional<BackupInfo> kept = createOffline(BackupInfo.BEFORE_RESTORE, currentVersion, counts);
            AtomicStore.move(work, file);
            Encryption.settleKeyFiles(base);
            if (!backup.encrypted()) {
                Files.deleteIfExists(DatabaseKey.file(base));
            }
            return kept;
        } catch (IOException e) {
            Database.deleteQuietly(work);
            Database.deleteQuietly(pendingKey);
            throw new DatabaseException(DatabaseException.Reason.OTHER,
                    "De back-up " + backupId + " kan niet worden teruggezet: " + e.getMessage(), e);
        }
    }

    private ZipEntry databaseEntry(ZipFile zip, String id) throws IOException {
        ZipEntry dbEntry = zip.getEntry(DataLocation.dataFile(base).getFileName().toString());
        if (dbEntry != null) {
            return dbEntry;
        }
        // a backup of a database with another name: its single database entry
        return zip.stream().filter(e -> e.getName().endsWith(DataLocation.FILE_SUFFIX)).findFirst()
                .orElseThrow(() -> new IOException("no database in " + id));
    }

    private static DatabaseKey keyIn(ZipFile zip, String id) throws IOException {
        ZipEntry keyEntry = zip.stream().filter(e -> e.getName().endsWith(DatabaseKey.SUFFIX)).findFirst()
                .orElseThrow(() -> new IOException("no key file in " + id));
        try (InputStream in = zip.getInputStream(keyEntry)) {
            return DatabaseKey.read(in, id);
        }
    }

    /**
     * Encrypts every backup that is not encrypted yet with the database's new key, so that no readable
     * copy of the data stays behind after the buyer turned encryption on. Each backup is rewritten beside
     * itself and renamed over it. A backup that cannot be converted (a damaged file kept when a backup was
     * restored) stays as it is: the conversion of the database itself is done by then and must not be
     * reported as failed.
     *
     * @return the backups that stayed unencrypted
     */
    List<BackupInfo> encryptPlainBackups(DatabaseKey key, char[] filePassword) {
        List<BackupInfo> left = new ArrayList<>();
        for (BackupInfo b : list()) {
            if (b.encrypted()) {
                continue;
            }
            try {
                encryptPlainBackup(b, key, filePassword);
            } catch (IOException | java.sql.SQLException | RuntimeException e) {
                left.add(b);
            }
        }
        return left;
    }

    private void encryptPlainBackup(BackupInfo b, DatabaseKey key, char[] filePassword)
            throws IOException, java.sql.SQLException {
        Path zipFile = file(b);
        Path workBase = folder.resolve(".encrypting-" + base.getFileName());
        Path workFile = DataLocation.dataFile(workBase);
        Properties manifest = new Properties();
        try {
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
                    manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
                }
                ZipEntry entry = databaseEntry(zip, b.id());
                AtomicStore.write(workFile, out -> {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                });
            }
            org.h2.tools.ChangeFileEncryption.execute(folder.toString(), workBase.getFileName().toString(), "AES",
                    null, filePassword, true);
            manifest.setProperty("encrypted", "true");
            StringWriter text = new StringWriter();
            manifest.store(text, "Inkoopwerkbank backup");
            String dbEntry = manifest.getProperty("database", DataLocation.dataFile(base).getFileName().toString());
            String keyText = key.forFile(workFile).toText();
            AtomicStore.write(zipFile, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.setLevel(1);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DatabaseKey.file(base).getFileName().toString()));
                zip.write(keyText.getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(dbEntry));
                Files.copy(workFile, zip);
                zip.closeEntry();
                zip.finish();
            });
        } finally {
            Database.deleteQuietly(workFile);
        }
    }

    /** Records per kind in the open database (tables a version does not have yet are left out). */
    public static Map<String, Long> countsOf(Database db) {
        return counts(db);
    }

    static Map<String, Long> counts(Database db) {
        return db.jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC'").mapTo(String.class).list();
            Map<String, Long> out = new LinkedHashMap<>();
            COUNTED.forEach((kind, table) -> {
                if (tables.contains(table)) {
                    out.put(kind, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
                }
            });
            return out;
        });
    }
}
