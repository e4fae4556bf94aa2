package org.vistka.newsroom;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.vistka.account.Account;
import org.vistka.account.AccountStore;
import org.vistka.account.Role;
import org.vistka.article.ArticleStatus;
import org.vistka.article.EditableStory;
import org.vistka.article.StoryStore;
import org.vistka.media.MediaLibrary;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * A newsroom of its own for {@link PostTable}: a private site on one database with a member of every role signed in
 * once in a browser of theirs, a member whose browser is signed out (but who is signed in elsewhere), and the data
 * the table's rows make. A sign-in costs an Argon2 hash, so the people sign in once per site, not once per try.
 * Not thread-safe: one test at a time.
 */
final class Desk implements AutoCloseable {
    /** Who posts: a member of each role in their signed-in browser, or a member in a browser that is signed out. */
    enum Visitor {
        ADMINISTRATOR(Role.ADMINISTRATOR), EDITOR(Role.EDITOR), AUTHOR(Role.AUTHOR), CONTRIBUTOR(Role.CONTRIBUTOR), SIGNED_OUT(null);

        private final Role role;

        Visitor(Role role) {
            this.role = role;
        }

        /** The role the server sees, or null when the browser is signed out. */
        Role role() {
            return role;
        }

        @Override
        public String toString() {
            return role == null ? "signed out" : role.label().toLowerCase();
        }
    }

    /** A member: their account, their current password, and the browser the table posts from. */
    static final class Person {
        private final Account account;
        private final NewsroomClient browser;
        private String password;

        private Person(Account account, NewsroomClient browser, String password) {
            this.account = account;
            this.browser = browser;
            this.password = password;
        }

        Account account() {
            return account;
        }

        NewsroomClient browser() {
            return browser;
        }

        String password() {
            return password;
        }

        /** The member has changed their password: their later sign-ins use this one. */
        void passwordIs(String fresh) {
            password = fresh;
        }
    }

    private final TestSite site;
    private final Map<Visitor, Person> people = new EnumMap<>(Visitor.class);
    private final long section;
    private final long otherAuthor;

    private Desk(TestSite site) {
        this.site = site;
        this.section = site.stories().newSection("Harbour news");
        this.otherAuthor = site.stories().taxonomy().addAuthor("another-writer", "Another Writer", "");
        for (Visitor visitor : Visitor.values()) {
            TestSite.Member member = site.member(visitor.role() == null ? Role.AUTHOR : visitor.role());
            NewsroomClient browser = new NewsroomClient(site);
            // The signed-out member has a session on another browser, for a stranger's posts to try to end.
            (visitor.role() == null ? new NewsroomClient(site) : browser).signIn(member.account().email(), member.password());
            people.put(visitor, new Person(member.account(), browser, member.password()));
        }
    }

    static Desk open(TestDatabase db) {
        return new Desk(TestSite.fresh(db, false));
    }

    TestSite site() {
        return site;
    }

    Person person(Visitor visitor) {
        return people.get(visitor);
    }

    /** Another browser of this visitor's, in the same state: signed in as the member, or signed out. */
    NewsroomClient secondBrowser(Visitor visitor) {
        NewsroomClient browser = new NewsroomClient(site);
        Person person = person(visitor);
        return visitor.role() == null ? browser : browser.signIn(person.account().email(), person.password());
    }

    /** The fields of the administrator's form posting to {@code action} on {@code page}, without its token. */
    Map<String, Object> form(String page, String action) {
        Map<String, Object> values = person(Visitor.ADMINISTRATOR).browser().formValues(page, action);
        values.remove("_csrf");
        return values;
    }

    /** A new story in the table's section, bylined with {@code authorId}. */
    long story(long authorId, ArticleStatus status) {
        return site.stories().story("A harbour story " + Stories.unique()).author(authorId).section(section).status(status).save().id();
    }

    /** A new story bylined with someone outside the table's people. */
    long othersStory(ArticleStatus status) {
        return story(otherAuthor, status);
    }

    EditableStory stored(long storyId) {
        return new StoryStore(site.jdbi()).find(storyId).orElseThrow();
    }

    /** A reader's comment, top of its own thread, on a new published story. */
    long comment(String status, String email) {
        long story = othersStory(ArticleStatus.PUBLISHED);
        String text = "A reader's comment " + Stories.unique();
        return site.jdbi().inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO comment (article_id, status, author_name, author_email, body_text, body_html, created_at, content_hash)
                            VALUES (:story, :status, 'Oksana', :email, :text, :html, :at, :hash)""")
                    .bind("story", story).bind("status", status).bind("email", email).bind("text", text)
                    .bind("html", "<p>" + text + "</p>").bind("at", Instant.now().toEpochMilli()).bind("hash", Stories.unique())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("UPDATE comment SET thread_id = id WHERE id = :id").bind("id", id).execute();
            return id;
        });
    }

    /** An image in the media library, with no description yet. */
    long image() {
        MediaLibrary library = new MediaLibrary(site.jdbi(), site.dataDir().resolve("media"), site.clock());
        return library.upload("harbour.png", png(), null, 20L * 1024 * 1024).id();
    }

    /** A small PNG of a colour of its own. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 48, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A member who never signs in here: someone for the administrator to change. */
    long colleague() {
        String unique = Stories.unique();
        return accounts().create("colleague-" + unique + "@newsroom.example", "Colleague " + unique, Role.AUTHOR, "never used", null);
    }

    AccountStore accounts() {
        return new AccountStore(site.jdbi(), site.clock());
    }

    /** The hashes of the member's live sessions' tokens. */
    Set<String> sessions(Person person) {
        return new HashSet<>(site.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM account_session WHERE account_id = :id")
                .bind("id", person.account().id()).mapTo(String.class).list()));
    }

    /** The first column of the first row {@code sql} finds, with {@code :value} bound to {@code value}. */
    Optional<String> text(String sql, Object value) {
        return site.jdbi().withHandle(h -> h.createQuery(sql).bind("value", value).mapTo(String.class).findFirst());
    }

    long count(String sql, Object value) {
        return site.jdbi().withHandle(h -> h.createQuery(sql).bind("value", value).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        site.close();
    }
}
