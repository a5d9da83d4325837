package org.rapport.transfer.api;

/**
 * A flag of an import kind that a person may set, as the import wizard offers it.
 *
 * @param flag the {@link ImportOptions#flags() flag}, as the command line names it: {@code create-customers}
 * @param label what setting it does, in the current locale (a mnemonic {@code &} allowed)
 */
public record ImportSwitch(String flag, String label) {
}
