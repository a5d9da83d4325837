/**
 * What other bundles need to contribute to the Rapport workbench: the ids of its perspectives and
 * part stacks (targets for model fragments) and the event topic of its status line.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.app.api;
