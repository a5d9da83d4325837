package org.rapport.app.internal;

/**
 * The workbench's texts, injected with {@code @Translation} so they follow the user's language.
 * Keys are in the bundle's Bundle-Localization files ({@code OSGI-INF/l10n/bundle*.properties}),
 * shared with the application model.
 */
public class Messages {
    public String window_title;
    public String theme_light;
    public String theme_dark;

    public String welcome_title;
    public String welcome_subtitle;
    public String welcome_choose;
    public String welcome_one;
    public String welcome_open;
    public String welcome_servicedesk;
    public String welcome_sales;
    public String welcome_management;
    public String welcome_administration;
    public String welcome_footer;

    public String status_ready;
    public String status_perspective;
    public String status_theme;
    public String status_daily_job_failed;
    public String status_daily_job_works_again;

    public String save_title;
    public String save_question_one;
    public String save_question_many;
    public String save_save;
    public String save_save_all;
    public String save_discard;

    public String about_title;
    public String about_heading;
    public String about_version;
    public String about_details;
    public String about_java;
    public String about_os;
    public String about_install;
    public String about_data;
    public String about_license;

    public String preferences_title;
    public String preferences_general;
    public String preferences_appearance;
    public String preferences_theme;
    public String preferences_theme_note;
    public String preferences_language;

    public String keys_title;
    public String keys_command;
    public String keys_keys;

    public String splash_database;
    public String splash_workbench;

    public String signedin_user;
    public String signedin_tooltip;
    public String signedin_switch;
    public String signedin_signout;
    public String list_separator;
    public String unsaved_title;
    public String unsaved_signout;
    public String unsaved_switch;
    public String unsaved_exit;
    public String unsaved_save;
    public String unsaved_discard;
    public String unsaved_not_saved;

    /** The Welcome page's description of a perspective, by the perspective's id. */
    public String welcomeText(String perspectiveId) {
        return switch (perspectiveId) {
        case "org.rapport.app.perspective.servicedesk" -> welcome_servicedesk;
        case "org.rapport.app.perspective.sales" -> welcome_sales;
        case "org.rapport.app.perspective.management" -> welcome_management;
        case "org.rapport.app.perspective.administration" -> welcome_administration;
        default -> "";
        };
    }
}
