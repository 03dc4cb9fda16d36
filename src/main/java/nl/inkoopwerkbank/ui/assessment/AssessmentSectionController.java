package nl.inkoopwerkbank.ui.assessment;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/** The Toetsing section: four tabs sharing the provider being worked on. */
public final class AssessmentSectionController {

    private final ViewLoader views;
    private final Messages messages;
    private final AssessmentContext context;

    @FXML private BorderPane root;
    @FXML private Label subtitle;
    @FXML private TabPane tabs;
    @FXML private Tab wizardTab;
    @FXML private Tab matrixTab;
    @FXML private Tab portfolioTab;
    @FXML private Tab historyTab;

    private ViewLoader.Loaded<WizardController> wizard;
    private ViewLoader.Loaded<MatrixController> matrix;
    private ViewLoader.Loaded<PortfolioController> portfolio;
    private ViewLoader.Loaded<HistoryController> history;

    public AssessmentSectionController(ViewLoader views, Messages messages, AssessmentContext context) {
        this.views = views;
        this.messages = messages;
        this.context = context;
    }

    @FXML
    private void initialize() {
        context.setNavigation(this::openChecklist, this::openHistory);
        context.providerProperty().addListener((o, a, p) -> subtitle.setText(p == null ? "" : p.name()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> ensure(t));
        ensure(tabs.getSelectionModel().getSelectedItem());
    }

    private void ensure(Tab t) {
        if (t == wizardTab && wizard == null) {
            wizard = views.load(View.ASSESSMENT_WIZARD);
            wizardTab.setContent(wizard.root());
        } else if (t == matrixTab) {
            if (matrix == null) {
                matrix = views.load(View.ASSESSMENT_MATRIX);
                matrixTab.setContent(matrix.root());
            }
            matrix.controller().refresh();
        } else if (t == portfolioTab && portfolio == null) {
            portfolio = views.load(View.ASSESSMENT_PORTFOLIO);
            portfolioTab.setContent(portfolio.root());
        } else if (t == historyTab) {
            if (history == null) {
                history = views.load(View.ASSESSMENT_HISTORY);
                historyTab.setContent(history.root());
            }
            history.controller().refresh();
        }
    }

    public BorderPane root() {
        return root;
    }

    /** Opens the checklist for a provider. */
    public void openChecklist(Provider p) {
        tabs.getSelectionModel().select(wizardTab);
        ensure(wizardTab);
        wizard.controller().startWith(p);
    }

    /** Opens the matrix of a provider. */
    public void openMatrix(Provider p) {
        context.providerProperty().set(p);
        tabs.getSelectionModel().select(matrixTab);
        ensure(matrixTab);
    }

    public void openHistory() {
        tabs.getSelectionModel().select(historyTab);
        ensure(historyTab);
    }

    /** What this section can hold unsaved: typed checklist answers (the other tabs only show). */
    public java.util.List<nl.inkoopwerkbank.ui.common.UnsavedChanges> unsavedChanges() {
        return wizard == null ? java.util.List.of() : java.util.List.of(wizard.controller());
    }

    /** Shows the checklist tab (where the unsaved answer is). */
    public void showChecklistTab() {
        tabs.getSelectionModel().select(wizardTab);
    }

    public String title() {
        return messages.get("assessment.title");
    }
}
