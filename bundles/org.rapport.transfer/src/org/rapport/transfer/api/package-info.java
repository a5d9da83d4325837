/**
 * Data transfer for every area: the resumable CSV import, driven by the {@link org.rapport.transfer.api.RowMapper}
 * services areas register (one per import kind), and {@link org.rapport.transfer.api.Exports}, the
 * watermarked, permission-checked and audited CSV export. See the extension guide, "Data transfer".
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.transfer.api;
