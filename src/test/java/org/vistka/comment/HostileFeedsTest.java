package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.TestDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The comment feeds after the hostile corpus was posted (see {@link HostileConversation}), read as a feed reader
 * reads them: strict XML first, then each item's HTML. Every approved comment is there with the text that was typed
 * and no element or attribute of its own, and its writer's name is text.
 */
class HostileFeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One item of a feed: the comment it links to, its title, its writer's name and its HTML. */
    private record Item(long id, String title, String author, String html) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void each_storys_comment_feeds_carry_its_approved_comments_as_the_typed_text_with_no_markup_of_their_own(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        List<String> problems = new ArrayList<>();

        for (HostileConversation.Story story : c.stories) {
            for (String path : List.of(story.path() + "feed/", story.path() + "feed/atom/")) {
                var feed = c.site.get(path);
                assertThat(feed.statusCode()).as(path).isEqualTo(200);
                List<Item> items = items(path, feed.body());

                assertThat(items).extracting(Item::id).as(path).containsExactlyInAnyOrderElementsOf(c.idsWith(story, CommentStatus.APPROVED));
                items.forEach(item -> problems.addAll(carriedAsTyped(path, c.stored.get(item.id()), item, "By: ")));
            }
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_sites_comment_feeds_carried_each_storys_comments_as_the_typed_text_once_they_were_posted(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        List<String> problems = new ArrayList<>();

        for (int i = 0; i < c.siteFeeds.size(); i++) {
            HostileConversation.FeedView view = c.siteFeeds.get(i);
            HostileConversation.Story story = c.stories.get(i / 2);
            String where = view.path() + " after " + story.path();
            assertThat(view.status()).as(where).isEqualTo(200);
            List<Item> items = items(where, view.body());

            assertThat(items).extracting(Item::id).as(where).containsAll(c.idsWith(story, CommentStatus.APPROVED));
            for (Item item : items) {
                HostileConversation.Stored comment = c.stored.get(item.id());
                if (comment != null) {
                    problems.addAll(carriedAsTyped(where, comment, item, "Comment on “" + HostileConversation.TITLE + "” by "));
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    /** What is wrong with how a feed item carries this comment. */
    private static List<String> carriedAsTyped(String where, HostileConversation.Stored comment, Item item, String titleStart) {
        if (comment == null) {
            return List.of(where + " carries comment " + item.id() + ", which was never posted");
        }
        String which = where + ": comment " + comment.id() + " (string " + comment.index() + ")";
        var body = Jsoup.parseBodyFragment(item.html()).body();
        List<String> problems = new ArrayList<>();
        CommentMarkup.foreignInComment(body).forEach(found -> problems.add(which + " carries " + found));
        problems.addAll(HostileCommentsTest.textProblems(which, body.wholeText(), comment.typed().text()));
        String name = CommentMarkup.visible(comment.typed().name());
        if (!CommentMarkup.visible(item.title()).equals(CommentMarkup.visible(titleStart) + name)
                || !CommentMarkup.visible(item.author()).equals(name)) {
            problems.add(which + " is titled «" + item.title() + "» by «" + item.author() + "»");
        }
        return problems;
    }

    /** The items of an RSS or Atom feed, read by a strict XML parser that loads no DTD. */
    private static List<Item> items(String where, String xml) {
        Document feed = parse(where, xml);
        List<Item> items = new ArrayList<>();
        boolean atom = ATOM.equals(feed.getDocumentElement().getNamespaceURI());
        NodeList entries = atom ? feed.getElementsByTagNameNS(ATOM, "entry") : feed.getElementsByTagName("item");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String link = atom ? child(entry, ATOM, "link").getAttribute("href") : child(entry, null, "link").getTextContent();
            if (atom && !List.of("", "text").contains(child(entry, ATOM, "title").getAttribute("type"))) {
                throw new AssertionError(where + " has an entry whose title is not text: " + link);
            }
            String author = atom ? child(child(entry, ATOM, "author"), ATOM, "name").getTextContent()
                    : child(entry, "http://purl.org/dc/elements/1.1/", "creator").getTextContent();
            Element html = atom ? child(entry, ATOM, "summary") : child(entry, null, "description");
            items.add(new Item(Long.parseLong(link.replaceFirst(".*#comment-", "")), child(entry, atom ? ATOM : null, "title").getTextContent(),
                    author, html.getTextContent()));
        }
        return items;
    }

    private static Document parse(String where, String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError(where + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The first child element of {@code parent} with this namespace (null: none) and name; fails when there is none. */
    private static Element child(Element parent, String namespace, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getLocalName().equals(name) && java.util.Objects.equals(e.getNamespaceURI(), namespace)) {
                return e;
            }
        }
        throw new AssertionError("a feed item without <" + name + ">: " + parent.getTextContent());
    }
}
