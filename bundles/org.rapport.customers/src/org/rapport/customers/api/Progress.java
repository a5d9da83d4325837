package org.rapport.customers.api;

/**
 * What a long import or export reports while it works, and how its caller stops it: the transfer
 * API's {@link org.rapport.transfer.api.Progress}, under the name the customers API has always
 * used, so that callers need not change.
 */
public interface Progress extends org.rapport.transfer.api.Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
    };
}
