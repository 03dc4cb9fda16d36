package nl.inkoopwerkbank.ui.common;

import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import nl.inkoopwerkbank.domain.format.Formats;

/** Date pickers that show {@code 1 oktober 2026} and accept {@code 1-10-2026} as typed. */
public final class DateFields {
    private DateFields() {
    }

    public static void dutchStyle(DatePicker picker, Locale locale) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date, locale);
            }

            @Override
            public LocalDate fromString(String text) {
                return Formats.parseDate(text, locale).orElse(null);
            }
        });
        picker.setPromptText("d-m-jjjj");
    }

    /** True when the picker's field holds typed text that has not become its value yet (no Enter, not left). */
    public static boolean typedNotTaken(DatePicker picker) {
        String typed = picker.getEditor().getText() == null ? "" : picker.getEditor().getText().strip();
        String shown = picker.getValue() == null ? "" : picker.getConverter().toString(picker.getValue());
        return !typed.equals(shown == null ? "" : shown.strip());
    }
}
