/**
 * Rapport's reports API: the customer-care measures of {@code DOMAIN.md} section 6 as
 * {@link org.rapport.reports.api.ReportProvider} services that an area or a third party
 * contributes, each computed by aggregate queries in the database for a {@link org.rapport.reports.api.ReportQuery}
 * (a period, an optional dimension to break it down by, filters), and answered as a
 * {@link org.rapport.reports.api.ReportResult}; {@link org.rapport.reports.api.Reports} finds and
 * runs them for the signed-in user.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.reports.api;
