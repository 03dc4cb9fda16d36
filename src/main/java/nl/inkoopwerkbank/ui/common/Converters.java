package nl.inkoopwerkbank.ui.common;

import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Display-only converters and cells for choice controls: how a value is shown, never parsed back. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A cell that shows {@code text.apply(null)} when empty, e.g. "Alle typen" for no filter. */
    public static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.apply(empty ? null : item));
            }
        };
    }
}
