package nl.inkoopwerkbank.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns two snapshots (field name to text) into the fields that differ. A field that is missing, null or
 * blank counts as absent, so "no e-mail" and an empty e-mail are the same. The changes come in the order
 * of the fields: the order of {@code after}, with a field that disappeared placed after the field it
 * followed in {@code before}.
 */
public final class AuditDiff {

    private AuditDiff() {
    }

    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = before == null ? Map.of() : before;
        Map<String, String> a = after == null ? Map.of() : after;
        // the order of after; a field that disappeared goes right after the field it followed in before
        List<String> order = new ArrayList<>(a.keySet());
        String previous = null;
        for (String key : b.keySet()) {
            if (!a.containsKey(key)) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, key);
            }
            previous = key;
        }
        List<FieldChange> out = new ArrayList<>();
        for (String key : order) {
            String was = present(b.get(key));
            String is = present(a.get(key));
            if (!Objects.equals(was, is)) {
                out.add(new FieldChange(key, was, is));
            }
        }
        return out;
    }

    /** True when the two snapshots hold the same fields with the same text. */
    public static boolean same(Map<String, String> before, Map<String, String> after) {
        return between(before, after).isEmpty();
    }

    private static String present(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
