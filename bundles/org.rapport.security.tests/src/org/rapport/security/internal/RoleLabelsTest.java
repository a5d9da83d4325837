package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.security.api.Roles;

/**
 * Role names were translated twice, by the window's signed-in line ("Service agent", 客服) and by
 * the administration views ("service agent", 客服代表), and drifted apart. They are translated in
 * one place, the security bundle, behind {@link Roles#label}: each preset has a name of its own
 * in English and Chinese, and a role an administrator made keeps its name.
 */
class RoleLabelsTest {

    @Test
    void presetsHaveOneNameEachInBothLanguagesAndCustomRolesKeepTheirs() {
        assertEquals("Administrator", Roles.label(Roles.ADMINISTRATOR));
        assertEquals("Service agent", Roles.label(Roles.SERVICE_AGENT));
        assertEquals("auditor", Roles.label("auditor"), "a role an administrator made: by its name");
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.SIMPLIFIED_CHINESE }) {
            ResourceBundle texts = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", locale, Roles.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            Set<String> names = new HashSet<>();
            for (String preset : Roles.PRESETS) {
                String name = texts.getString("role_name_" + preset.replace('-', '_'));
                assertNotNull(name);
                assertNotEquals(preset, name, "a preset is named for people, not by its id");
                names.add(name);
            }
            assertEquals(Roles.PRESETS.size(), names.size(), "each preset a name of its own in " + locale);
        }
        assertEquals("客服代表", ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.SIMPLIFIED_CHINESE, Roles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("role_name_service_agent"));
    }
}
