/**
 * The UI toolkit every area's views share: background work, on one thread or a small pool, that
 * comes back to the UI thread ({@link org.rapport.ui.api.Background}), the paged virtual table over a
 * {@link org.rapport.core.api.Listing} ({@link org.rapport.ui.api.PagedTable}), the editor base
 * with undo, Save and the stale-edit dialog ({@link org.rapport.ui.api.ModelEditor},
 * {@link org.rapport.ui.api.EditHistory}), and the shared formats of dates, money and enum
 * literals ({@link org.rapport.ui.api.Formats}, {@link org.rapport.ui.api.EnumLabels}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.ui.api;
