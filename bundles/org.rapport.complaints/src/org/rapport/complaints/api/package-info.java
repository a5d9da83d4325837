/**
 * Rapport's complaints API: business calendars ({@link org.rapport.complaints.api.BusinessCalendar})
 * and the service-level clock on them (due and elapsed business time, pauses as intervals), and the
 * complaint lifecycle ({@link org.rapport.complaints.api.Lifecycle}).
 * <p>
 * The model (package {@code org.rapport.complaints.model}, nsURI {@code http://rapport.org/complaints/1.0})
 * holds complaints with their pauses, events and compensations, calendars, service policies and
 * categories; its classes belong to the security data area {@link org.rapport.complaints.api.ComplaintsAreaId#ID}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.complaints.api;
