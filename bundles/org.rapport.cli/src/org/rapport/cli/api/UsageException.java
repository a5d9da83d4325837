package org.rapport.cli.api;

/**
 * A wrong call: an unknown option, a missing or malformed value, an argument too many. Its
 * message names the bad argument; the exit code is always {@link CliCommand#USAGE}.
 */
public class UsageException extends CliException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, CliCommand.USAGE);
    }
}
