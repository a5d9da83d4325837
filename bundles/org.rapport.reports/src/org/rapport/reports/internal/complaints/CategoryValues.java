package org.rapport.reports.internal.complaints;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.reports.api.DimensionValues;
import org.rapport.reports.api.Dimensions;

/**
 * The complaint categories by their code or their name in English or Chinese, in any case, the
 * retired ones included (old complaints keep them).
 */
@Component(service = DimensionValues.class)
public class CategoryValues implements DimensionValues {

    private final Categories categories;

    @Activate
    public CategoryValues(@Reference(name = "categories") Categories categories) {
        this.categories = categories;
    }

    @Override
    public String dimension() {
        return Dimensions.CATEGORY;
    }

    @Override
    public Optional<String> stored(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Entry> tree = categories.tree(true);
        // a code first: a category named like another's code must not hide it
        return tree.stream().filter(c -> c.code().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> tree.stream().filter(c -> Stream.of(c.name(), c.nameZh()).anyMatch(n -> n != null && n.strip().toLowerCase(Locale.ROOT).equals(wanted)))
                        .findFirst())
                .map(Entry::code);
    }

    @Override
    public List<String> known() {
        return categories.tree(false).stream().map(c -> c.code() + " (" + c.name(Locale.getDefault()) + ")").toList();
    }
}
