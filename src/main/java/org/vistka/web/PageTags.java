package org.vistka.web;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a page shows, as the tags of {@link org.vistka.storage.ContentChanges}: a handler names them while it
 * renders, so the page cache can drop exactly the pages a change reaches. A page that names none is dropped by
 * every change. A handler that puts one reader's own state on a page marks it {@link #personal}: it is then
 * never kept for others.
 */
public final class PageTags {
    private static final String TAGS = "vistka.pageTags";
    private static final String PERSONAL = "vistka.personal";

    private PageTags() {
    }

    public static void add(Context ctx, String... tags) {
        add(ctx, List.of(tags));
    }

    public static void add(Context ctx, Collection<String> tags) {
        Set<String> known = ctx.attribute(TAGS);
        if (known == null) {
            known = new HashSet<>();
            ctx.attribute(TAGS, known);
        }
        known.addAll(tags);
    }

    public static void personal(Context ctx) {
        ctx.attribute(PERSONAL, Boolean.TRUE);
    }

    static Set<String> of(Context ctx) {
        Set<String> tags = ctx.attribute(TAGS);
        return tags == null ? Set.of() : Set.copyOf(tags);
    }

    static boolean isPersonal(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(PERSONAL));
    }
}
