package org.vistka.newsroom;

import java.util.List;
import org.vistka.account.NewsroomLayout;
import org.vistka.article.Author;
import org.vistka.article.Section;
import org.vistka.article.StoryFilter;
import org.vistka.article.StoryRow;

/** The story list with its filters; {@code query} is the filter part of the address, for the paging links. */
public record StoryListPage(NewsroomLayout layout, StoryFilter filter, List<StoryRow> rows, int page, boolean hasNext,
                            List<Section> sections, List<Author> authors, String query) {
    public String pageUrl(int number) {
        return "/newsroom/?" + (query.isEmpty() ? "" : query + "&") + "page=" + number;
    }

    public boolean statusIs(String value) {
        return filter.status() != null && filter.status().dbValue().equals(value);
    }

    public boolean sectionIs(long id) {
        return filter.sectionId() != null && filter.sectionId() == id;
    }

    public boolean authorIs(long id) {
        return filter.authorId() != null && filter.authorId() == id;
    }
}
