package nl.inkoopwerkbank.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.UiComposition;
import nl.inkoopwerkbank.ui.backup.DataActions;
import nl.inkoopwerkbank.ui.backup.DataInfo;
import nl.inkoopwerkbank.ui.backup.DataRequest;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.FxBackground;

/**
 * Search, filter and sort of the national portfolio in the real providers screen: the whole main window
 * is built as the application builds it, on the portfolio database, shown in a window. Each keystroke in
 * the search field, each filter choice and each column sort is made on the FX thread as a user's would be,
 * and timed until the table shows the database's answer and the next frame has started; the next action
 * waits for that. The limit is absolute (100 ms per action); the FX thread is watched throughout.
 */
public final class SearchBenchmark implements Benchmark {

    static final double LIMIT_MS = 100;

    /** What a buyer types: a practice name, a place, an AGB-code prefix (each keystroke is a query). */
    static final List<String> TYPED = List.of("verloskundigenpraktijk de linde", "kraamzorg zwolle", "0890");

    private TableView<ProviderRow> table;

    @Override
    public String id() {
        return "search";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        Path base = ctx.portfolioCopy("search");
        ctx.startFx();
        List<Figure> figures = new ArrayList<>();
        try (Workbench wb = Workbench.open(base, false, Clock.systemDefaultZone()); FxBackground bg = new FxBackground()) {
            AtomicReference<Stage> stage = new AtomicReference<>();
            BenchContext.onFx(() -> stage.set(show(wb, bg)));
            try {
                click("#navProviders");
                waitUntil(() -> table != null && table.getItems().size() >= ctx.providers(), "de aanbiederslijst laadt");
                // warm-up: a full round of every action, not timed
                typeAll();
                filterAll();
                sortAll();
                FxStallWatch watch = FxStallWatch.start();
                List<Double> keys = typeAll();
                double keysStall = watch.stop();
                watch = FxStallWatch.start();
                List<Double> filters = filterAll();
                double filterStall = watch.stop();
                watch = FxStallWatch.start();
                List<Double> sorts = sortAll();
                double sortStall = watch.stop();
                figures.add(figure("zoeken per toetsaanslag", "langste van " + keys.size() + " toetsaanslagen", keys, keysStall, ctx));
                figures.add(figure("filteren per klik", "langste van " + filters.size() + " filterkeuzes", filters, filterStall, ctx));
                figures.add(figure("sorteren per klik", "langste van " + sorts.size() + " kolomsorteringen", sorts, sortStall, ctx));
            } finally {
                BenchContext.onFx(() -> stage.get().close());
            }
        }
        return figures;
    }

    private static Figure figure(String target, String measured, List<Double> times, double stall, BenchContext ctx) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        return Figure.limit(target, measured, sorted.get(sorted.size() - 1), LIMIT_MS, stall,
                String.format(Locale.ROOT, "%d aanbieders, mediaan %.1f ms", ctx.providers(), median));
    }

    private Stage show(Workbench wb, FxBackground bg) {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.forLocale(Messages.DUTCH);
        Dialogs dialogs = new Dialogs(messages);
        DataActions actions = new DataActions() {
            @Override
            public DataInfo info() {
                return new DataInfo(wb.database().dataFile().toString(),
                        Workbench.backupFolder(wb.database().basePath()).toString(), wb.database().isEncrypted());
            }

            @Override
            public boolean isCurrentPassphrase(char[] passphrase) {
                return false;
            }

            @Override
            public void perform(DataRequest request) {
                throw new UnsupportedOperationException("the search benchmark does not restore or encrypt");
            }
        };
        UiComposition ui = UiComposition.build(wb.providers(), wb.policies(), wb.assessments(), wb.quotes(), wb.calendar(),
                wb.exports(), wb.audit(), wb.settings(), bg, messages, dialogs, wb.database().dataFile().toString(),
                choice -> { }, wb.backups(), actions);
        Stage s = new Stage();
        dialogs.setOwner(s);
        s.setScene(ui.scene(1400, 900));
        s.show();
        return s;
    }

    // ---------------------------------------------------------------------------------------------
    // the actions, each timed until the table shows the answer

    private List<Double> typeAll() throws Exception {
        List<Double> times = new ArrayList<>();
        TextInputControl field = (TextInputControl) find("#providerSearch");
        for (String word : TYPED) {
            for (int i = 1; i <= word.length(); i++) {
                String text = word.substring(0, i);
                times.add(timed(() -> field.setText(text)));
            }
            times.add(timed(() -> field.setText("")));
        }
        return times;
    }

    @SuppressWarnings("unchecked")
    private List<Double> filterAll() throws Exception {
        List<Double> times = new ArrayList<>();
        for (String id : List.of("#typeFilter", "#regionFilter", "#contractFilter")) {
            ComboBox<Object> box = (ComboBox<Object>) find(id);
            List<Object> items = new ArrayList<>(box.getItems());
            int step = Math.max(1, items.size() / 6);
            for (int i = 0; i < items.size(); i += step) {
                Object item = items.get(i);
                if (item != box.getValue()) {
                    times.add(timed(() -> box.setValue(item)));
                }
            }
            if (box.getValue() != null) {
                times.add(timed(() -> box.setValue(null)));
            }
        }
        return times;
    }

    private List<Double> sortAll() throws Exception {
        List<Double> times = new ArrayList<>();
        for (TableColumn<ProviderRow, ?> col : List.copyOf(table.getColumns())) {
            if (col.getUserData() == null) {
                continue; // not sortable (contracts)
            }
            times.add(timed(() -> {
                col.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(col));
            }));
            times.add(timed(() -> col.setSortType(TableColumn.SortType.DESCENDING)));
        }
        times.add(timed(() -> table.getSortOrder().clear()));
        return times;
    }

    /**
     * Runs the action on the FX thread and returns the milliseconds until the table's rows were replaced
     * by the answer and the FX thread started the next frame.
     */
    private double timed(Runnable action) throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        javafx.scene.Node busy = find("#loadingIndicator");
        AtomicReference<String> noQuery = new AtomicReference<>();
        BenchContext.onFx(() -> {
            // the screen shows its busy indicator from the moment a query is sent until its answer is in the table
            javafx.beans.value.ChangeListener<Boolean> listener = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        return;
                    }
                    busy.visibleProperty().removeListener(this);
                    new AnimationTimer() {
                        @Override
                        public void handle(long time) {
                            stop();
                            end.set(System.nanoTime());
                            answered.countDown();
                        }
                    }.start();
                }
            };
            busy.visibleProperty().addListener(listener);
            start.set(System.nanoTime());
            action.run();
            if (!busy.isVisible()) {
                busy.visibleProperty().removeListener(listener);
                noQuery.set("de actie stuurde geen zoekvraag");
                answered.countDown();
            }
        });
        if (!answered.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("de lijst antwoordde niet binnen 30 s (zoektekst '"
                    + ((TextInputControl) find("#providerSearch")).getText() + "', " + table.getItems().size() + " rijen)");
        }
        if (noQuery.get() != null) {
            throw new IllegalStateException(noQuery.get());
        }
        return (end.get() - start.get()) / 1e6;
    }

    // ---------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void click(String id) throws Exception {
        BenchContext.onFx(() -> {
            Stage shown = (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing()).findFirst().orElseThrow();
            ((ButtonBase) shown.getScene().lookup(id)).fire();
        });
        waitUntil(() -> {
            AtomicReference<Boolean> found = new AtomicReference<>(false);
            onFxQuiet(() -> {
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    Node n = w.getScene() == null ? null : w.getScene().lookup(".providers-table");
                    if (n instanceof TableView<?> t && t.getScene() != null) {
                        table = (TableView<ProviderRow>) t;
                        found.set(true);
                    }
                }
            });
            return found.get();
        }, "het aanbiedersscherm opent");
    }

    /**
     * The control with this id in the providers screen: other screens reuse ids such as #searchField, so
     * the one sharing the closest ancestor with the providers table is taken.
     */
    private Node find(String id) {
        Node best = null;
        int bestDepth = -1;
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            for (Node n : w.getScene().getRoot().lookupAll(id)) {
                int depth = sharedDepth(n);
                if (depth > bestDepth) {
                    best = n;
                    bestDepth = depth;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("geen " + id + " in het aanbiedersscherm");
        }
        return best;
    }

    /** How deep the closest ancestor of {@code n} that also holds the table lies (-1: none). */
    private int sharedDepth(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            for (Node q = table; q != null; q = q.getParent()) {
                if (q == p) {
                    int depth = 0;
                    for (Node up = p; up != null; up = up.getParent()) {
                        depth++;
                    }
                    return depth;
                }
            }
        }
        return -1;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("wachten duurde te lang: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void onFxQuiet(Runnable r) {
        try {
            BenchContext.onFx(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
