package nl.inkoopwerkbank.ui.common;

/** Every screen and reusable part: one FXML file each in {@code fxml/}. */
public enum View {
    MAIN_WINDOW("main_window"),
    DASHBOARD("dashboard"),
    PROVIDERS_LIST("providers_list"),
    PROVIDERS_FORM("providers_form"),
    PROVIDERS_IMPORT("providers_import"),
    POLICIES_BROWSER("policies_browser"),
    POLICIES_COMPARE("policies_compare"),
    POLICY_REQUIREMENT_EDITOR("policy_requirement_editor"),
    POLICY_DEADLINE_EDITOR("policy_deadline_editor"),
    POLICY_CONTRACT_EDITOR("policy_contract_editor"),
    ASSESSMENT_SECTION("assessment_section"),
    ASSESSMENT_WIZARD("assessment_wizard"),
    ASSESSMENT_EXPLANATION("assessment_explanation"),
    ASSESSMENT_MATRIX("assessment_matrix"),
    ASSESSMENT_PORTFOLIO("assessment_portfolio"),
    ASSESSMENT_HISTORY("assessment_history"),
    QUOTES_SECTION("quotes_section"),
    QUOTE_ROUND("quote_round"),
    QUOTE_CHECKS("quote_checks"),
    QUOTE_COMPARE("quote_compare"),
    QUOTE_IMPORT("quote_import"),
    CALENDAR_SECTION("calendar_section"),
    CALENDAR_DONE_DIALOG("calendar_done_dialog"),
    CALENDAR_ITEM_DIALOG("calendar_item_dialog"),
    CALENDAR_TERM_DIALOG("calendar_term_dialog"),
    EXPORT_SUMMARY_PREVIEW("export_summary_preview"),
    EXPORT_BATCH_DIALOG("export_batch_dialog"),
    EXPORT_PORTFOLIO_DIALOG("export_portfolio_dialog"),
    SETTINGS_DIALOG("settings_dialog"),
    BACKUPS_DIALOG("backups_dialog"),
    BACKUP_LIST("backup_list"),
    BACKUP_CHOOSER("backup_chooser"),
    ENCRYPTION_DIALOG("encryption_dialog"),
    DATABASE_PROBLEM("database_problem"),
    PASSPHRASE_DIALOG("passphrase_dialog"),
    BUSY_DIALOG("busy_dialog"),
    AUDIT_HISTORY_DIALOG("audit_history_dialog");

    private final String fileName;

    View(String fileName) {
        this.fileName = fileName;
    }

    public String resource() {
        return "/fxml/" + fileName + ".fxml";
    }
}
