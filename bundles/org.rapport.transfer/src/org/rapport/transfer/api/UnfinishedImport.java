package org.rapport.transfer.api;

import org.rapport.transfer.model.TransferStatus;

/**
 * An import that did not finish, as {@link TransferImport#unfinished} finds it.
 *
 * @param importId what {@link ImportOptions#resumeId()} takes to go on with it
 * @param status RUNNING (killed, or running elsewhere now) or FAILED (cancelled or stopped by an error)
 * @param lastCommittedLine the file's last line stored
 * @param imported rows stored so far
 */
public record UnfinishedImport(String importId, TransferStatus status, long lastCommittedLine, long imported) {
}
