package nl.inkoopwerkbank.cli;

import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.i18n.Messages;

/** Formats problems for the terminal: {@code bestand, regel 5, kolom 'postcode': reden}. */
public final class CliMessages {
    private CliMessages() {
    }

    /**
     * True when the file itself could not be read (missing, no access): exit code 2 ("other error"), not
     * 1 ("refused input").
     */
    public static boolean unreadableFile(java.util.List<Problem> problems) {
        return problems.size() == 1 && java.util.Set.of("import.file.missing", "import.file.unreadable")
                .contains(problems.get(0).messageKey());
    }

    public static String problem(Messages messages, Problem p) {
        String reason = messages.get(p.messageKey(), p.args().toArray());
        String where;
        if (p.column() != null && p.line() > 0) {
            where = messages.get("problem.at.line-column", p.file(), p.line(), p.column());
        } else if (p.line() > 0) {
            where = messages.get("problem.at.line", p.file(), p.line());
        } else {
            where = p.file();
        }
        return where + ": " + reason;
    }
}
