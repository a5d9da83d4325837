/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A complaint category, in a tree; the hot-spot report counts them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.Category#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Category#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Category#getParent <em>Parent</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Category#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Category#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory()
 * @model annotation="http://rapport.org/security area='servicelevels'"
 * @generated
 */
public interface Category extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category's code, unique (delivery.late).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory_Code()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Category#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Category#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The broader category; none at the top.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Category)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory_Parent()
	 * @model
	 * @generated
	 */
	Category getParent();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Category#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Category value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown in Chinese; the English name where there is none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory_NameZh()
	 * @model annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Category#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether new complaints may be filed under it; a retired category stays on its complaints and in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCategory_Active()
	 * @model default="true" required="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Category#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // Category
