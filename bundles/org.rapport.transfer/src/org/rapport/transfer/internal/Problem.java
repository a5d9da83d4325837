package org.rapport.transfer.internal;

import java.util.List;

/** One line of the rejects or warnings report. */
record Problem(long line, String field, String value, String reason) {

    List<String> columns() {
        return List.of(String.valueOf(line), field, value, reason);
    }
}
