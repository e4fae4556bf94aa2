package org.vistka.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vistka.article.Author;
import org.vistka.article.Section;
import org.vistka.web.TextInput;

/**
 * The search page's form as the reader sent it, checked: words (any text; capped), a section and an author (by
 * address slug), a date range ({@code yyyy-mm-dd}, Kyiv days) and the order. A value that cannot be used leaves a
 * {@link #problem} sentence for the page, which then answers 400 and shows the form again as sent; nothing is
 * thrown. Immutable.
 *
 * @param order the order asked for; null means the default (relevance with words, newest without)
 */
public record SearchForm(String text, String section, String author, String from, String to, String sort,
                         Long sectionId, Long authorId, LocalDate fromDay, LocalDate toDay, SearchOrder order,
                         String problem) {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Reads the form from {@code parameter} (a query parameter by name, null when absent) against the site's sections and authors. */
    public static SearchForm read(Function<String, String> parameter, List<Section> sections, List<Author> authors) {
        String text = words(parameter.apply("q"));
        String section = clean(parameter.apply("section"));
        String author = clean(parameter.apply("author"));
        String from = clean(parameter.apply("from"));
        String to = clean(parameter.apply("to"));
        String sort = clean(parameter.apply("sort"));
        Problems problems = new Problems();
        Long sectionId = section.isEmpty() ? null : sections.stream().filter(s -> s.slug().equals(section)).map(Section::id)
                .findFirst().orElseGet(() -> problems.add("There is no section “" + shown(section) + "” to search in."));
        Long authorId = author.isEmpty() ? null : authors.stream().filter(a -> a.slug().equals(author)).map(Author::id)
                .findFirst().orElseGet(() -> problems.add("There is no author “" + shown(author) + "” to search for."));
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add("The “from” date (" + from + ") is after the “to” date (" + to + ").");
        }
        SearchOrder order = switch (sort) {
            case "" -> null;
            case "relevance" -> SearchOrder.RELEVANCE;
            case "newest" -> SearchOrder.NEWEST;
            default -> problems.add("Results can be ordered by “relevance” or “newest”, not “" + shown(sort) + "”.");
        };
        return new SearchForm(text, section, author, from, to, sort, sectionId, authorId, fromDay, toDay, order, problems.first);
    }

    /** The words of a {@code q} parameter as the form keeps them: one line, at most {@link QueryText#MAX_LENGTH} characters. */
    public static String words(String q) {
        return QueryText.cap(TextInput.singleLine(q));
    }

    /** The "from" field's value to show again: a day that is not one is left out, as a date field cannot hold it. */
    public String fromField() {
        return fromDay == null ? "" : from;
    }

    /** The "to" field's value to show again, as {@link #fromField}. */
    public String toField() {
        return toDay == null ? "" : to;
    }

    /** This form with {@code sentence} as its problem. */
    public SearchForm withProblem(String sentence) {
        return new SearchForm(text, section, author, from, to, sort, sectionId, authorId, fromDay, toDay, order, sentence);
    }

    /** Whether there is anything to search for: words or a filter. */
    public boolean asksSomething() {
        return !text.isEmpty() || sectionId != null || authorId != null || fromDay != null || toDay != null;
    }

    /** The search for page {@code page} of this form, which must have no problem. */
    public SearchRequest request(int page, int pageSize) {
        SearchOrder chosen = order != null ? order : text.isEmpty() ? SearchOrder.NEWEST : SearchOrder.RELEVANCE;
        return new SearchRequest(text, sectionId, authorId, fromDay, toDay, chosen, page, pageSize);
    }

    /** The address of this search's first page, with only the parameters that were given. */
    public String path() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", text);
        parameters.put("section", section);
        parameters.put("author", author);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sort", sort);
        StringBuilder path = new StringBuilder("/search/");
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                path.append(path.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return path.toString();
    }

    private static LocalDate day(String value, String name, Problems problems) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate day = LocalDate.parse(value);
                if (!day.isBefore(EARLIEST) && !day.isAfter(LATEST)) {
                    return day;
                }
            } catch (DateTimeException e) {
                // reported below, as any other date that is not one
            }
        }
        return problems.add("The “" + name + "” date must be a day written as 2025-11-20; “" + shown(value) + "” is not one.");
    }

    private static String clean(String value) {
        String cleaned = TextInput.singleLine(value);
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** Keeps the first problem found: the page shows one sentence at a time. */
    private static final class Problems {
        private String first;

        <T> T add(String problem) {
            if (first == null) {
                first = problem;
            }
            return null;
        }
    }
}
