package nl.inkoopwerkbank.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns two snapshots (field name to text) into the fields that differ. A field that is missing, null or
 * blank counts as absent, so "no e-mail" and an empty e-mail are the same. The changes come in the order
 * of the fields: the order of {@code after}, with fields that disappeared placed where they stood in
 * {@code before}.
 */
public final class AuditDiff {

    private AuditDiff() {
    }

    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = before == null ? Map.of() : before;
        Map<String, String> a = after == null ? Map.of() : after;
        List<String> beforeKeys = new ArrayList<>(b.keySet());
        List<String> order = new ArrayList<>();
        int next = 0;
        for (String key : a.keySet()) {
            int at = beforeKeys.indexOf(key);
            if (at >= next) {
                // fields that vanished before this one keep their place
                for (int i = next; i < at; i++) {
                    if (!a.containsKey(beforeKeys.get(i))) {
                        order.add(beforeKeys.get(i));
                    }
                }
                next = at + 1;
            }
            order.add(key);
        }
        for (int i = next; i < beforeKeys.size(); i++) {
            if (!a.containsKey(beforeKeys.get(i)) && !order.contains(beforeKeys.get(i))) {
                order.add(beforeKeys.get(i));
            }
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
