package org.rapport.complaints.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link Categories} over the store, whose access rules and audit apply to every change. */
@Component(service = Categories.class)
public class CategoryService implements Categories {

    private static final int CODE_LENGTH = 64;
    private static final int NAME_LENGTH = 200;
    /** Codes go into CSV files, command lines and reports: letters, digits and a few marks, no spaces. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    @Reference
    private Store store;

    /** For DS. */
    public CategoryService() {
    }

    /** For tests. */
    public CategoryService(Store store) {
        this.store = store;
    }

    @Override
    public List<Entry> tree(boolean retired) {
        try (UnitOfWork work = store.begin()) {
            List<Category> all = work.query("SELECT k FROM Category k ORDER BY k.code");
            Map<Category, List<Category>> children = all.stream().filter(k -> k.getParent() != null)
                    .collect(Collectors.groupingBy(Category::getParent, java.util.LinkedHashMap::new, Collectors.toList()));
            List<Entry> tree = new ArrayList<>();
            all.stream().filter(k -> k.getParent() == null).forEach(top -> walk(top, 0, children, retired, tree));
            return tree;
        }
    }

    private static void walk(Category category, int depth, Map<Category, List<Category>> children, boolean retired, List<Entry> tree) {
        if (!category.isActive() && !retired) {
            return;
        }
        tree.add(entry(category, depth));
        for (Category child : children.getOrDefault(category, List.of())) {
            walk(child, depth + 1, children, retired, tree);
        }
    }

    private static Entry entry(Category category) {
        int depth = 0;
        for (Category up = category.getParent(); up != null; up = up.getParent()) {
            depth++;
        }
        return entry(category, depth);
    }

    private static Entry entry(Category category, int depth) {
        return new Entry(category.getCode(), category.getName(), category.getNameZh(), category.getParent() == null ? null : category.getParent().getCode(),
                category.isActive(), depth);
    }

    @Override
    public Entry add(String code, String name, String nameZh, String parent) {
        String given = ComplaintService.required(code, "code", CODE_LENGTH);
        if (!CODE.matcher(given).matches()) {
            throw new ComplaintsException(NLS.bind(Messages.category_bad_code, given));
        }
        String english = ComplaintService.required(name, "name", NAME_LENGTH);
        String chinese = ComplaintService.optional(nameZh, "name_zh", NAME_LENGTH);
        try (UnitOfWork work = store.begin()) {
            if (!work.query("SELECT k.code FROM Category k WHERE k.code = ?1", given).isEmpty()) {
                throw new ComplaintsException(NLS.bind(Messages.category_exists, given));
            }
            Category under = parent == null || parent.isBlank() ? null : open(find(work, parent), given);
            Category category = ComplaintsFactory.eINSTANCE.createCategory();
            category.setCode(given);
            category.setName(english);
            category.setNameZh(chinese);
            category.setParent(under);
            category.setActive(true);
            work.add(category);
            commit(work, given);
            return entry(category);
        }
    }

    @Override
    public Entry rename(String code, String name, String nameZh) {
        try (UnitOfWork work = store.begin()) {
            Category category = find(work, code);
            if (name != null) {
                category.setName(ComplaintService.required(name, "name", NAME_LENGTH));
            }
            if (nameZh != null) {
                category.setNameZh(ComplaintService.optional(nameZh, "name_zh", NAME_LENGTH));
            }
            commit(work, category.getCode());
            return entry(category);
        }
    }

    @Override
    public Entry move(String code, String parent) {
        try (UnitOfWork work = store.begin()) {
            Category category = find(work, code);
            Category under = null;
            if (parent != null && !parent.isBlank()) {
                under = open(find(work, parent), category.getCode());
                for (Category up = under; up != null; up = up.getParent()) {
                    if (up == category) {
                        throw new ComplaintsException(NLS.bind(Messages.category_cycle, category.getCode(), under.getCode()));
                    }
                }
            }
            category.setParent(under);
            commit(work, category.getCode());
            return entry(category);
        }
    }

    @Override
    public Entry retire(String code) {
        return setActive(code, false);
    }

    @Override
    public Entry reinstate(String code) {
        return setActive(code, true);
    }

    private Entry setActive(String code, boolean active) {
        try (UnitOfWork work = store.begin()) {
            Category category = find(work, code);
            if (active && category.getParent() != null && !category.getParent().isActive()) {
                throw new ComplaintsException(NLS.bind(Messages.category_parent_retired, category.getCode(), category.getParent().getCode()));
            }
            List<Category> all = work.query("SELECT k FROM Category k");
            for (Category each : all) {
                if (within(each, category)) {
                    each.setActive(active);
                }
            }
            commit(work, category.getCode());
            return entry(category);
        }
    }

    private static boolean within(Category category, Category top) {
        for (Category up = category; up != null; up = up.getParent()) {
            if (up == top) {
                return true;
            }
        }
        return false;
    }

    /** The category to file something under: an active one. */
    private static Category open(Category parent, String code) {
        if (!parent.isActive()) {
            throw new ComplaintsException(NLS.bind(Messages.category_under_retired, code, parent.getCode()));
        }
        return parent;
    }

    static Category find(UnitOfWork work, String code) {
        List<Category> found = work.query("SELECT k FROM Category k WHERE k.code = ?1", code == null ? "" : code.strip());
        if (found.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.category_unknown, code));
        }
        return found.get(0);
    }

    private static void commit(UnitOfWork work, String code) {
        try {
            work.commit();
        } catch (StaleEditException stale) {
            String who = stale.lastChange().map(LastChange::login).orElse("?");
            throw new ComplaintsException(NLS.bind(Messages.category_changed_meanwhile, code, who), stale);
        }
    }
}
