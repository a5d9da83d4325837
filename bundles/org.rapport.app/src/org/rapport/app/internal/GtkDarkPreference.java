package org.rapport.app.internal;

import java.lang.reflect.Method;

import org.eclipse.swt.SWT;

/**
 * Asks GTK for its dark or light variant along with the Rapport theme. The style sheets colour
 * what SWT lets them colour; what GTK draws itself (buttons in all their states, disabled ones
 * included, scroll bars, check boxes) follows this preference, so a dark theme does not leave
 * light-grey text on light-grey buttons. Through reflection, since the call is GTK's alone and
 * the bundle also runs on Windows and macOS, where it does nothing.
 */
final class GtkDarkPreference {

    private static final byte[] PROPERTY = "gtk-application-prefer-dark-theme\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private GtkDarkPreference() {
    }

    /** Whether a theme is a dark one: by its id, as the platform's own GTK support decides it. */
    static boolean isDark(String themeId) {
        return themeId != null && themeId.contains("dark");
    }

    /** Applies the preference; on the UI thread. */
    static void apply(boolean dark) {
        if (!"gtk".equals(SWT.getPlatform())) {
            return;
        }
        try {
            Class<?> gtk = Class.forName("org.eclipse.swt.internal.gtk.GTK");
            Class<?> os = Class.forName("org.eclipse.swt.internal.gtk.OS");
            long settings = (long) gtk.getMethod("gtk_settings_get_default").invoke(null);
            if (settings == 0) {
                return;
            }
            Method set = os.getMethod("g_object_set", long.class, byte[].class, boolean.class, long.class);
            set.invoke(null, settings, PROPERTY, dark, 0L);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an SWT whose internals moved: the style sheets alone colour the window
            System.err.println("Rapport: the GTK dark preference could not be set: " + e);
        }
    }
}
