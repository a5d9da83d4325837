/**
 * Rapport's customer API: what other areas need besides the model itself.
 * <p>
 * The model (package {@code org.rapport.customers.model}, nsURI {@code http://rapport.org/customers/1.0})
 * holds customer profiles; {@link org.rapport.customers.api.Contacts} normalises phone numbers and
 * e-mail addresses the way the model stores them, so that searches and duplicate checks compare
 * like with like. The model's classes belong to the security data area
 * {@code customers}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.customers.api;
