/**
 */
package org.rapport.customers.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel an administrator added to the built-in ones (Channels.BUILT_IN): its code is what customers, purchases and interactions store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Channel#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.customers.model.Channel#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.Channel#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getChannel()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Channel extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower case letters, digits and hyphens, unique among all channels, built-in ones included; never changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.customers.model.CustomersPackage#getChannel_Code()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='32'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Channel#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How people name the channel, in every language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getChannel_Label()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Channel#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other spellings an import accepts for the channel, in any case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.rapport.customers.model.CustomersPackage#getChannel_Aliases()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	List<String> getAliases();

} // Channel
