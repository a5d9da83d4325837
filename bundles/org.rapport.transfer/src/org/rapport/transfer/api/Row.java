package org.rapport.transfer.api;

/** One row of the file, read through the column mapping. */
public interface Row {

    /** Its line in the file (1 is the header). */
    long line();

    /** The value of one of the kind's columns; empty when the file has no such column. */
    String get(String column);

    /** Whether the file has the column. */
    boolean has(String column);
}
