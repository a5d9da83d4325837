/**
 * Rapport's persistence engine: EMF objects of every registered EPackage stored through
 * EclipseLink in Derby or PostgreSQL, with no second entity model.
 * <p>
 * Generated model code extends {@link org.rapport.persistence.api.PersistentObject} (the
 * genmodel's {@code rootExtendsClass}), which holds each object's identity and version.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.persistence.api;
