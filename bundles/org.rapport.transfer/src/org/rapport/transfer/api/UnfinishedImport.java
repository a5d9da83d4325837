package org.rapport.transfer.api;

import java.nio.charset.Charset;

import org.rapport.transfer.model.TransferStatus;

/**
 * An import that did not finish, as {@link TransferImport#unfinished} finds it.
 *
 * @param importId what {@link ImportOptions#resumeId()} takes to go on with it
 * @param status RUNNING (killed, or running elsewhere now) or FAILED (cancelled or stopped by an error)
 * @param lastCommittedLine the file's last line stored
 * @param imported rows stored so far
 * @param encoding what its first run read the file in, which a resume reads again; null for a run recorded before it was stored
 * @param delimiter the separator its first run read, which a resume reads again; null for a run recorded before it was stored
 */
public record UnfinishedImport(String importId, TransferStatus status, long lastCommittedLine, long imported, Charset encoding, Delimiter delimiter) {
}
