package nl.inkoopwerkbank.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

import javafx.fxml.FXML;
import javafx.geometry.HPos;
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
import nl.inkoopwerkbank.ui.shell.Navigator;

/**
 * The start page: the buyer's portfolio at a glance for their own insurer, with every figure leading to
 * the providers behind it. The figures per type are a plain grid of labels, not a table: a handful of fixed
 * rows needs no virtualised cells, and a grid lays out in a fraction of the time (it is on screen at start-up).
 */
public final class DashboardController {

    private final ProviderService providers;
    private final CalendarService calendar;
    private final Settings settings;
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

    private PortfolioOverview overview;
    private List<Insurer> insurers = List.of();

    public DashboardController(ProviderService providers, CalendarService calendar, Settings settings,
                               Background background, Messages messages, Navigator navigator) {
        this.providers = providers;
        this.calendar = calendar;
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.navigator = navigator;
    }

    /** Whether the start page is in a window on screen; kept so its listener lives as long as the page. */
    private javafx.beans.value.ObservableValue<Boolean> onScreen;

    @FXML
    private void initialize() {
        // the figures load once the window is on screen, so their queries do not compete with showing it
        onScreen = root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false);
        if (onScreen.getValue()) {
            refresh();
        } else {
            onScreen.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (is) {
                        onScreen.removeListener(this);
                        refresh();
                    }
                }
            });
        }
    }

    /** Loads the figures again (the section is shown, or data changed). */
    public void refresh() {
        background.run(() -> new Object[] {providers.overview(), providers.insurers()}, r -> {
            overview = (PortfolioOverview) r[0];
            @SuppressWarnings("unchecked")
            List<Insurer> ins = (List<Insurer>) r[1];
            insurers = ins;
            render();
        }, e -> subtitle.setText(messages.get("dashboard.load-failed", String.valueOf(e.getMessage()))));
        background.run(() -> new Object[] {calendar.outlook(), calendar.today(), policies()}, r -> {
            CalendarService.Outlook o = (CalendarService.Outlook) r[0];
            @SuppressWarnings("unchecked")
            List<nl.inkoopwerkbank.domain.policy.Policy> ps = (List<nl.inkoopwerkbank.domain.policy.Policy>) r[2];
            renderAgenda(o, (LocalDate) r[1], new CalendarTexts(messages, ps));
        }, e -> agendaHint.setText(messages.get("dashboard.load-failed", String.valueOf(e.getMessage()))));
    }

    private List<nl.inkoopwerkbank.domain.policy.Policy> policies() {
        return calendar.policies();
    }

    private void renderAgenda(CalendarService.Outlook o, LocalDate today, CalendarTexts texts) {
        agendaHint.setText(messages.get("dashboard.agenda.hint", Formats.date(today, messages.locale()),
                String.valueOf(ContractCalendar.DUE_SOON_DAYS)));
        overdueTitle.setText(messages.get("dashboard.agenda.overdue", o.overdue().size()));
        comingTitle.setText(messages.get("dashboard.agenda.coming", o.comingUp().size(),
                String.valueOf(ContractCalendar.DUE_SOON_DAYS)));
        fill(overdueList, o.overdue(), texts, "dashboard.agenda.overdue.none", "overdueItem");
        fill(comingList, o.comingUp(), texts, "dashboard.agenda.coming.none", "comingItem");
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

    private Insurer own() {
        String id = settings.ownInsurerId();
        return insurers.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElse(insurers.isEmpty() ? new Insurer(id, id, id) : insurers.get(0));
    }

    private void render() {
        Insurer own = own();
        subtitle.setText(messages.get("dashboard.subtitle", own.name()));
        long contracted = overview.contractedBy(own.id());
        cards.getChildren().setAll(
                card("dashboard-total", "fth-users", String.valueOf(overview.total()),
                        messages.get("dashboard.card.total"), messages.get("dashboard.card.total.hint"),
                        navigator::showProviders),
                card("dashboard-contracted", "fth-check-circle", String.valueOf(contracted),
                        messages.get("dashboard.card.contracted", own.shortName()), messages.get("dashboard.card.open-list"),
                        () -> navigator.showProvidersByContract(own.id(), ContractStatus.CONTRACTED)),
                card("dashboard-not-contracted", "fth-circle", String.valueOf(overview.total() - contracted),
                        messages.get("dashboard.card.not-contracted", own.shortName()), messages.get("dashboard.card.open-list"),
                        () -> navigator.showProvidersByContract(own.id(), ContractStatus.NOT_CONTRACTED)),
                card("dashboard-no-contract", "fth-user-plus", String.valueOf(overview.withoutAnyContract()),
                        messages.get("dashboard.card.no-contract"), messages.get("dashboard.card.no-contract.hint"),
                        () -> navigator.showProvidersByContract(null, ContractStatus.NOT_CONTRACTED)));

        List<Insurer> ordered = new ArrayList<>();
        ordered.add(own);
        insurers.stream().filter(i -> !i.id().equals(own.id())).forEach(ordered::add);
        // the grid in a later turn of the FX thread: the cards show first and neither holds it up long
        PortfolioOverview shown = overview;
        javafx.application.Platform.runLater(() -> {
            if (overview == shown) {
                renderTypeGrid(own, ordered);
            }
        });
    }

    /**
     * One row per provider type: its name (a link to those providers), the number of providers, and per
     * insurer (own first, in bold) how many of them hold a contract.
     */
    private void renderTypeGrid(Insurer own, List<Insurer> ordered) {
        typeGrid.getChildren().clear();
        typeGrid.getColumnConstraints().clear();
        ColumnConstraints typeColumn = new ColumnConstraints();
        typeColumn.setMinWidth(220);
        typeColumn.setHgrow(Priority.ALWAYS);
        typeGrid.getColumnConstraints().add(typeColumn);
        int columns = 2 + ordered.size();
        for (int c = 1; c < columns; c++) {
            ColumnConstraints number = new ColumnConstraints();
            number.setMinWidth(NUMBER_WIDTH);
            number.setHalignment(HPos.RIGHT);
            typeGrid.getColumnConstraints().add(number);
        }
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("provider.field.type"));
        headers.add(messages.get("dashboard.column.total"));
        ordered.forEach(i -> headers.add(i.shortName()));
        stripe(0, columns, "type-grid-header-row");
        for (int c = 0; c < headers.size(); c++) {
            Label h = new Label(headers.get(c));
            h.getStyleClass().add("type-grid-header");
            h.setId("typeHeader" + c);
            typeGrid.add(h, c, 0);
        }
        int row = 1;
        for (ProviderType type : ProviderType.values()) {
            if (row % 2 == 0) {
                stripe(row, columns, "type-grid-stripe");
            }
            Hyperlink name = new Hyperlink(messages.get(type.labelKey()));
            name.setId("typeLink-" + type.name());
            name.getStyleClass().add("type-grid-name");
            name.setOnAction(e -> navigator.showProvidersOfType(type));
            typeGrid.add(name, 0, row);
            typeGrid.add(number(overview.ofType(type), false), 1, row);
            for (int c = 0; c < ordered.size(); c++) {
                Insurer i = ordered.get(c);
                typeGrid.add(number(overview.contractedBy(i.id(), type), i == own), 2 + c, row);
            }
            row++;
        }
    }

    /** A background behind one row of the grid (added before the row's labels, so it lies under them). */
    private void stripe(int row, int columns, String styleClass) {
        Region band = new Region();
        band.getStyleClass().add(styleClass);
        band.setMinHeight(ROW_HEIGHT);
        band.setMaxWidth(Double.MAX_VALUE);
        band.setMouseTransparent(true);
        typeGrid.add(band, 0, row, columns, 1);
    }

    private static Label number(long value, boolean own) {
        Label l = new Label(String.valueOf(value));
        l.getStyleClass().add(own ? "type-grid-own" : "type-grid-number");
        return l;
    }

    private Button card(String id, String icon, String figure, String label, String hint, Runnable action) {
        Label fig = new Label(figure);
        fig.getStyleClass().add("card-figure");
        Label lab = new Label(label);
        lab.getStyleClass().add("card-label");
        Label h = new Label(hint);
        h.getStyleClass().add("card-hint");
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().add("card-icon");
        VBox box = new VBox(4, fi, fig, lab, h);
        box.setPrefWidth(CARD_WIDTH - 32);
        Button b = new Button();
        b.setGraphic(box);
        b.getStyleClass().add("card");
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setPrefWidth(CARD_WIDTH);
        b.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAccessibleText(figure + " " + label);
        return b;
    }

    public ScrollPane root() {
        return root;
    }
}
