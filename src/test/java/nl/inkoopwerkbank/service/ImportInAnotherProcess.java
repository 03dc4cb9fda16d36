package nl.inkoopwerkbank.service;

import java.nio.file.Path;

import nl.inkoopwerkbank.Workbench;

/**
 * Test helper run as a separate process: imports a provider register into a database and, once several
 * batches are stored (and the database has had time to write them to its file), says STORING and waits
 * inside the open transaction until it is killed.
 */
public final class ImportInAnotherProcess {
    private ImportInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        Workbench wb = Workbench.open(Path.of(args[0]), false);
        int storedBeforeKill = Integer.parseInt(args[2]);
        boolean[] said = {false};
        ProviderService.ImportOutcome outcome = wb.providers().importCsv(Path.of(args[1]), (done, total) -> {
            if (!said[0] && done >= total / 2 + storedBeforeKill) {
                said[0] = true;
                try {
                    Thread.sleep(2_000);
                    System.out.println("STORING " + (done - total / 2));
                    System.out.flush();
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, () -> false);
        System.out.println("DONE " + outcome.ok());
        System.out.flush();
        wb.close();
    }
}
