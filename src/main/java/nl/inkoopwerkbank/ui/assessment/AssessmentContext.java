package nl.inkoopwerkbank.ui.assessment;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.inkoopwerkbank.domain.provider.Provider;

/**
 * What the checklist tabs share: the provider the buyer is working on, so switching from the checklist
 * to the matrix or the history keeps it.
 */
public final class AssessmentContext {

    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    private java.util.function.Consumer<Provider> openChecklist = p -> { };
    private Runnable openHistory = () -> { };

    public ObjectProperty<Provider> providerProperty() {
        return provider;
    }

    /** Set by the section: how a tab asks to open the checklist for a provider, or the history. */
    void setNavigation(java.util.function.Consumer<Provider> checklist, Runnable history) {
        this.openChecklist = checklist;
        this.openHistory = history;
    }

    public void openChecklist(Provider p) {
        openChecklist.accept(p);
    }

    public void openHistory() {
        openHistory.run();
    }

    public Provider provider() {
        return provider.get();
    }
}
