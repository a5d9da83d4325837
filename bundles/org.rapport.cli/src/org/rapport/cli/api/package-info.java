/**
 * The extension API of {@code rapport-ctl}, Rapport's headless command line.
 * <p>
 * A bundle adds a command by registering a {@link org.rapport.cli.api.CliCommand} as an OSGi
 * service, typically a DS {@code @Component}. The command's {@link org.rapport.cli.api.CliCommand#name()}
 * is the word after {@code rapport-ctl}; names are unique, and a later registration of a taken
 * name is ignored with a warning.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.cli.api;
