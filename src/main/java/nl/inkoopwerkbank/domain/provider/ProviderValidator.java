package nl.inkoopwerkbank.domain.provider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.inkoopwerkbank.domain.Violation;

/**
 * Field rules for providers. Each rule returns a {@link Violation} with a message key; uniqueness of the
 * AGB-code needs the store and is checked by the service.
 */
public final class ProviderValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTES = 4000;

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    /** Dutch postcode: 4 digits not starting with 0, two letters, never SA, SD or SS. */
    private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}");
    /** Pragmatic address syntax: local part, @, a domain with at least one dot and a 2+ letter top level. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    private ProviderValidator() {
    }

    /** Normalises a postcode to {@code 1234 AB} if it is one; otherwise returns the input trimmed. */
    public static String normalizePostcode(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.trim().replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() == 6 && POSTCODE.matcher(compact).matches()) {
            return compact.substring(0, 4) + " " + compact.substring(4);
        }
        return raw.trim();
    }

    /** Strips spaces and dots that people type inside AGB- and KvK-numbers. */
    public static String normalizeNumber(String raw) {
        return raw == null ? null : raw.trim().replace(" ", "").replace(".", "");
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Validates one text field on its own (what the form does when the user leaves the field). */
    public static Optional<Violation> validateField(ProviderField field, String value) {
        String f = field.csvColumn();
        String v = value == null ? "" : value.trim();
        switch (field) {
            case AGB_CODE:
                if (v.isEmpty()) {
                    return Optional.of(Violation.of(f, "validation.required"));
                }
                if (!EIGHT_DIGITS.matcher(v).matches()) {
                    return Optional.of(Violation.of(f, "validation.agb.format", v));
                }
                return Optional.empty();
            case KVK_NUMBER:
                if (!v.isEmpty() && !EIGHT_DIGITS.matcher(v).matches()) {
                    return Optional.of(Violation.of(f, "validation.kvk.format", v));
                }
                return Optional.empty();
            case POSTCODE:
                if (!v.isEmpty() && !POSTCODE.matcher(v.toUpperCase(Locale.ROOT)).matches()) {
                    return Optional.of(Violation.of(f, "validation.postcode.format", v));
                }
                return Optional.empty();
            case EMAIL:
                if (!v.isEmpty() && (v.length() > 254 || !EMAIL.matcher(v).matches())) {
                    return Optional.of(Violation.of(f, "validation.email.format", v));
                }
                return Optional.empty();
            case NAME:
            case PLACE:
            case REGION:
                if (v.isEmpty()) {
                    return Optional.of(Violation.of(f, "validation.required"));
                }
                return tooLong(f, v, field == ProviderField.NAME ? MAX_NAME : MAX_TEXT);
            case STREET:
            case CONTACT_PERSON:
                return tooLong(f, v, MAX_TEXT);
            case NOTES:
                return tooLong(f, v, MAX_NOTES);
            case TYPE:
            case CONTRACTS:
            default:
                return Optional.empty();
        }
    }

    private static Optional<Violation> tooLong(String field, String v, int max) {
        return v.length() > max ? Optional.of(Violation.of(field, "validation.too-long", max)) : Optional.empty();
    }

    /** Validates a whole provider; returns every violation, in field order. */
    public static List<Violation> validate(Provider p) {
        List<Violation> out = new ArrayList<>();
        validateField(ProviderField.AGB_CODE, p.agbCode()).ifPresent(out::add);
        validateField(ProviderField.NAME, p.name()).ifPresent(out::add);
        if (p.type() == null) {
            out.add(Violation.of(ProviderField.TYPE.csvColumn(), "validation.required"));
        }
        validateField(ProviderField.KVK_NUMBER, p.kvkNumber()).ifPresent(out::add);
        validateField(ProviderField.STREET, p.street()).ifPresent(out::add);
        validateField(ProviderField.POSTCODE, p.postcode()).ifPresent(out::add);
        validateField(ProviderField.PLACE, p.place()).ifPresent(out::add);
        validateField(ProviderField.REGION, p.region()).ifPresent(out::add);
        validateField(ProviderField.CONTACT_PERSON, p.contactPerson()).ifPresent(out::add);
        validateField(ProviderField.EMAIL, p.email()).ifPresent(out::add);
        Set<String> insurers = new HashSet<>();
        for (ProviderContract c : p.contracts()) {
            if (!insurers.add(c.insurerId())) {
                out.add(Violation.of(ProviderField.CONTRACTS.csvColumn(), "validation.contract.duplicate", c.insurerId()));
            }
        }
        validateField(ProviderField.NOTES, p.notes()).ifPresent(out::add);
        return out;
    }
}
