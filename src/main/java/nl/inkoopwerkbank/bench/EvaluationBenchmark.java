package nl.inkoopwerkbank.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Provider;

/**
 * Issue 9: evaluating every provider of the portfolio against the current policies within 5x the same rules
 * written directly in Java ({@link HandWrittenRules}), measured in the same run. Providers and fact sheets are
 * read once, outside the timing; then the real {@link EligibilityEngine} assesses every provider against every
 * contract type offered to its type the way the application's portfolio-wide evaluation (the portfolio export)
 * does: {@link EligibilityEngine#assessAllWithoutNextStep}, with every requirement's result and explanation but
 * without planning a next step. The hand-written rules compute the same verdicts. Every verdict is compared; any
 * difference fails the run.
 */
public final class EvaluationBenchmark implements Benchmark {

    /** The assessment date of both sides (before every cut-off of the bundled policies' new-provider deadlines). */
    static final LocalDate ON = LocalDate.of(2026, 8, 1);

    @Override
    public String id() {
        return "evaluate";
    }

    /** Everything both sides need, read once. */
    record Input(List<Provider> providers, List<ProviderProfile> profiles, List<FactSheet> sheets,
                 List<Policy> policies, EligibilityEngine engine) {

        int pairs() {
            int n = 0;
            for (int i = 0; i < providers.size(); i++) {
                for (Policy p : policies) {
                    for (ContractType c : p.contractTypes()) {
                        if (EligibilityEngine.offersTo(c, profiles.get(i).type())) {
                            n++;
                        }
                    }
                }
            }
            return n;
        }
    }

    static Input load(Workbench wb) {
        List<Provider> providers = wb.providers().all();
        Map<Long, FactSheet> byId = wb.assessments().sheets(providers.stream().map(Provider::id).toList());
        List<Policy> policies = new ArrayList<>();
        for (String id : HandWrittenRules.POLICIES) {
            policies.add(wb.assessments().policy(id).orElseThrow(() -> new IllegalStateException("policy " + id + " missing")));
        }
        List<ProviderProfile> profiles = providers.stream().map(ProviderProfile::of).toList();
        List<FactSheet> sheets = providers.stream().map(p -> byId.getOrDefault(p.id(), FactSheet.EMPTY)).toList();
        return new Input(providers, profiles, sheets, policies, wb.assessments().engine());
    }

    /** The engine's verdicts, in provider, policy, contract order. */
    static List<HandWrittenRules.Verdict> engine(Input in) {
        List<HandWrittenRules.Verdict> out = new ArrayList<>(in.pairs());
        for (int i = 0; i < in.providers().size(); i++) {
            for (Policy p : in.policies()) {
                for (ContractAssessment a : in.engine().assessAllWithoutNextStep(p, in.profiles().get(i), in.sheets().get(i), ON)) {
                    out.add(new HandWrittenRules.Verdict(a.outcome(), a.tier() == null ? null : a.tier().id(), a.tierFinal()));
                }
            }
        }
        return out;
    }

    /** For information only: the full assessment with next steps, as a provider's screen gets it; the count. */
    static int withNextStep(Input in) {
        int n = 0;
        for (int i = 0; i < in.providers().size(); i++) {
            for (Policy p : in.policies()) {
                n += in.engine().assessAll(p, in.profiles().get(i), in.sheets().get(i), ON).size();
            }
        }
        return n;
    }

    /** The hand-written verdicts, in the same order. */
    static List<HandWrittenRules.Verdict> handWritten(Input in) {
        List<HandWrittenRules.Verdict> out = new ArrayList<>(in.pairs());
        for (int i = 0; i < in.providers().size(); i++) {
            ProviderProfile profile = in.profiles().get(i);
            for (Policy p : in.policies()) {
                boolean isNew = profile.isNewTo(p.insurer().id());
                for (ContractType c : p.contractTypes()) {
                    if (EligibilityEngine.offersTo(c, profile.type())) {
                        HandWrittenRules.Verdict v = HandWrittenRules.verdict(p.id(), c.id(), profile.type(), isNew,
                                in.sheets().get(i), ON);
                        if (v == null) {
                            throw new IllegalStateException("no hand-written rule for " + p.id() + " / " + c.id());
                        }
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** Fails with the first differences when the two sides disagree anywhere. */
    static void compare(Input in, List<HandWrittenRules.Verdict> engine, List<HandWrittenRules.Verdict> hand) {
        if (engine.size() != hand.size()) {
            throw new IllegalStateException("engine gave " + engine.size() + " verdicts, hand-written rules " + hand.size());
        }
        List<String> diffs = new ArrayList<>();
        int k = 0;
        int total = 0;
        for (int i = 0; i < in.providers().size(); i++) {
            for (Policy p : in.policies()) {
                for (ContractType c : p.contractTypes()) {
                    if (!EligibilityEngine.offersTo(c, in.profiles().get(i).type())) {
                        continue;
                    }
                    if (!engine.get(k).equals(hand.get(k))) {
                        total++;
                        if (diffs.size() < 10) {
                            diffs.add(in.providers().get(i).agbCode() + " " + p.id() + "/" + c.id() + ": engine "
                                    + engine.get(k) + ", hand-written " + hand.get(k));
                        }
                    }
                    k++;
                }
            }
        }
        if (total > 0) {
            throw new IllegalStateException(total + " verdicts differ between the engine and the hand-written rules, first:\n  "
                    + String.join("\n  ", diffs));
        }
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        try (Workbench wb = Workbench.open(ctx.portfolio(), false, Clock.systemDefaultZone())) {
            long l0 = System.nanoTime();
            Input in = load(wb);
            long l1 = System.nanoTime();
            int pairs = in.pairs();
            ctx.log("  %d aanbieders, %d beleidsstukken, %d aanbieder x contract (aanbieders en feitenbladen gelezen in %.0f ms, "
                    + "buiten de meting)", in.providers().size(), in.policies().size(), pairs, (l1 - l0) / 1e6);
            // warm-up (JIT) for both sides, and the correctness check
            List<HandWrittenRules.Verdict> e = engine(in);
            List<HandWrittenRules.Verdict> h = handWritten(in);
            compare(in, e, h);
            engine(in);
            handWritten(in);
            double[] engineMs = new double[ctx.repeats()];
            double[] handMs = new double[ctx.repeats()];
            double[] fullMs = new double[ctx.repeats()];
            withNextStep(in);
            for (int r = 0; r < ctx.repeats(); r++) {
                long t0 = System.nanoTime();
                int a = engine(in).size();
                long t1 = System.nanoTime();
                int b = handWritten(in).size();
                long t2 = System.nanoTime();
                if (a != pairs || b != pairs) {
                    throw new IllegalStateException("unexpected verdict count " + a + "/" + b);
                }
                int c = withNextStep(in);
                long t3 = System.nanoTime();
                if (c != pairs) {
                    throw new IllegalStateException("unexpected assessment count " + c);
                }
                engineMs[r] = (t1 - t0) / 1e6;
                handMs[r] = (t2 - t1) / 1e6;
                fullMs[r] = (t3 - t2) / 1e6;
                ctx.log("  ronde %d: engine %.0f ms, handgeschreven %.0f ms (ter informatie: engine met volgende stap, "
                        + "assessAll, %.0f ms)", r + 1, engineMs[r], handMs[r], fullMs[r]);
            }
            ctx.log("  mediaan engine met volgende stap (assessAll, zoals het scherm per aanbieder): %.0f ms", median(fullMs));
            String note = String.format(Locale.ROOT, "%d aanbieders x %d contracten = %d beoordelingen; beleid %s; "
                    + "uitkomsten gelijk; mediaan van %d", in.providers().size(), pairs / Math.max(1, in.providers().size()),
                    pairs, String.join(", ", HandWrittenRules.POLICIES), ctx.repeats());
            return List.of(Figure.ratio("beoordelen " + in.providers().size() + " aanbieders",
                    "EligibilityEngine.assessAllWithoutNextStep", median(engineMs), "regels direct in Java", median(handMs), 5.0, -1, note));
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
