/**
 * The services every Rapport area builds on, headless and free of SWT.
 * <ul>
 * <li>{@link org.rapport.core.api.ClockService}: the one source of "now", so service-level clocks
 * and care rules can be tested against a fixed time;</li>
 * <li>{@link org.rapport.core.api.ProductInfo}: the product's name and version, as the About dialog
 * and {@code rapport-ctl version} report them;</li>
 * <li>{@link org.rapport.core.api.RapportHome}: the folder that holds a user's settings and the
 * embedded database;</li>
 * <li>{@link org.rapport.core.api.PrivateFiles}: files with personal data or secrets, readable by
 * their owner only.</li>
 * </ul>
 * All are OSGi services; obtain them by injection (e4 DI or DS {@code @Reference}), never statically.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.core.api;
