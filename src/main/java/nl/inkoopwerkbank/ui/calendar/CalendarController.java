package nl.inkoopwerkbank.ui.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthView;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarTexts;
import nl.inkoopwerkbank.service.ValidationException;
import nl.inkoopwerkbank.ui.calendar.CalendarViewModel.Mode;
import nl.inkoopwerkbank.ui.common.Converters;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.StatusModel;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;
import nl.inkoopwerkbank.ui.shell.Navigator;

/**
 * The calendar section: CalendarFX month and week views and an agenda table over the same filtered items,
 * and the chosen item's details with what can be done with it (mark done, open the provider, quote or
 * policy it belongs to, edit or remove an own item or a started term).
 */
public final class CalendarController {

    private final CalendarViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ViewLoader views;
    private final StatusModel status;
    private Navigator navigator;

    @FXML private BorderPane root;
    @FXML private Label subtitle;
    @FXML private ToggleGroup modeGroup;
    @FXML private ToggleButton monthButton;
    @FXML private ToggleButton weekButton;
    @FXML private ToggleButton agendaButton;
    @FXML private Button previousButton;
    @FXML private Button todayButton;
    @FXML private Button nextButton;
    @FXML private Label periodLabel;
    @FXML private MenuButton newMenu;
    @FXML private MenuItem newMeetingItem;
    @FXML private MenuItem newReminderItem;
    @FXML private MenuItem startTermItem;
    @FXML private Button exportButton;
    @FXML private MenuButton insurerBox;
    @FXML private ComboBox<String> contractTypeBox;
    @FXML private SearchableComboBox<Provider> providerBox;
    @FXML private MenuButton statusBox;
    @FXML private TextField searchField;
    @FXML private Button clearButton;
    @FXML private Label countLabel;
    @FXML private StackPane viewHolder;
    @FXML private TableView<CalendarItem> agendaTable;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox details;

    private final MonthView monthView = new MonthView();
    private final DetailedWeekView weekView = new DetailedWeekView();
    private Calendar entries = new Calendar("inkoopwerkbank");
    private final java.util.Map<String, Entry<CalendarItem>> entryByKey = new java.util.HashMap<>();
    private boolean syncing;
    private boolean loadedOnce;

    public CalendarController(CalendarViewModel vm, Messages messages, Dialogs dialogs, ViewLoader views,
                              StatusModel status) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.views = views;
        this.status = status;
    }

    public void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        subtitle.setText(messages.get("calendar.subtitle"));
        previousButton.setId("calendarPrevious");
        nextButton.setId("calendarNext");
        previousButton.setGraphic(new FontIcon("fth-chevron-left"));
        previousButton.setTooltip(new Tooltip(messages.get("calendar.previous")));
        previousButton.setAccessibleText(messages.get("calendar.previous"));
        nextButton.setGraphic(new FontIcon("fth-chevron-right"));
        nextButton.setTooltip(new Tooltip(messages.get("calendar.next")));
        nextButton.setAccessibleText(messages.get("calendar.next"));
        newMenu.setGraphic(new FontIcon("fth-plus"));
        exportButton.setGraphic(new FontIcon("fth-download"));
        exportButton.setText(messages.get("calendar.export"));
        exportButton.setTooltip(new Tooltip(messages.get("calendar.export.hint")));
        setUpCalendarViews();
        setUpAgenda();
        setUpFilters();
        titles();

        monthButton.setUserData(Mode.MONTH);
        weekButton.setUserData(Mode.WEEK);
        agendaButton.setUserData(Mode.AGENDA);
        modeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.modeProperty().set((Mode) b.getUserData());
            }
        });
        vm.modeProperty().addListener((o, a, b) -> showMode());
        vm.dateProperty().addListener((o, a, b) -> showDate());
        vm.visible().addListener((ListChangeListener<CalendarItem>) c -> showItems());
        vm.selectedProperty().addListener((o, a, b) -> showSelection(b));
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(messages.get("calendar.loading")).otherwise(vm.countTextProperty()));
        monthButton.setSelected(true);
        showMode();
        showSelection(null);
        reload(null);
    }

    /** Loads the items again (the section is shown, or data changed elsewhere); then selects {@code key}. */
    public void reload(String key) {
        vm.reload(() -> {
            if (!loadedOnce) {
                loadedOnce = true;
                vm.dateProperty().set(vm.today());
            }
            withoutEntries(() -> {
                monthView.setToday(vm.today());
                weekView.setToday(vm.today());
            });
            if (key != null && !vm.select(key)) {
                // the filters hide it: show everything, then choose it
                vm.clearFilters();
                vm.reload(() -> vm.select(key));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ views

    private void setUpCalendarViews() {
        for (DateControl dc : List.of(monthView, weekView)) {
            dc.setEntryFactory(p -> null);
            dc.setContextMenuCallback(p -> null);
            dc.setEntryContextMenuCallback(p -> entryMenu(item(p.getEntry())));
            dc.setEntryDetailsCallback(p -> {
                CalendarItem i = item(p.getEntry());
                if (i != null && p.getInputEvent() instanceof javafx.scene.input.MouseEvent m && m.getClickCount() >= 2) {
                    open(i);
                } else if (i != null) {
                    vm.selectedProperty().set(i);
                }
                return true;
            });
            dc.setSelectionMode(SelectionMode.SINGLE);
            dc.getSelections().addListener((SetChangeListener<Entry<?>>) c -> {
                if (!syncing && c.wasAdded()) {
                    CalendarItem i = item(c.getElementAdded());
                    if (i != null) {
                        vm.selectedProperty().set(i);
                    }
                }
            });
            dc.setShowToday(true);
            dc.setWeekFields(WeekFields.of(messages.locale().getLanguage().equals("nl") ? Formats.DUTCH : Locale.UK));
        }
        // the views take the width they get (their own preferred width would run under the details pane)
        for (javafx.scene.layout.Region r : List.of(monthView, weekView, viewHolder)) {
            r.setMinWidth(0);
            r.setPrefWidth(0);
        }
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(viewHolder.widthProperty());
        clip.heightProperty().bind(viewHolder.heightProperty());
        viewHolder.setClip(clip);
        monthView.setShowWeekNumbers(true);
        monthView.setShowTimedEntries(true);
        monthView.setId("calendarMonth");
        weekView.setId("calendarWeek");
        weekView.setShowScrollBar(true);
        // office hours in full, the night compressed: meetings are in the day, deadlines in the all-day row
        weekView.setStartTime(java.time.LocalTime.of(8, 0));
        weekView.setEndTime(java.time.LocalTime.of(18, 0));
        weekView.setEarlyLateHoursStrategy(com.calendarfx.view.DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
        viewHolder.getChildren().add(0, weekView);
        viewHolder.getChildren().add(0, monthView);
    }

    private static CalendarItem item(Entry<?> e) {
        return e != null && e.getUserObject() instanceof CalendarItem i ? i : null;
    }

    private void showItems() {
        List<Entry<?>> list = new ArrayList<>();
        entryByKey.clear();
        for (CalendarItem i : vm.visible()) {
            Entry<CalendarItem> e = new Entry<>(vm.texts().line(i));
            e.setId(i.key());
            if (i.start() != null) {
                e.setInterval(i.date(), i.start(), i.date(), i.end() != null ? i.end() : i.start().plusHours(1));
            } else {
                e.setInterval(i.date());
                e.setFullDay(true);
            }
            e.setUserObject(i);
            e.getStyleClass().add("cal-" + css(i.status()));
            list.add(e);
            entryByKey.put(i.key(), e);
        }
        // a new calendar each time, shown only by the view on screen
        Calendar fresh = new Calendar("inkoopwerkbank");
        fresh.setStyle(Calendar.Style.STYLE2);
        fresh.addEntries(list);
        fresh.setReadOnly(true);
        entries = fresh;
        attachEntries();
        agendaTable.getItems().setAll(vm.visible());
        if (vm.modeProperty().get() == Mode.AGENDA) {
            scrollAgendaToToday();
        }
    }

    /**
     * Changes what the CalendarFX views show (day, today) with their entries taken away first and given
     * back after. CalendarFX lays out a month's entries in a deferred pass; when the month grid is rebuilt
     * for another day before that pass runs, the pass looks up entries the new grid does not know and
     * fails. Without entries the deferred pass has nothing to look up.
     */
    private void withoutEntries(Runnable change) {
        syncing = true;
        try {
            monthView.getCalendarSources().clear();
            weekView.getCalendarSources().clear();
            change.run();
        } finally {
            syncing = false;
        }
        attachEntries();
    }

    /** Gives the visible CalendarFX view the current entries; the hidden one gets none. */
    private void attachEntries() {
        syncing = true;
        try {
            Mode m = vm.modeProperty().get();
            for (DateControl dc : List.of(monthView, weekView)) {
                boolean shown = (dc == monthView && m == Mode.MONTH) || (dc == weekView && m == Mode.WEEK);
                if (shown) {
                    CalendarSource source = new CalendarSource(messages.get("calendar.title"));
                    source.getCalendars().add(entries);
                    dc.getCalendarSources().setAll(source);
                } else {
                    dc.getCalendarSources().clear();
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void showMode() {
        Mode m = vm.modeProperty().get();
        attachEntries();
        monthView.setVisible(m == Mode.MONTH);
        weekView.setVisible(m == Mode.WEEK);
        agendaTable.setVisible(m == Mode.AGENDA);
        for (Node n : List.of(previousButton, nextButton, todayButton, periodLabel)) {
            n.setDisable(m == Mode.AGENDA);
        }
        modeGroup.getToggles().stream().filter(t -> t.getUserData() == m).findFirst().ifPresent(t -> t.setSelected(true));
        showDate();
        if (m == Mode.AGENDA) {
            scrollAgendaToToday();
        }
    }

    private void showDate() {
        LocalDate d = vm.dateProperty().get();
        withoutEntries(() -> {
            monthView.setDate(d);
            weekView.setDate(d);
        });
        Locale locale = messages.locale();
        String text;
        if (vm.modeProperty().get() == Mode.WEEK) {
            WeekFields wf = WeekFields.of(Formats.DUTCH);
            LocalDate first = d.with(wf.dayOfWeek(), 1);
            text = messages.get("calendar.period.week", String.valueOf(d.get(wf.weekOfWeekBasedYear())),
                    Formats.date(first, locale), Formats.date(first.plusDays(6), locale));
        } else if (vm.modeProperty().get() == Mode.MONTH) {
            text = d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + d.getYear();
        } else {
            text = "";
        }
        periodLabel.setText(text);
    }

    @FXML
    private void onPrevious() {
        LocalDate d = vm.dateProperty().get();
        vm.dateProperty().set(vm.modeProperty().get() == Mode.WEEK ? d.minusWeeks(1) : d.minusMonths(1));
    }

    @FXML
    private void onNext() {
        LocalDate d = vm.dateProperty().get();
        vm.dateProperty().set(vm.modeProperty().get() == Mode.WEEK ? d.plusWeeks(1) : d.plusMonths(1));
    }

    @FXML
    private void onToday() {
        vm.dateProperty().set(vm.today());
    }

    // ------------------------------------------------------------------------------------------ agenda

    private void setUpAgenda() {
        agendaTable.setId("calendarAgenda");
        agendaTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        agendaTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agendaTable.setPlaceholder(new Label(messages.get("calendar.agenda.empty")));
        TableColumn<CalendarItem, LocalDate> dateCol = new TableColumn<>(messages.get("calendar.column.date"));
        dateCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        dateCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : Formats.date(d, messages.locale()));
            }
        });
        dateCol.setMinWidth(140);
        dateCol.setPrefWidth(150);
        TableColumn<CalendarItem, Status> statusCol = new TableColumn<>(messages.get("calendar.column.status"));
        statusCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Status s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : chip(messages.get(s.labelKey()), "status-" + css(s)));
                setText(null);
            }
        });
        statusCol.setMinWidth(104);
        statusCol.setPrefWidth(110);
        TableColumn<CalendarItem, String> kindCol = new TableColumn<>(messages.get("calendar.column.kind"));
        kindCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().kind().labelKey())));
        kindCol.setMinWidth(118);
        kindCol.setPrefWidth(130);
        TableColumn<CalendarItem, String> insurerCol = new TableColumn<>(messages.get("calendar.column.insurer"));
        insurerCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().insurerName()));
        insurerCol.setMinWidth(104);
        insurerCol.setPrefWidth(150);
        TableColumn<CalendarItem, String> providerCol = new TableColumn<>(messages.get("calendar.column.provider"));
        providerCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().providerName() != null
                ? c.getValue().providerName() : c.getValue().providerAgb() == null ? "" : c.getValue().providerAgb()));
        providerCol.setMinWidth(170);
        providerCol.setPrefWidth(200);
        TableColumn<CalendarItem, String> titleCol = new TableColumn<>(messages.get("calendar.column.title"));
        titleCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        titleCol.setPrefWidth(420);
        agendaTable.getColumns().setAll(List.of(dateCol, statusCol, kindCol, insurerCol, providerCol, titleCol));
        agendaTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CalendarItem>) c -> {
            if (syncing) {
                return;
            }
            List<CalendarItem> sel = List.copyOf(agendaTable.getSelectionModel().getSelectedItems());
            if (sel.size() == 1) {
                vm.selectedProperty().set(sel.get(0));
            } else if (sel.size() > 1) {
                showMany(sel);
            }
        });
        agendaTable.setRowFactory(t -> {
            TableRow<CalendarItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            row.itemProperty().addListener((o, a, b) -> {
                row.getStyleClass().removeIf(s -> s.startsWith("row-"));
                if (b != null) {
                    row.getStyleClass().add("row-" + css(b.status()));
                }
            });
            return row;
        });
        agendaTable.setOnKeyPressed(e -> {
            CalendarItem i = agendaTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && i != null) {
                open(i);
            }
        });
    }

    private void scrollAgendaToToday() {
        LocalDate today = vm.today();
        List<CalendarItem> items = agendaTable.getItems();
        for (int n = 0; n < items.size(); n++) {
            if (!items.get(n).date().isBefore(today)) {
                agendaTable.scrollTo(Math.max(0, n - 2));
                return;
            }
        }
    }

    private static String css(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ------------------------------------------------------------------------------------------ filters

    private void setUpFilters() {
        insurerBox.setId("calendarInsurerFilter");
        statusBox.setId("calendarStatusFilter");
        contractTypeBox.setId("calendarContractTypeFilter");
        providerBox.setId("calendarProviderFilter");
        searchField.setId("calendarSearch");
        statusBox.getItems().setAll(java.util.Arrays.stream(Status.values()).map(st -> {
            CheckMenuItem m = new CheckMenuItem(messages.get(st.labelKey()));
            m.setId("statusFilter-" + css(st));
            m.setUserData(st);
            m.selectedProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    if (b) {
                        vm.statusFilter().add(st);
                    } else {
                        vm.statusFilter().remove(st);
                    }
                }
            });
            return (MenuItem) m;
        }).toList());
        contractTypeBox.setPromptText(messages.get("calendar.filter.contract-type"));
        providerBox.setPromptText(messages.get("calendar.filter.provider"));
        providerBox.setConverter(Converters.showing(p -> p == null ? "" : p.name() + " · " + p.agbCode()));
        contractTypeBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.contractTypeFilterProperty().set(b == null || b.isEmpty() ? null : b);
            }
        });
        providerBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.providerFilterProperty().set(b);
            }
        });
        searchField.textProperty().bindBidirectional(vm.textFilterProperty());
        vm.optionsProperty().addListener((o, a, b) -> fillFilterChoices(b));
        // filters changed by the view model (cleared, or set from elsewhere) show in the controls
        vm.insurerFilter().addListener((SetChangeListener<String>) c -> showFilters());
        vm.statusFilter().addListener((SetChangeListener<Status>) c -> showFilters());
        vm.contractTypeFilterProperty().addListener((o, a, b) -> showFilters());
        vm.providerFilterProperty().addListener((o, a, b) -> showFilters());
    }

    private void fillFilterChoices(CalendarViewModel.Options o) {
        syncing = true;
        try {
            insurerBox.getItems().setAll(o.insurers().entrySet().stream().map(en -> {
                CheckMenuItem m = new CheckMenuItem(en.getValue());
                m.setId("insurerFilter-" + en.getKey());
                m.setUserData(en.getKey());
                m.selectedProperty().addListener((x, a, b) -> {
                    if (!syncing) {
                        if (b) {
                            vm.insurerFilter().add(en.getKey());
                        } else {
                            vm.insurerFilter().remove(en.getKey());
                        }
                    }
                });
                return (MenuItem) m;
            }).toList());
            List<String> types = new ArrayList<>();
            types.add("");
            types.addAll(o.contractTypes().keySet().stream()
                    .sorted(Comparator.comparing(id -> o.contractTypes().get(id), String.CASE_INSENSITIVE_ORDER)).toList());
            contractTypeBox.getItems().setAll(types);
            contractTypeBox.setConverter(Converters.showing(id -> id == null || id.isEmpty()
                    ? messages.get("calendar.filter.contract-type.all") : o.contractTypes().getOrDefault(id, id)));
            List<Provider> provs = new ArrayList<>(o.providers());
            providerBox.getItems().setAll(provs);
        } finally {
            syncing = false;
        }
        showFilters();
    }

    /** "Alle verzekeraars" or the chosen ones by name. */
    private void titles() {
        CalendarViewModel.Options o = vm.optionsProperty().get();
        insurerBox.setText(vm.insurerFilter().isEmpty() ? messages.get("calendar.filter.insurer.all")
                : vm.insurerFilter().stream().map(id -> o.insurers().getOrDefault(id, id)).sorted()
                        .collect(Collectors.joining(", ")));
        statusBox.setText(vm.statusFilter().isEmpty() ? messages.get("calendar.filter.status.all")
                : vm.statusFilter().stream().sorted().map(x -> messages.get(x.labelKey()))
                        .collect(Collectors.joining(", ")));
    }

    private void showFilters() {
        syncing = true;
        try {
            for (MenuItem m : insurerBox.getItems()) {
                ((CheckMenuItem) m).setSelected(vm.insurerFilter().contains((String) m.getUserData()));
            }
            for (MenuItem m : statusBox.getItems()) {
                ((CheckMenuItem) m).setSelected(vm.statusFilter().contains((Status) m.getUserData()));
            }
            String ct = vm.contractTypeFilterProperty().get();
            contractTypeBox.setValue(ct == null ? "" : ct);
            Provider p = vm.providerFilterProperty().get();
            providerBox.setValue(p == null ? null
                    : providerBox.getItems().stream().filter(x -> x.id().equals(p.id())).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
        titles();
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    /** Shows the items of one provider (from the provider list or the dashboard). */
    public void showProvider(Provider p) {
        vm.clearFilters();
        vm.providerFilterProperty().set(p);
    }

    // ------------------------------------------------------------------------------------------ details

    private void showSelection(CalendarItem i) {
        details.getChildren().clear();
        if (i == null) {
            Label hint = new Label(messages.get("calendar.detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            details.getChildren().add(hint);
            syncSelection(null);
            return;
        }
        CalendarTexts t = vm.texts();
        HBox chips = new HBox(6, chip(t.kind(i), "kind-chip"), chip(t.status(i), "status-" + css(i.status())));
        chips.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(i.title());
        title.setWrapText(true);
        title.getStyleClass().add("detail-title");
        title.setId("calendarDetailTitle");
        Label when = new Label(t.when(i));
        when.setWrapText(true);
        when.getStyleClass().add("detail-when");
        when.setId("calendarDetailWhen");
        Label days = new Label(daysText(i));
        days.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getStyleClass().add("detail-grid");
        int row = 0;
        row = field(grid, row, "calendar.detail.insurer", i.insurerName());
        row = field(grid, row, "calendar.detail.actor", t.actor(i.actor()));
        row = field(grid, row, i.kind().own() ? "calendar.detail.location" : "calendar.detail.channel", i.channel());
        if (i.providerAgb() != null) {
            Hyperlink link = new Hyperlink((i.providerName() == null ? "?" : i.providerName()) + " · " + i.providerAgb());
            link.setId("calendarDetailProvider");
            link.setWrapText(true);
            link.setOnAction(e -> openProvider(i));
            row = field(grid, row, "calendar.detail.provider", link);
        }
        if (i.startedOn() != null && i.offset() != null) {
            row = field(grid, row, "calendar.detail.term",
                    messages.get("calendar.detail.term.value", t.period(i.offset()), Formats.date(i.startedOn(), messages.locale())));
        }
        if (!i.contractTypes().isEmpty()) {
            row = field(grid, row, "calendar.detail.contract-types", t.contractTypes(i));
        }
        if (i.policyId() != null) {
            Hyperlink link = new Hyperlink(t.policyTitle(i));
            link.setId("calendarDetailPolicy");
            link.setWrapText(true);
            link.setOnAction(e -> navigator.showPolicy(i.policyId()));
            row = field(grid, row, "calendar.detail.policy", link);
            if (i.source() != null && i.source().section() != null) {
                row = field(grid, row, "calendar.detail.source", i.source().section());
            }
        }
        if (i.notes() != null && !i.notes().isBlank()) {
            row = field(grid, row, "calendar.detail.notes", i.notes().strip());
        }
        details.getChildren().addAll(chips, title, when);
        if (!days.getText().isEmpty()) {
            details.getChildren().add(days);
        }
        details.getChildren().add(grid);

        if (i.done() != null) {
            String by = i.done().automatic() ? messages.get("calendar.done.automatic")
                    : i.done().by().isEmpty() ? "" : messages.get("calendar.done.by", i.done().by());
            Label done = new Label(messages.get("calendar.detail.done",
                    Formats.date(i.done().doneOn(), messages.locale()), by));
            done.setWrapText(true);
            done.setId("calendarDetailDone");
            VBox box = new VBox(4, done);
            if (!i.done().note().isEmpty()) {
                Label note = new Label(i.done().note());
                note.setWrapText(true);
                note.getStyleClass().add("muted");
                box.getChildren().add(note);
            }
            box.getStyleClass().add("done-box");
            details.getChildren().add(box);
        }
        details.getChildren().add(actions(i));
        syncSelection(i);
    }

    private FlowPane actions(CalendarItem i) {
        FlowPane buttons = new FlowPane(8, 8);
        buttons.getStyleClass().add("detail-actions");
        if (i.done() == null) {
            Button done = new Button(messages.get("calendar.action.done"));
            done.setId("calendarMarkDone");
            done.setGraphic(new FontIcon("fth-check"));
            done.getStyleClass().add("accent");
            done.setOnAction(e -> markDone(List.of(i)));
            buttons.getChildren().add(done);
        } else if (!i.done().automatic()) {
            Button undo = new Button(messages.get("calendar.action.undone"));
            undo.setId("calendarUnmarkDone");
            undo.setOnAction(e -> vm.unmarkDone(List.of(i.key()),
                    () -> status.show(messages.get("calendar.status.undone", i.title())), this::failed));
            buttons.getChildren().add(undo);
        }
        if (i.quoteId() != null) {
            buttons.getChildren().add(button("calendarOpenQuote", "calendar.action.open-quote", "fth-file-text",
                    () -> navigator.showQuote(i.quoteId())));
        }
        if (i.providerAgb() != null) {
            buttons.getChildren().add(button("calendarOpenProvider", "calendar.action.open-provider", "fth-user",
                    () -> openProvider(i)));
        }
        if (i.policyId() != null) {
            buttons.getChildren().add(button("calendarOpenPolicy", "calendar.action.open-policy", "fth-book-open",
                    () -> navigator.showPolicy(i.policyId())));
        }
        if (i.kind().own()) {
            buttons.getChildren().add(button("calendarEditItem", "calendar.action.edit", "fth-edit-2", () -> editOwn(i)));
            buttons.getChildren().add(button("calendarDeleteItem", "calendar.action.delete", "fth-trash-2",
                    () -> deleteOwn(i)));
        } else if (i.kind() == Kind.PROVIDER_TERM) {
            buttons.getChildren().add(button("calendarDeleteItem", "calendar.action.delete-term", "fth-trash-2",
                    () -> deleteTerm(i)));
        }
        return buttons;
    }

    /** Several agenda rows chosen: what they have in common can be done to all at once. */
    private void showMany(List<CalendarItem> items) {
        details.getChildren().clear();
        Label title = new Label(messages.get("calendar.detail.many", items.size()));
        title.getStyleClass().add("detail-title");
        title.setId("calendarDetailTitle");
        List<CalendarItem> open = items.stream().filter(i -> i.done() == null).toList();
        Button done = new Button(messages.get("calendar.action.done-many", open.size()));
        done.setId("calendarMarkDone");
        done.setGraphic(new FontIcon("fth-check"));
        done.getStyleClass().add("accent");
        done.setDisable(open.isEmpty());
        done.setOnAction(e -> markDone(open));
        details.getChildren().addAll(title, done);
    }

    private String daysText(CalendarItem i) {
        if (i.isDone()) {
            return "";
        }
        long d = i.daysLeft();
        if (i.status() == Status.OVERDUE) {
            return messages.get("calendar.detail.days-late", -d);
        }
        if (d == 0) {
            return messages.get("calendar.detail.today");
        }
        return d > 0 ? messages.get("calendar.detail.days-left", d) : messages.get("calendar.detail.days-ago", -d);
    }

    private int field(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label v = new Label(value);
        v.setWrapText(true);
        return field(grid, row, key, v);
    }

    private int field(GridPane grid, int row, String key, Node value) {
        Label k = new Label(messages.get(key));
        k.getStyleClass().add("detail-key");
        k.setMinWidth(110);
        GridPane.setValignment(k, javafx.geometry.VPos.TOP);
        grid.add(k, 0, row);
        grid.add(value, 1, row);
        return row + 1;
    }

    private static Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("chip", style);
        return l;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Keeps the calendar views and the agenda on the chosen item. */
    private void syncSelection(CalendarItem i) {
        syncing = true;
        try {
            for (DateControl dc : List.of(monthView, weekView)) {
                dc.clearSelection();
                Entry<CalendarItem> e = i == null ? null : entryByKey.get(i.key());
                if (e != null) {
                    dc.getSelections().add(e);
                }
            }
            if (i == null) {
                agendaTable.getSelectionModel().clearSelection();
            } else if (!agendaTable.getSelectionModel().getSelectedItems().contains(i)
                    || agendaTable.getSelectionModel().getSelectedItems().size() != 1) {
                agendaTable.getSelectionModel().clearSelection();
                agendaTable.getSelectionModel().select(i);
                agendaTable.scrollTo(i);
            }
        } finally {
            syncing = false;
        }
    }

    private ContextMenu entryMenu(CalendarItem i) {
        if (i == null) {
            return null;
        }
        vm.selectedProperty().set(i);
        ContextMenu menu = new ContextMenu();
        if (i.done() == null) {
            MenuItem done = new MenuItem(messages.get("calendar.action.done"));
            done.setOnAction(e -> markDone(List.of(i)));
            menu.getItems().add(done);
        }
        MenuItem open = new MenuItem(messages.get("calendar.action.open"));
        open.setOnAction(e -> open(i));
        menu.getItems().add(open);
        return menu;
    }

    // ------------------------------------------------------------------------------------------ actions

    /** Opens what the item belongs to: its quote, else its provider, else its policy. */
    void open(CalendarItem i) {
        if (navigator == null) {
            return;
        }
        if (i.quoteId() != null) {
            navigator.showQuote(i.quoteId());
        } else if (i.providerAgb() != null) {
            openProvider(i);
        } else if (i.policyId() != null) {
            navigator.showPolicy(i.policyId());
        } else {
            vm.selectedProperty().set(i);
        }
    }

    private void openProvider(CalendarItem i) {
        Optional<Provider> p = vm.optionsProperty().get().providers().stream()
                .filter(x -> x.agbCode().equals(i.providerAgb())).findFirst();
        if (p.isPresent()) {
            navigator.showProvider(p.get());
        } else {
            dialogs.error(messages.get("calendar.error.provider-gone"), i.providerAgb());
        }
    }

    private void markDone(List<CalendarItem> items) {
        ViewLoader.Loaded<CalendarDoneController> d = views.load(View.CALENDAR_DONE_DIALOG);
        d.controller().show(items, vm, dialogs, stylesheets()).ifPresent(n ->
                status.show(messages.get("calendar.status.done", n)));
    }

    @FXML
    private void onNewMeeting() {
        editOwn(null, Kind.MEETING);
    }

    @FXML
    private void onNewReminder() {
        editOwn(null, Kind.REMINDER);
    }

    private void editOwn(CalendarItem i) {
        editOwn(i, i.kind());
    }

    private void editOwn(CalendarItem i, Kind kind) {
        if (i == null) {
            showItemDialog(null, kind);
        } else {
            // the stored item (with its uid) is read off the FX thread
            vm.ownItem(i.key(), o -> showItemDialog(o.orElse(null), kind), this::failed);
        }
    }

    private void showItemDialog(OwnItem existing, Kind kind) {
        ViewLoader.Loaded<CalendarItemController> d = views.load(View.CALENDAR_ITEM_DIALOG);
        Provider preset = vm.providerFilterProperty().get();
        d.controller().show(existing, kind, vm.selectedDay(), preset, vm, dialogs, stylesheets())
                .ifPresent(saved -> {
                    status.show(messages.get("calendar.status.saved", saved.title()));
                    vm.reload(() -> vm.select(saved.key()));
                });
    }

    private void deleteOwn(CalendarItem i) {
        if (!dialogs.confirm(messages.get("calendar.delete.title"), messages.get("calendar.delete.header", i.title()),
                messages.get("calendar.delete.content"), messages.get("calendar.action.delete"))) {
            return;
        }
        vm.change(() -> vm.service().ownItems().stream().filter(o -> o.key().equals(i.key())).findFirst()
                        .ifPresent(o -> vm.service().deleteOwnItem(o.id())),
                () -> status.show(messages.get("calendar.status.deleted", i.title())), this::failed);
    }

    private void deleteTerm(CalendarItem i) {
        if (!dialogs.confirm(messages.get("calendar.delete.title"), messages.get("calendar.delete-term.header", i.title()),
                messages.get("calendar.delete-term.content"), messages.get("calendar.action.delete-term"))) {
            return;
        }
        vm.change(() -> vm.service().termStarts().stream().filter(s -> s.key().equals(i.key())).findFirst()
                        .ifPresent(s -> vm.service().deleteTermStart(s.id())),
                () -> status.show(messages.get("calendar.status.deleted", i.title())), this::failed);
    }

    @FXML
    private void onStartTerm() {
        ViewLoader.Loaded<CalendarTermController> d = views.load(View.CALENDAR_TERM_DIALOG);
        d.controller().show(vm.providerFilterProperty().get(), vm, dialogs, stylesheets()).ifPresent(saved -> {
            status.show(messages.get("calendar.status.term-started"));
            vm.reload(() -> vm.select(saved.key()));
        });
    }

    @FXML
    private void onExport() {
        List<CalendarItem> items = List.copyOf(vm.visible());
        if (items.isEmpty()) {
            dialogs.info(messages.get("calendar.export.empty"), messages.get("calendar.export.empty.hint"));
            return;
        }
        dialogs.chooseSaveFile(messages.get("calendar.export"), messages.get("calendar.export.file-name"), "ics")
                .ifPresent(file -> vm.export(items, file,
                        () -> status.show(messages.get("calendar.status.exported", items.size(), file.getFileName().toString())),
                        this::failed));
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            dialogs.error(messages.get("calendar.error.refused"),
                    v.violations().stream().map(x -> messages.get(x.messageKey(), x.args().toArray()))
                            .collect(Collectors.joining("\n")));
        } else {
            dialogs.error(messages.get("calendar.error.failed"), String.valueOf(e.getMessage()));
        }
    }

    private List<String> stylesheets() {
        return root.getScene() == null ? List.of() : root.getScene().getStylesheets();
    }

    public BorderPane root() {
        return root;
    }
}
