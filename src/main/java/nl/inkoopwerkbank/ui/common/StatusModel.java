package nl.inkoopwerkbank.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message in the status bar: what was just saved, imported or refused. */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public void show(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
