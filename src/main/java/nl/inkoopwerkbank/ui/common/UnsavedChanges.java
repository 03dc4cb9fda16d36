package nl.inkoopwerkbank.ui.common;

/**
 * Something the buyer edits and stores with an explicit action: a form, a draft, an editor. Whoever is
 * about to throw it away (switching to another record, closing the window, rebuilding the screens after
 * a settings change) goes through {@link Dialogs#whenSafeToLeave} first, which asks "Opslaan / Niet
 * opslaan / Annuleren" when there is something to lose and nothing when there is not.
 */
public interface UnsavedChanges {

    /** True when something typed or chosen here is not stored yet. */
    boolean hasUnsavedChanges();

    /**
     * What is unsaved, as it completes "De wijzigingen aan … zijn nog niet opgeslagen.": a provider's
     * name, "de nieuwe ronde 3 van de offerte van …".
     */
    String unsavedSubject();

    /**
     * Stores the changes. {@code onSaved} runs once they are stored; when they are refused the problems
     * show at the fields (the edit stays as typed) and {@code onRefused} runs.
     */
    void saveChanges(Runnable onSaved, Runnable onRefused);

    /** Throws the changes away: the screen shows what is stored again. */
    void discardChanges();

    /**
     * Stores what saves itself on commit (a typed checklist answer whose field still has the focus)
     * before anyone asks; most screens have nothing of the kind.
     */
    default void commitPending() {
    }
}
