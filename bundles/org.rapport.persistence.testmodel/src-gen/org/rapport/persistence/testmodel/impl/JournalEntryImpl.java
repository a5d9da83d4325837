/**
 */
package org.rapport.persistence.testmodel.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.persistence.testmodel.JournalEntry;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.JournalEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.JournalEntryImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.JournalEntryImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.JournalEntryImpl#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.JournalEntryImpl#getNewValue <em>New Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JournalEntryImpl extends PersistentObject implements JournalEntry {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getOldValue() <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldValue()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_VALUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNewValue() <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewValue()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_VALUE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JournalEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.JOURNAL_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eDynamicGet(TestmodelPackage.JOURNAL_ENTRY__KIND, TestmodelPackage.Literals.JOURNAL_ENTRY__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eDynamicSet(TestmodelPackage.JOURNAL_ENTRY__KIND, TestmodelPackage.Literals.JOURNAL_ENTRY__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return (String)eDynamicGet(TestmodelPackage.JOURNAL_ENTRY__SUBJECT, TestmodelPackage.Literals.JOURNAL_ENTRY__SUBJECT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		eDynamicSet(TestmodelPackage.JOURNAL_ENTRY__SUBJECT, TestmodelPackage.Literals.JOURNAL_ENTRY__SUBJECT, newSubject);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return (String)eDynamicGet(TestmodelPackage.JOURNAL_ENTRY__FEATURE, TestmodelPackage.Literals.JOURNAL_ENTRY__FEATURE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		eDynamicSet(TestmodelPackage.JOURNAL_ENTRY__FEATURE, TestmodelPackage.Literals.JOURNAL_ENTRY__FEATURE, newFeature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldValue() {
		return (String)eDynamicGet(TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE, TestmodelPackage.Literals.JOURNAL_ENTRY__OLD_VALUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldValue(String newOldValue) {
		eDynamicSet(TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE, TestmodelPackage.Literals.JOURNAL_ENTRY__OLD_VALUE, newOldValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewValue() {
		return (String)eDynamicGet(TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE, TestmodelPackage.Literals.JOURNAL_ENTRY__NEW_VALUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewValue(String newNewValue) {
		eDynamicSet(TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE, TestmodelPackage.Literals.JOURNAL_ENTRY__NEW_VALUE, newNewValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TestmodelPackage.JOURNAL_ENTRY__KIND:
				return getKind();
			case TestmodelPackage.JOURNAL_ENTRY__SUBJECT:
				return getSubject();
			case TestmodelPackage.JOURNAL_ENTRY__FEATURE:
				return getFeature();
			case TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE:
				return getOldValue();
			case TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE:
				return getNewValue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TestmodelPackage.JOURNAL_ENTRY__KIND:
				setKind((String)newValue);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__SUBJECT:
				setSubject((String)newValue);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__FEATURE:
				setFeature((String)newValue);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE:
				setOldValue((String)newValue);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE:
				setNewValue((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TestmodelPackage.JOURNAL_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE:
				setOldValue(OLD_VALUE_EDEFAULT);
				return;
			case TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE:
				setNewValue(NEW_VALUE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TestmodelPackage.JOURNAL_ENTRY__KIND:
				return KIND_EDEFAULT == null ? getKind() != null : !KIND_EDEFAULT.equals(getKind());
			case TestmodelPackage.JOURNAL_ENTRY__SUBJECT:
				return SUBJECT_EDEFAULT == null ? getSubject() != null : !SUBJECT_EDEFAULT.equals(getSubject());
			case TestmodelPackage.JOURNAL_ENTRY__FEATURE:
				return FEATURE_EDEFAULT == null ? getFeature() != null : !FEATURE_EDEFAULT.equals(getFeature());
			case TestmodelPackage.JOURNAL_ENTRY__OLD_VALUE:
				return OLD_VALUE_EDEFAULT == null ? getOldValue() != null : !OLD_VALUE_EDEFAULT.equals(getOldValue());
			case TestmodelPackage.JOURNAL_ENTRY__NEW_VALUE:
				return NEW_VALUE_EDEFAULT == null ? getNewValue() != null : !NEW_VALUE_EDEFAULT.equals(getNewValue());
		}
		return super.eIsSet(featureID);
	}

} //JournalEntryImpl
