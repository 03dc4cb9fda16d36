package nl.inkoopwerkbank.service;

/**
 * Called by every importer after its input has been validated and before anything is stored: the
 * composition root makes the automatic backup here, so an import can always be undone by restoring it.
 * Throwing refuses the import (nothing has changed yet).
 */
@FunctionalInterface
public interface ImportGuard {

    /** The import about to run, in a few words (for example {@code "import aanbieders.csv"}). */
    void beforeImport(String what);

    /** No backup (tests and tools that build services by hand). */
    ImportGuard NONE = what -> { };
}
