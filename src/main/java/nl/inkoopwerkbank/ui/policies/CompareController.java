package nl.inkoopwerkbank.ui.policies;

import java.util.List;
import java.util.stream.Collectors;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.inkoopwerkbank.domain.policy.ConditionText;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.PolicyService;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Converters;

/**
 * Vergelijken: for one provider type, every insurer's main contract in a column and every topic in a
 * row, so a buyer sees where the others ask more or less. An empty cell is marked: that insurer asks
 * nothing on the topic.
 */
public final class CompareController {

    private final PolicyService policies;
    private final Background background;
    private final Messages messages;

    @FXML private BorderPane root;
    @FXML private Label subtitle;
    @FXML private ComboBox<ProviderType> typeBox;
    @FXML private CheckBox onlyDifferences;
    @FXML private GridPane grid;

    private List<Policy> loaded = List.of();

    public CompareController(PolicyService policies, Background background, Messages messages) {
        this.policies = policies;
        this.background = background;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        typeBox.getItems().setAll(ProviderType.values());
        typeBox.setConverter(Converters.showing(t -> t == null ? "" : messages.get(t.labelKey())));
        typeBox.setValue(ProviderType.KRAAMZORGORGANISATIE);
        typeBox.valueProperty().addListener((o, a, b) -> render());
        onlyDifferences.selectedProperty().addListener((o, a, b) -> render());
        background.run(policies::all, list -> {
            loaded = list;
            render();
        }, e -> subtitle.setText(messages.get("policies.load-failed", String.valueOf(e.getMessage()))));
    }

    private void render() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ProviderType type = typeBox.getValue();
        if (type == null) {
            return;
        }
        PolicyComparison c = PolicyComparison.of(loaded, type);
        subtitle.setText(messages.get("compare.subtitle", c.columns().size(), c.rows().size()));
        if (c.columns().isEmpty()) {
            Label none = new Label(messages.get("compare.none", messages.get(type.labelKey())));
            none.getStyleClass().add("muted");
            grid.add(none, 0, 0);
            return;
        }
        ColumnConstraints topicCol = new ColumnConstraints(190, 200, 240);
        grid.getColumnConstraints().add(topicCol);
        for (int i = 0; i < c.columns().size(); i++) {
            ColumnConstraints cc = new ColumnConstraints(200, 300, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            PolicyComparison.Column col = c.columns().get(i);
            Label insurer = new Label(col.policy().insurer().name());
            insurer.getStyleClass().add("compare-insurer");
            Label contract = new Label(col.contractType().name() + " \u00b7 " + col.policy().year());
            contract.setWrapText(true);
            contract.getStyleClass().add("muted");
            VBox head = new VBox(2, insurer, contract);
            head.getStyleClass().add("compare-head");
            grid.add(head, i + 1, 0);
        }
        int row = 1;
        for (PolicyComparison.Row r : c.rows()) {
            if (onlyDifferences.isSelected() && !r.differs()) {
                continue;
            }
            Label topic = new Label(messages.get("policy.topic." + r.topic()));
            topic.getStyleClass().add("compare-topic");
            topic.setWrapText(true);
            VBox topicCell = new VBox(topic);
            topicCell.getStyleClass().add("compare-cell");
            grid.add(topicCell, 0, row);
            for (int i = 0; i < r.cells().size(); i++) {
                grid.add(cell(r.cells().get(i)), i + 1, row);
            }
            row++;
        }
    }

    private VBox cell(List<Requirement> reqs) {
        VBox box = new VBox(4);
        box.getStyleClass().add("compare-cell");
        if (reqs.isEmpty()) {
            Label none = new Label(messages.get("compare.nothing"));
            none.getStyleClass().add("compare-nothing");
            box.getChildren().add(none);
            box.getStyleClass().add("compare-empty");
            return box;
        }
        for (Requirement r : reqs) {
            Label l = new Label("\u2022 " + r.text());
            l.setWrapText(true);
            l.setTooltip(new Tooltip(ConditionText.of(r.condition()) + "\n" + r.source().section()));
            box.getChildren().add(l);
        }
        return box;
    }

    /** The insurers in the comparison, for tests. */
    List<String> insurerNames() {
        return grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 0
                && n instanceof VBox v && !v.getChildren().isEmpty() && v.getChildren().get(0) instanceof Label)
                .map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText()).collect(Collectors.toList());
    }

    public BorderPane root() {
        return root;
    }
}
