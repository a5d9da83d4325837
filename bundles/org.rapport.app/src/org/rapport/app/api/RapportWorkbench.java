package org.rapport.app.api;

import java.util.List;

/**
 * Element ids of the Rapport application model that extension bundles may rely on.
 * <p>
 * A model fragment adds a view to a perspective by naming one of these part stacks as its
 * {@code parentElementId} with {@code featurename="children"}. Use {@code apply="always"} or
 * {@code apply="notexists"}: the workbench remembers each user's layout, and {@code initial}
 * fragments are ignored once a layout was remembered.
 */
public final class RapportWorkbench {

    /** The application's element id. */
    public static final String APPLICATION = "org.rapport.app.application";
    /** The main window. */
    public static final String MAIN_WINDOW = "org.rapport.app.window.main";
    /** The stack holding the four perspectives. */
    public static final String PERSPECTIVE_STACK = "org.rapport.app.perspectivestack";
    /** The main menu, whose menus are {@code org.rapport.app.menu.file|edit|view|window|help}. */
    public static final String MAIN_MENU = "org.eclipse.ui.main.menu";

    public static final String PERSPECTIVE_SERVICE_DESK = "org.rapport.app.perspective.servicedesk";
    public static final String PERSPECTIVE_SALES = "org.rapport.app.perspective.sales";
    public static final String PERSPECTIVE_MANAGEMENT = "org.rapport.app.perspective.management";
    public static final String PERSPECTIVE_ADMINISTRATION = "org.rapport.app.perspective.administration";

    /** The perspectives the application model defines, in the order the switcher shows them. */
    public static final List<String> PERSPECTIVES = List.of(PERSPECTIVE_SERVICE_DESK, PERSPECTIVE_SALES,
            PERSPECTIVE_MANAGEMENT, PERSPECTIVE_ADMINISTRATION);

    /**
     * The part stack of the shared work area, visible in every perspective: editors (a customer's
     * profile, a complaint) open here.
     */
    public static final String STACK_MAIN = "org.rapport.app.stack.main";

    /** The part stacks around the work area in the {@link #PERSPECTIVE_SERVICE_DESK} perspective, and the sash holding the work area and the bottom stack. */
    public static final String STACK_SERVICE_DESK_LEFT = "org.rapport.app.stack.servicedesk.left";
    public static final String STACK_SERVICE_DESK_RIGHT = "org.rapport.app.stack.servicedesk.right";
    public static final String STACK_SERVICE_DESK_BOTTOM = "org.rapport.app.stack.servicedesk.bottom";
    public static final String SASH_SERVICE_DESK_CENTRE = "org.rapport.app.sash.servicedesk.centre";

    /** The part stacks around the work area in the {@link #PERSPECTIVE_SALES} perspective, and the sash holding the work area and the bottom stack. */
    public static final String STACK_SALES_LEFT = "org.rapport.app.stack.sales.left";
    public static final String STACK_SALES_RIGHT = "org.rapport.app.stack.sales.right";
    public static final String STACK_SALES_BOTTOM = "org.rapport.app.stack.sales.bottom";
    public static final String SASH_SALES_CENTRE = "org.rapport.app.sash.sales.centre";

    /** The part stacks around the work area in the {@link #PERSPECTIVE_MANAGEMENT} perspective, and the sash holding the work area and the bottom stack. */
    public static final String STACK_MANAGEMENT_LEFT = "org.rapport.app.stack.management.left";
    public static final String STACK_MANAGEMENT_RIGHT = "org.rapport.app.stack.management.right";
    public static final String STACK_MANAGEMENT_BOTTOM = "org.rapport.app.stack.management.bottom";
    public static final String SASH_MANAGEMENT_CENTRE = "org.rapport.app.sash.management.centre";

    /** The part stacks around the work area in the {@link #PERSPECTIVE_ADMINISTRATION} perspective, and the sash holding the work area and the bottom stack. */
    public static final String STACK_ADMINISTRATION_LEFT = "org.rapport.app.stack.administration.left";
    public static final String STACK_ADMINISTRATION_RIGHT = "org.rapport.app.stack.administration.right";
    public static final String STACK_ADMINISTRATION_BOTTOM = "org.rapport.app.stack.administration.bottom";
    public static final String SASH_ADMINISTRATION_CENTRE = "org.rapport.app.sash.administration.centre";

    /** Where in a perspective a part stack sits around the shared work area. */
    public enum Position {
        LEFT, RIGHT, BOTTOM;

        String suffix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The id of a perspective's part stack, for example
     * {@code stack(PERSPECTIVE_SERVICE_DESK, Position.LEFT)} is
     * {@code org.rapport.app.stack.servicedesk.left} ({@link #STACK_SERVICE_DESK_LEFT}).
     */
    public static String stack(String perspectiveId, Position position) {
        String prefix = "org.rapport.app.perspective.";
        if (!perspectiveId.startsWith(prefix)) {
            throw new IllegalArgumentException("not a Rapport perspective: " + perspectiveId);
        }
        return "org.rapport.app.stack." + perspectiveId.substring(prefix.length()) + "." + position.suffix();
    }

    /**
     * Event topic of the status line: post a {@code String} to it through the {@code IEventBroker}
     * and the status line at the bottom of the main window shows it.
     */
    public static final String TOPIC_STATUS = "org/rapport/app/status";

    private RapportWorkbench() {
    }
}
