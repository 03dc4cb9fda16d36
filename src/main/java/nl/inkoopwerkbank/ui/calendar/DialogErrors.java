package nl.inkoopwerkbank.ui.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;

import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.ValidationException;

/**
 * How the calendar's dialogs show a refused save: each wrong field marked ({@code invalid}) and named in
 * the error label ("Eindtijd: De eindtijd ligt niet na de begintijd."), the dialog left open.
 */
final class DialogErrors {

    private final Map<String, Node> fields;
    private final Label label;
    private final Messages messages;

    DialogErrors(Map<String, Node> fields, Label label, Messages messages) {
        this.fields = fields;
        this.label = label;
        this.messages = messages;
    }

    void clear() {
        fields.values().forEach(n -> n.getStyleClass().remove("invalid"));
        label.setVisible(false);
        label.setManaged(false);
    }

    void mark(String field) {
        Node n = fields.get(field);
        if (n != null && !n.getStyleClass().contains("invalid")) {
            n.getStyleClass().add("invalid");
        }
    }

    /** "Field: why" for one field (marked too). */
    String line(String field, String why) {
        mark(field);
        return messages.get("calendar.field." + field) + ": " + why;
    }

    void show(List<String> lines) {
        label.setText(String.join("\n", lines));
        label.setVisible(true);
        label.setManaged(true);
        // the dialog was sized without the message: let it grow so every line shows
        if (label.getScene() != null && label.getScene().getWindow() != null) {
            label.getScene().getWindow().sizeToScene();
        }
    }

    /** A refusal from the service names every field; anything else shows its message. */
    void show(Throwable e) {
        if (e instanceof ValidationException v) {
            List<String> lines = new ArrayList<>();
            for (Violation x : v.violations()) {
                lines.add(line(x.field(), messages.get(x.messageKey(), x.args().toArray())));
            }
            show(lines);
        } else {
            show(List.of(String.valueOf(e.getMessage())));
        }
    }
}
