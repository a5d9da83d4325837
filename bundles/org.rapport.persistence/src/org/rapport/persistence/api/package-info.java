/**
 * Rapport's persistence engine: EMF objects of every registered EPackage stored through
 * EclipseLink in Derby or PostgreSQL, with no second entity model.
 * <p>
 * Generated model code extends {@link org.rapport.persistence.api.PersistentObject} (the
 * genmodel's {@code rootExtendsClass}), so the engine learns of each change from EMF's own
 * notifications instead of keeping a second copy of every managed object.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.persistence.api;
