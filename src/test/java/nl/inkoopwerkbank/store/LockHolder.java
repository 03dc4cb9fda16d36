package nl.inkoopwerkbank.store;

import java.nio.file.Path;

/** Test helper run as a separate process: opens a database, says OPEN, and holds it until killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]), false);
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(60_000);
        db.close();
    }
}
