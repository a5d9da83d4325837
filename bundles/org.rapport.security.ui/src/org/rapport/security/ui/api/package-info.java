/**
 * Signing in to the workbench: {@link org.rapport.security.ui.api.WorkbenchSignIn} shows the
 * login dialog (or, on a database without users, the setup dialog that creates the first
 * administrator) before the workbench window opens. An OSGi service, so the application's
 * life cycle calls it without knowing the dialogs.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.security.ui.api;
