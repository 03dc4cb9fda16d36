package nl.inkoopwerkbank.bench;

import java.util.List;

/** One of the targets, measured against its baseline in the same run. */
public interface Benchmark {

    /** Short name for {@code --only}, e.g. "import". */
    String id();

    /** Runs the measurement (and its baseline) and returns the figures. */
    List<Figure> run(BenchContext context) throws Exception;
}
