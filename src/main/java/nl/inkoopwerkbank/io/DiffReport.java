package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * The computed "Wijzigingen <jaar> ten opzichte van <jaar-1>" chapter as Markdown text: readable as
 * plain text, and rendered nicely by any Markdown viewer.
 */
public final class DiffReport {

    private DiffReport() {
    }

    public static String markdown(PolicyDiff diff, Policy from, Policy to, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.get("policy.diff.title", to.year(), from.year(), to.insurer().name())).append("\n\n");
        sb.append(m.get("policy.diff.compared", from.id(), to.id())).append("\n\n");
        sb.append(m.get("policy.diff.summary", diff.count(PolicyDiff.Kind.ADDED), diff.count(PolicyDiff.Kind.REMOVED),
                diff.count(PolicyDiff.Kind.CHANGED))).append('\n');
        for (PolicyDiff.Change c : diff.changes()) {
            sb.append("\n- **").append(m.get(c.kind().labelKey())).append("** ").append(m.get(c.element().labelKey()))
                    .append(" `").append(c.id()).append("`: ").append(c.label()).append('\n');
            for (PolicyDiff.FieldChange f : c.fields()) {
                sb.append("    - ").append(f.field()).append(": ").append(f.before()).append(" \u2192 ").append(f.after())
                        .append('\n');
            }
        }
        if (diff.isEmpty()) {
            sb.append('\n').append(m.get("policy.diff.none")).append('\n');
        }
        return sb.toString();
    }

    /** Writes the report through a temporary file, so an existing file is never left half-written. */
    public static void write(String report, Path file) throws IOException {
        AtomicFiles.write(file, out -> out.write(report.getBytes(StandardCharsets.UTF_8)));
    }
}
