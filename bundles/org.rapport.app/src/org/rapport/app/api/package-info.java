/**
 * What other bundles need to contribute to the Rapport workbench: the ids of its perspectives and
 * part stacks (targets for model fragments), the event topic of its status line, and the
 * {@link org.rapport.app.api.WorkbenchSignIn} service its start asks to sign a person in.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.app.api;
