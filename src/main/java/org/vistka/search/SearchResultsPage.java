package org.vistka.search;

import java.util.List;
import org.vistka.article.Author;
import org.vistka.site.Layout;
import org.vistka.site.Pager;

/**
 * The search page: the form as sent (with the sections from the layout and these authors to choose from), the
 * problem with it if any, and one page of results once something was asked.
 */
public record SearchResultsPage(Layout layout, SearchForm form, List<Author> authors, SearchResults results,
                                Pager pager) {
    public boolean asked() {
        return form.problem() == null && form.asksSomething();
    }
}
