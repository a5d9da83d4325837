package org.rapport.transfer.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/**
 * A row mapper as an area writes one, over the test model's products: {@code sku,name} required,
 * {@code price} optional; a price that is no number rejects the row, a name over 20 characters is
 * cut and flagged, a stored SKU is a duplicate; the mapping key {@code currency} is its own.
 */
final class ProductRows implements RowMapper {

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String label() {
        return "Products";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sku", "name");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("price");
    }

    @Override
    public String area() {
        return "products";
    }

    @Override
    public boolean ownsMappingKey(String key) {
        return key.equals("currency");
    }

    @Override
    public void check(ImportOptions options) {
        String currency = options.mapping().getOrDefault("currency", "CNY");
        if (!currency.equals("CNY")) {
            throw new ImportException("only CNY: " + currency);
        }
    }

    @Override
    public MappedRun<Product> start(ImportContext context) {
        return new MappedRun<>() {
            @Override
            public Product validate(Row row, Findings findings) {
                Product product = TestmodelFactory.eINSTANCE.createProduct();
                product.setSku(row.get("sku").strip());
                String name = row.get("name").strip();
                if (name.length() > 20) {
                    findings.warn(row.line(), "name", name, "cut");
                    name = name.substring(0, 20);
                }
                product.setName(name);
                String price = row.get("price").strip();
                if (!price.isEmpty()) {
                    try {
                        product.setPrice(new BigDecimal(price));
                    } catch (NumberFormatException e) {
                        findings.reject(row.line(), "price", price, "not a number");
                        return null;
                    }
                }
                return product;
            }

            @Override
            public long store(UnitOfWork work, List<Validated<Product>> values, Findings findings) {
                Set<String> stored = new HashSet<>(work.<String>query("SELECT p.sku FROM Product p"));
                long count = 0;
                for (Validated<Product> value : values) {
                    if (!stored.add(value.value().getSku())) {
                        findings.duplicate(value.line(), value.value().getSku(), value.value().getSku(), "sku");
                        findings.withdrawWarnings(value.line());
                        continue;
                    }
                    work.add(value.value());
                    count++;
                }
                return count;
            }
        };
    }
}
