package nl.inkoopwerkbank.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;

import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.ContractCalendar;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.PortfolioOverview;
import nl.inkoopwerkbank.domain.provider.ProviderQuery.ContractStatus;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.CalendarTexts;
import nl.inkoopwerkbank.service.ProviderService;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.FirstPaint;
import nl.inkoopwerkbank.ui.common.PerFrame;
import nl.inkoopwerkbank.ui.common.UncachedViewport;
import nl.inkoopwerkbank.ui.shell.Navigator;

/**
 * The start page: the buyer's portfolio at a glance for their own insurer, with every figure leading to
 * the providers behind it.
 *
 * <p>It is on screen at start-up, often before the database is open, so what does not depend on the data
 * (the four cards, the grid's rows per provider type) is built with the page and styled with the window;
 * the figures only change texts when they arrive. The parts that do depend on it (a column per insurer, the
 * agenda rows) are added in separate turns of the FX thread, so no turn holds it long. The figures per type
 * are a plain grid of labels, not a table: a handful of fixed rows needs no virtualised cells.
 */
public final class DashboardController {

    /** Asked for on the background worker (or once data is shown): the database may still be opening. */
    private final Supplier<ProviderService> providers;
    private final Supplier<CalendarService> calendar;
    private final Supplier<Settings> settings;
    private final Background background;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private ScrollPane root;
    @FXML private Label subtitle;
    @FXML private FlowPane cards;
    @FXML private GridPane typeGrid;
    @FXML private Label agendaHint;
    @FXML private Label overdueTitle;
    @FXML private VBox overdueList;
    @FXML private Label comingTitle;
    @FXML private VBox comingList;

    /** At most this many items per agenda column; the rest is behind "open the calendar". */
    private static final int AGENDA_ROWS = 8;

    private static final double ROW_HEIGHT = 32;
    private static final double NUMBER_WIDTH = 110;
    private static final double CARD_WIDTH = 232;
    /** Style class of the grid's nodes that belong to an insurer's column (replaced with each load). */
    private static final String INSURER_CELL = "type-grid-insurer";
    /** What a figure shows until it is loaded. */
    private static final String NOT_YET = "–";

    private final Card total = new Card("dashboard-total", "fth-users");
    private final Card contracted = new Card("dashboard-contracted", "fth-check-circle");
    private final Card notContracted = new Card("dashboard-not-contracted", "fth-circle");
    private final Card noContract = new Card("dashboard-no-contract", "fth-user-plus");
    private final java.util.Map<ProviderType, Label> typeTotals = new java.util.EnumMap<>(ProviderType.class);
    private final List<Region> stripes = new ArrayList<>();

    /** How many rows of the grid are added per frame while the page comes in. */
    private static final int REVEAL_ROWS = 4;
    /** Counts the loads, so the turns of an older load stop when a newer one has begun. */
    private int generation;
    /** The steps that add the page's panels and the loaded figures' nodes, one per frame. */
    private PerFrame steps;

    public DashboardController(Supplier<ProviderService> providers, Supplier<CalendarService> calendar,
                               Supplier<Settings> settings,
                               Background background, Messages messages, Navigator navigator) {
        this.providers = providers;
        this.calendar = calendar;
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        UncachedViewport.of(root);
        total.set(NOT_YET, messages.get("dashboard.card.total"), messages.get("dashboard.card.total.hint"));
        contracted.set(NOT_YET, "", messages.get("dashboard.card.open-list"));
        notContracted.set(NOT_YET, "", messages.get("dashboard.card.open-list"));
        noContract.set(NOT_YET, messages.get("dashboard.card.no-contract"), messages.get("dashboard.card.no-contract.hint"));
        buildTypeGrid();
        agendaHint.setText(messages.get("dashboard.loading"));
        // the page's first frame shows its title; the panels follow one per frame (the cards one by one, the
        // grid a few rows at a time), then the figures load: styling the whole page at once held the FX thread
        // about 200 ms on a cold start, and the figures' queries competed with the renderer's first frame
        steps = new PerFrame(root);
        VBox page = (VBox) root.getContent();
        List<Node> panels = List.copyOf(page.getChildren().subList(1, page.getChildren().size()));
        page.getChildren().remove(1, page.getChildren().size());
        List<Node> cardNodes = List.of(total.button, contracted.button, notContracted.button, noContract.button);
        List<List<Node>> gridRows = rowsOf(typeGrid, REVEAL_ROWS);
        typeGrid.getChildren().clear();
        FirstPaint.then(root, () -> {
            for (Node panel : panels) {
                steps.add(() -> page.getChildren().add(panel));
                if (panel == cards) {
                    cardNodes.forEach(card -> steps.add(() -> cards.getChildren().add(card)));
                } else if (typeGrid.getParent() == panel) {
                    gridRows.forEach(rows -> steps.add(() -> typeGrid.getChildren().addAll(rows)));
                }
            }
            steps.add(this::refresh);
        });
    }

    /** The grid's children in groups of {@code rows} rows, in their order (a row's stripe stays under it). */
    private static List<List<Node>> rowsOf(GridPane grid, int rows) {
        java.util.Map<Integer, List<Node>> groups = new java.util.TreeMap<>();
        for (Node n : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(n);
            groups.computeIfAbsent((row == null ? 0 : row) / rows, g -> new ArrayList<>()).add(n);
        }
        return List.copyOf(groups.values());
    }

    /** The figures as the worker loads them. */
    private record Figures(PortfolioOverview overview, List<Insurer> insurers, String ownInsurerId) {
    }

    /** Loads the figures again (the section is shown, or data changed). */
    public void refresh() {
        int load = ++generation;
        background.run(() -> new Figures(providers.get().overview(), providers.get().insurers(),
                settings.get().ownInsurerId()), f -> render(f, load),
                e -> subtitle.setText(messages.get("dashboard.load-failed", String.valueOf(e.getMessage()))));
        background.run(() -> new Object[] {calendar.get().outlook(), calendar.get().today(), policies()}, r -> {
            CalendarService.Outlook o = (CalendarService.Outlook) r[0];
            @SuppressWarnings("unchecked")
            List<nl.inkoopwerkbank.domain.policy.Policy> ps = (List<nl.inkoopwerkbank.domain.policy.Policy>) r[2];
            renderAgenda(o, (LocalDate) r[1], new CalendarTexts(messages, ps), load);
        }, e -> agendaHint.setText(messages.get("dashboard.load-failed", String.valueOf(e.getMessage()))));
    }

    private List<nl.inkoopwerkbank.domain.policy.Policy> policies() {
        return calendar.get().policies();
    }

    /**
     * Runs {@code step} in a later turn of the FX thread, after the steps before it each had a frame of their
     * own, unless a newer load has begun meanwhile.
     */
    private void later(int load, Runnable step) {
        steps.add(() -> {
            if (load == generation) {
                step.run();
            }
        });
    }

    private void renderAgenda(CalendarService.Outlook o, LocalDate today, CalendarTexts texts, int load) {
        agendaHint.setText(messages.get("dashboard.agenda.hint", Formats.date(today, messages.locale()),
                String.valueOf(ContractCalendar.DUE_SOON_DAYS)));
        overdueTitle.setText(messages.get("dashboard.agenda.overdue", o.overdue().size()));
        comingTitle.setText(messages.get("dashboard.agenda.coming", o.comingUp().size(),
                String.valueOf(ContractCalendar.DUE_SOON_DAYS)));
        later(load, () -> fill(overdueList, o.overdue(), texts, "dashboard.agenda.overdue.none", "overdueItem"));
        later(load, () -> fill(comingList, o.comingUp(), texts, "dashboard.agenda.coming.none", "comingItem"));
    }

    private void fill(VBox list, List<CalendarItem> items, CalendarTexts texts, String emptyKey, String idPrefix) {
        list.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label(messages.get(emptyKey));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
            return;
        }
        int n = 0;
        for (CalendarItem i : items) {
            if (n == AGENDA_ROWS) {
                Hyperlink more = new Hyperlink(messages.get("dashboard.agenda.more", items.size() - AGENDA_ROWS));
                more.setOnAction(e -> navigator.showCalendarItem(null));
                list.getChildren().add(more);
                break;
            }
            Label date = new Label(Formats.date(i.date(), messages.locale()));
            date.getStyleClass().add("agenda-date");
            date.setMinWidth(140);
            Label what = new Label(texts.summary(i));
            what.getStyleClass().add("agenda-what");
            HBox row = new HBox(10, date, what);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Button b = new Button();
            b.setGraphic(row);
            b.getStyleClass().addAll("flat", "agenda-row");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            b.setId(idPrefix + n);
            // a tooltip is a small window of its own: made when the pointer first comes by, not for every row
            b.setOnMouseEntered(e -> {
                if (b.getTooltip() == null) {
                    b.setTooltip(new javafx.scene.control.Tooltip(texts.when(i) + "\n" + i.title()));
                }
            });
            b.setOnAction(e -> navigator.showCalendarItem(i.key()));
            list.getChildren().add(b);
            n++;
        }
    }

    @FXML
    private void onOpenCalendar() {
        navigator.showCalendarItem(null);
    }

    private static Insurer own(Figures f) {
        return f.insurers().stream().filter(i -> i.id().equals(f.ownInsurerId())).findFirst()
                .orElse(f.insurers().isEmpty() ? new Insurer(f.ownInsurerId(), f.ownInsurerId(), f.ownInsurerId())
                        : f.insurers().get(0));
    }

    private void render(Figures f, int load) {
        if (load != generation) {
            return;
        }
        PortfolioOverview overview = f.overview();
        Insurer own = own(f);
        subtitle.setText(messages.get("dashboard.subtitle", own.name()));
        long ownContracts = overview.contractedBy(own.id());
        total.set(count(overview.total()), null, null);
        total.action = navigator::showProviders;
        contracted.set(count(ownContracts), messages.get("dashboard.card.contracted", own.shortName()), null);
        contracted.action = () -> navigator.showProvidersByContract(own.id(), ContractStatus.CONTRACTED);
        notContracted.set(count(overview.total() - ownContracts),
                messages.get("dashboard.card.not-contracted", own.shortName()), null);
        notContracted.action = () -> navigator.showProvidersByContract(own.id(), ContractStatus.NOT_CONTRACTED);
        noContract.set(count(overview.withoutAnyContract()), null, null);
        noContract.action = () -> navigator.showProvidersByContract(null, ContractStatus.NOT_CONTRACTED);
        typeTotals.forEach((type, label) -> label.setText(count(overview.ofType(type))));

        List<Insurer> ordered = new ArrayList<>();
        ordered.add(own);
        f.insurers().stream().filter(i -> !i.id().equals(own.id())).forEach(ordered::add);
        typeGrid.getChildren().removeIf(n -> n.getStyleClass().contains(INSURER_CELL));
        while (typeGrid.getColumnConstraints().size() > 2) {
            typeGrid.getColumnConstraints().remove(typeGrid.getColumnConstraints().size() - 1);
        }
        for (Region band : stripes) {
            GridPane.setColumnSpan(band, 2 + ordered.size());
        }
        // one insurer's column per frame
        for (int c = 0; c < ordered.size(); c++) {
            Insurer insurer = ordered.get(c);
            int column = 2 + c;
            later(load, () -> addInsurerColumn(overview, insurer, insurer == own, column));
        }
    }

    /**
     * The grid without figures: a header, and per provider type its name (a link to those providers) and
     * its number of providers; the insurers' columns follow with the figures.
     */
    private void buildTypeGrid() {
        ColumnConstraints typeColumn = new ColumnConstraints();
        typeColumn.setMinWidth(220);
        typeColumn.setHgrow(Priority.ALWAYS);
        typeGrid.getColumnConstraints().setAll(typeColumn, numberColumn());
        stripe(0, "type-grid-header-row");
        typeGrid.add(header(messages.get("provider.field.type"), 0), 0, 0);
        typeGrid.add(header(messages.get("dashboard.column.total"), 1), 1, 0);
        int row = 1;
        for (ProviderType type : ProviderType.values()) {
            if (row % 2 == 0) {
                stripe(row, "type-grid-stripe");
            }
            Hyperlink name = new Hyperlink(messages.get(type.labelKey()));
            name.setId("typeLink-" + type.name());
            name.getStyleClass().add("type-grid-name");
            name.setOnAction(e -> navigator.showProvidersOfType(type));
            typeGrid.add(name, 0, row);
            Label count = number(NOT_YET, false);
            typeTotals.put(type, count);
            typeGrid.add(count, 1, row);
            row++;
        }
    }

    /** The column of one insurer: its short name, and per type how many providers it has contracted. */
    private void addInsurerColumn(PortfolioOverview overview, Insurer insurer, boolean own, int column) {
        typeGrid.getColumnConstraints().add(numberColumn());
        Label h = header(insurer.shortName(), column);
        h.getStyleClass().add(INSURER_CELL);
        typeGrid.add(h, column, 0);
        int row = 1;
        for (ProviderType type : ProviderType.values()) {
            Label n = number(count(overview.contractedBy(insurer.id(), type)), own);
            n.getStyleClass().add(INSURER_CELL);
            typeGrid.add(n, column, row++);
        }
    }

    private static ColumnConstraints numberColumn() {
        ColumnConstraints number = new ColumnConstraints();
        number.setMinWidth(NUMBER_WIDTH);
        number.setHalignment(HPos.RIGHT);
        return number;
    }

    private static Label header(String text, int column) {
        Label h = new Label(text);
        h.getStyleClass().add("type-grid-header");
        h.setId("typeHeader" + column);
        return h;
    }

    /** A background behind one row of the grid (added before the row's labels, so it lies under them). */
    private void stripe(int row, String styleClass) {
        Region band = new Region();
        band.getStyleClass().add(styleClass);
        band.setMinHeight(ROW_HEIGHT);
        band.setMaxWidth(Double.MAX_VALUE);
        band.setMouseTransparent(true);
        stripes.add(band);
        typeGrid.add(band, 0, row, 2, 1);
    }

    /** A count with thousands separators: {@code 10.073}. */
    private static String count(long n) {
        return Formats.number(java.math.BigDecimal.valueOf(n), 0);
    }

    private static Label number(String value, boolean own) {
        Label l = new Label(value);
        l.getStyleClass().add(own ? "type-grid-own" : "type-grid-number");
        return l;
    }

    /** One of the four figure cards: built with the page, its figure and words set when they are loaded. */
    private final class Card {
        final Button button = new Button();
        final Label figure = new Label();
        final Label label = new Label();
        final Label hint = new Label();
        /** Where a click leads; nothing until the figures are loaded. */
        Runnable action = () -> { };

        Card(String id, String icon) {
            figure.getStyleClass().add("card-figure");
            label.getStyleClass().add("card-label");
            hint.getStyleClass().add("card-hint");
            FontIcon fi = new FontIcon(icon);
            fi.getStyleClass().add("card-icon");
            VBox box = new VBox(4, fi, figure, label, hint);
            box.setPrefWidth(CARD_WIDTH - 32);
            button.setGraphic(box);
            button.getStyleClass().add("card");
            button.setId(id);
            button.setOnAction(e -> action.run());
            button.setPrefWidth(CARD_WIDTH);
            button.setMaxHeight(Region.USE_PREF_SIZE);
        }

        /** Sets the figure and, where not null, the words. */
        void set(String value, String words, String hintText) {
            figure.setText(value);
            if (words != null) {
                label.setText(words);
            }
            if (hintText != null) {
                hint.setText(hintText);
            }
            button.setAccessibleText(value + " " + label.getText());
        }
    }

    public ScrollPane root() {
        return root;
    }
}
