package nl.inkoopwerkbank.io;

import nl.inkoopwerkbank.domain.Problem;

/**
 * A workbook or sheet that cannot be read as a tariff table at all: not an .xlsx file, empty, damaged,
 * encrypted, a sheet that is not there, too many rows. The problem says which and why, for the user;
 * the cause (if any) is for the log.
 */
public final class TariffSheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public TariffSheetException(Problem problem, Throwable cause) {
        super(problem.messageKey() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
