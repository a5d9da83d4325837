package org.rapport.core.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.rapport.core.api.ProductInfo;

/**
 * Reports the running product: its name and the version of the bundle that defines it. Every
 * Rapport bundle of one build carries the same qualifier, so that version is the product's.
 * Outside a product (a test runtime) it falls back to this bundle's version.
 */
@Component(service = ProductInfo.class)
public class BundleProductInfo implements ProductInfo {

    private static final String DEFAULT_NAME = "Rapport";

    @Override
    public String name() {
        IProduct product = Platform.getProduct();
        String name = product != null ? product.getName() : null;
        return name == null || name.isBlank() ? DEFAULT_NAME : name;
    }

    @Override
    public Version version() {
        IProduct product = Platform.getProduct();
        Bundle defining = product != null ? product.getDefiningBundle() : null;
        return (defining != null ? defining : FrameworkUtil.getBundle(getClass())).getVersion();
    }
}
