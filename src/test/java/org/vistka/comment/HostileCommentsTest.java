package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.testing.TestDatabase;

/**
 * Hostile strings posted as comments through the real form (see {@link HostileConversation}): each is stored or
 * refused with a message, and the story pages and the moderation queue show every one as the text that was typed,
 * with no element or attribute of its own. The comment feeds and Chromium's view are in
 * {@link HostileFeedsTest} and {@link HostileBrowserTest}.
 */
class HostileCommentsTest {
    private static final Logger LOG = LoggerFactory.getLogger(HostileCommentsTest.class);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_string_is_stored_or_refused_with_its_message_and_never_answered_with_a_server_error(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        // A refusal page is a story page whose form marks some fields: calm pages with and without marks show its markup.
        Set<String> refusalShapes = new TreeSet<>(CommentMarkup.shapes(Jsoup.parse(c.calmRefusal)));
        refusalShapes.addAll(CommentMarkup.shapes(c.site.page(c.calm.path())));
        List<String> problems = new ArrayList<>(c.brokenPages);

        for (HostileConversation.Answer answer : c.refusals) {
            String which = "string " + answer.index() + " (" + answer.status() + ")";
            if (answer.status() != 400 && answer.status() != 409) {
                problems.add(which + " answered " + answer.body().lines().limit(3).toList());
                continue;
            }
            Document page = Jsoup.parse(answer.body());
            var summary = page.selectFirst("#respond .error-summary");
            if (summary == null || summary.text().isBlank()) {
                problems.add(which + " was refused without a message");
            }
            for (var error : page.select("#respond .field-error")) {
                String field = error.id().replace("-error", "");
                if (error.text().isBlank() || !page.getElementById(field).attr("aria-invalid").equals("true")) {
                    problems.add(which + ": the " + field + " field is marked without a message");
                }
                if (field.equals("comment") && answer.status() == 400 && !CommentMarkup.visible(answer.typed().text()).isEmpty()) {
                    problems.add(which + ": a comment with words in it was refused: " + error.text());
                }
            }
            Map<String, String> typed = Map.of("comment", answer.typed().text(), "author", answer.typed().name(), "url", answer.typed().website());
            typed.forEach((field, value) -> {
                Element input = page.getElementById(field);
                if (input == null) {
                    problems.add(which + ": the refusal lost the " + field + " field");
                    return;
                }
                String kept = input.normalName().equals("textarea") ? input.wholeText() : input.attr("value");
                if (!CommentMarkup.visible(kept).equals(CommentMarkup.visible(value))) {
                    problems.add(which + ": the form lost what was typed in " + field + ": " + kept);
                }
            });
            problems.addAll(foreignShapes(which, page, refusalShapes));
        }

        LOG.info("event=hostile-corpus database={} comments={} refusals={} posting_ms={}",
                db, c.stored.size(), c.refusals.size(), c.took.toMillis());
        assertThat(problems).isEmpty();
        assertThat(c.stored).as("every string ends as a stored comment, typed again plainly where refused").hasSize(c.corpus.size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_story_pages_show_each_comment_as_the_typed_text_with_no_element_or_attribute_of_its_own(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        Set<String> calmShapes = CommentMarkup.shapes(c.site.page(c.calm.path()));
        List<String> problems = new ArrayList<>();

        int shownInAll = 0;

        for (HostileConversation.Story story : c.stories) {
            Set<Long> shown = new TreeSet<>();
            for (Document page : pages(c, story.path())) {
                problems.addAll(foreignShapes(story.path(), page, calmShapes));
                for (Element li : page.select("#comments li.comment")) {
                    long id = Long.parseLong(li.id().substring("comment-".length()));
                    shown.add(id);
                    problems.addAll(shownAsTyped(c.stored.get(id), li));
                }
            }
            Set<Long> approved = new TreeSet<>(c.idsWith(story, CommentStatus.APPROVED));
            if (!shown.equals(approved)) {
                problems.add(story.path() + " shows the comments " + shown + ", not the approved " + approved);
            }
            shownInAll += shown.size();
        }

        assertThat(problems).isEmpty();
        assertThat(shownInAll).as("comments shown").isPositive();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_moderation_queue_shows_every_comment_as_the_typed_text_under_its_status(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        NewsroomClient editor = c.site.signedIn(Role.EDITOR);
        Set<String> calmShapes = CommentMarkup.shapes(editor.page("/newsroom/comments/?status=approved&story=" + c.calm.id()));
        Map<Long, CommentStatus> listed = new HashMap<>();
        List<String> problems = new ArrayList<>();

        for (CommentStatus status : CommentStatus.values()) {
            String next = "/newsroom/comments/?status=" + status.dbValue();
            while (next != null) {
                Document page = editor.page(next);
                // Its pager holds page numbers only; a calm queue is one page long.
                Set<String> expected = new TreeSet<>(calmShapes);
                page.select("nav.pager").forEach(pager -> expected.addAll(CommentMarkup.shapes(pager)));
                problems.addAll(foreignShapes(next, page, expected));
                for (Element row : page.select("table.data tbody tr")) {
                    Element pick = row.selectFirst("input[name=ids]");
                    if (pick == null) {
                        problems.add(next + " has a row that is no comment: " + row.html());
                        continue;
                    }
                    long id = Long.parseLong(pick.val());
                    listed.put(id, status);
                    if (c.stored.containsKey(id)) {
                        problems.addAll(listedAsTyped(c.stored.get(id), row));
                    }
                }
                Element more = page.selectFirst("nav.pager a[rel=next]");
                next = more == null ? null : more.attr("href");
            }
        }

        for (HostileConversation.Story story : c.stories) {
            for (CommentStatus status : CommentStatus.values()) {
                for (long id : c.idsWith(story, status)) {
                    if (listed.get(id) != status) {
                        problems.add("comment " + id + " is " + status + " but listed as " + listed.get(id));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(listed.keySet()).containsAll(c.stored.keySet());
    }

    /** Every page of a story's conversation, following its "Later comments" links. */
    private static List<Document> pages(HostileConversation c, String path) {
        List<Document> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            Document page = c.site.page(next);
            pages.add(page);
            Element more = page.selectFirst("#comments nav.pager a[rel=next]");
            next = more == null ? null : more.attr("href").replaceFirst("#.*", "");
        }
        return pages;
    }

    /** The shapes of element on {@code page} that a calm page of its kind never shows, and any attribute that runs script. */
    static List<String> foreignShapes(String where, Element page, Set<String> calm) {
        Set<String> foreign = new TreeSet<>(CommentMarkup.shapes(page));
        foreign.removeAll(calm);
        List<String> problems = new ArrayList<>();
        foreign.forEach(shape -> problems.add(where + " shows " + shape + ", which a calm page never does"));
        CommentMarkup.scriptAttributes(page).forEach(found -> problems.add(where + " carries " + found));
        return problems;
    }

    /** What is wrong with how a story page shows this comment: its body's markup, its text, its writer's name and website. */
    private static List<String> shownAsTyped(HostileConversation.Stored comment, Element li) {
        List<String> problems = new ArrayList<>();
        if (comment == null) {
            return List.of(li.id() + " was never posted");
        }
        String which = "comment " + comment.id() + " (string " + comment.index() + ")";
        Element body = li.selectFirst(".comment-body");
        Element author = li.selectFirst(".comment-author");
        if (body == null || author == null) {
            return List.of(which + " lost its text or its writer's name: " + li.html());
        }
        CommentMarkup.foreignInComment(body).forEach(found -> problems.add(which + " shows " + found));
        problems.addAll(textProblems(which, body.wholeText(), comment.typed().text()));
        if (!CommentMarkup.visible(author.wholeText()).equals(CommentMarkup.visible(comment.typed().name()))) {
            problems.add(which + " names its writer " + author.wholeText());
        }
        if (!author.attr("href").equals(comment.typed().website().strip())) {
            problems.add(which + " links its writer to " + author.attr("href"));
        }
        return problems;
    }

    /** What is wrong with how the queue lists this comment: its text, and its writer's name and website as text. */
    private static List<String> listedAsTyped(HostileConversation.Stored comment, Element row) {
        List<String> problems = new ArrayList<>();
        String which = "queued comment " + comment.id() + " (string " + comment.index() + ")";
        Element text = row.selectFirst("p.diff");
        if (text == null || row.select("td").size() < 3) {
            return List.of(which + " is listed in a broken row: " + row.html());
        }
        if (!text.children().isEmpty() || !CommentMarkup.visible(text.wholeText()).equals(CommentMarkup.visible(comment.typed().text()))) {
            problems.add(which + " is listed as " + text.html());
        }
        Element writer = row.select("td").get(2);
        StringBuilder name = new StringBuilder();
        for (Node node : writer.childNodes()) {
            if (!(node instanceof TextNode line)) {
                break;
            }
            name.append(line.getWholeText());
        }
        if (!CommentMarkup.visible(name.toString()).equals(CommentMarkup.visible(comment.typed().name()))
                || !writer.select("*").stream().allMatch(e -> e == writer || e.normalName().equals("br"))
                || !CommentMarkup.visible(writer.wholeText()).contains(CommentMarkup.visible(comment.typed().website()))) {
            problems.add(which + " lists its writer as " + writer.html());
        }
        return problems;
    }

    /** How the text a reader sees differs from what was typed: exactly the typed words, or only its formatting taken out. */
    static List<String> textProblems(String which, String shown, String typed) {
        String seen = CommentMarkup.visible(shown);
        String expected = CommentMarkup.visible(typed);
        boolean right = CommentMarkup.mayHoldFormatting(typed) ? CommentMarkup.isDrawnFrom(seen, expected) : seen.equals(expected);
        return right ? List.of() : List.of(which + " shows «" + shown + "» for «" + typed + "»");
    }
}
