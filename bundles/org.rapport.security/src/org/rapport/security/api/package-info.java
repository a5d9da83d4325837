/**
 * Rapport's security API: who is signed in and what they may do.
 * <p>
 * {@link org.rapport.security.api.Authenticator} checks a login and password and signs the user in;
 * {@link org.rapport.security.api.CurrentUser} gives every service the signed-in
 * {@link org.rapport.security.api.SessionUser} of this process; {@link org.rapport.security.api.UserAdministration}
 * and {@link org.rapport.security.api.Roles} manage users and roles (administrators only). All are
 * OSGi services. Permissions name a data area (such as {@code customers}) and an
 * {@link org.rapport.security.model.Action}; their {@link org.rapport.security.model.Scope} and the
 * field rules of {@link org.rapport.security.api.SessionUser#fieldAccess(String)} are what the
 * services enforce.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.security.api;
