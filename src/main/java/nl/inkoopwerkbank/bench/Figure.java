package nl.inkoopwerkbank.bench;

import java.util.Locale;

/**
 * One measured figure of a benchmark: what was measured, against which baseline measured in the same run
 * (or against a fixed limit), and whether it meets the target.
 *
 * @param target      the target this figure proves, e.g. "import 100.000 rijen"
 * @param measured    what was timed on the workbench, e.g. "ProviderService.importCsv"
 * @param millis      the workbench's time in milliseconds
 * @param baseline    what the workbench is compared with, e.g. "plain JDBC batch insert"; null for an absolute limit
 * @param baselineMillis the baseline's time in milliseconds (0 when there is no baseline)
 * @param maxRatio    the largest allowed ratio millis / baselineMillis; for an absolute limit the limit in ms
 * @param fxStallMillis the longest the FX thread did not answer during the measurement, -1 when no FX thread ran
 * @param note        anything the reader needs to weigh the figure (sizes, medians of how many runs)
 */
public record Figure(String target, String measured, double millis, String baseline, double baselineMillis,
        double maxRatio, double fxStallMillis, String note) {

    /** The largest FX-thread stall any benchmark may cause. */
    public static final double MAX_FX_STALL_MS = 100;

    public static Figure ratio(String target, String measured, double millis, String baseline, double baselineMillis,
            double maxRatio, double fxStallMillis, String note) {
        return new Figure(target, measured, millis, baseline, baselineMillis, maxRatio, fxStallMillis, note);
    }

    public static Figure limit(String target, String measured, double millis, double limitMillis, double fxStallMillis,
            String note) {
        return new Figure(target, measured, millis, null, 0, limitMillis, fxStallMillis, note);
    }

    public boolean hasBaseline() {
        return baseline != null;
    }

    /** millis / baselineMillis, or NaN without a baseline. */
    public double ratio() {
        return hasBaseline() && baselineMillis > 0 ? millis / baselineMillis : Double.NaN;
    }

    public boolean meetsTarget() {
        boolean time = hasBaseline() ? ratio() <= maxRatio : millis <= maxRatio;
        boolean fx = fxStallMillis < 0 || fxStallMillis <= MAX_FX_STALL_MS;
        return time && fx;
    }

    /** The figure as one line for the console and the README. */
    public String line() {
        String fx = fxStallMillis < 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", fxStallMillis);
        if (hasBaseline()) {
            return String.format(Locale.ROOT, "%-34s %10.0f ms  vs %-34s %10.0f ms  ratio %5.2fx (max %.1fx)  FX stall %-7s %s%s",
                    target, millis, baseline, baselineMillis, ratio(), maxRatio, fx, meetsTarget() ? "OK" : "OVER",
                    note == null || note.isEmpty() ? "" : "  [" + note + "]");
        }
        return String.format(Locale.ROOT, "%-34s %10.1f ms  limit %.0f ms  FX stall %-7s %s%s", target, millis, maxRatio,
                fx, meetsTarget() ? "OK" : "OVER", note == null || note.isEmpty() ? "" : "  [" + note + "]");
    }
}
