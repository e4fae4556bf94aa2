package org.vistka.newsroom;

import static org.vistka.account.Permission.EDIT_ANY_STORY;
import static org.vistka.account.Permission.MANAGE_SETTINGS;
import static org.vistka.account.Permission.MANAGE_USERS;
import static org.vistka.account.Permission.MODERATE_COMMENTS;
import static org.vistka.account.Permission.PUBLISH_ANY_STORY;
import static org.vistka.account.Permission.PUBLISH_OWN;
import static org.vistka.account.Permission.USE_MEDIA;
import static org.vistka.account.Permission.WRITE_STORIES;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.vistka.account.Permission;
import org.vistka.account.Role;
import org.vistka.article.ArticleStatus;
import org.vistka.article.Slugs;
import org.vistka.comment.CommentSettingsStore;
import org.vistka.feed.FeedSettingsStore;
import org.vistka.settings.SettingsStore;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestSite;

/**
 * Every POST route of the newsroom, as rows: what the form does, the route it posts to, who may (worked out from
 * {@link Role}'s permissions, so a change there changes what the table expects), and, for each try, data of its own
 * and a look in the database to see whether the change was made.
 */
final class PostTable {
    private static final String STORY = "/newsroom/stories/{id}/";
    private static final String RESTORE = "/newsroom/stories/{id}/revisions/{version}/restore/";

    private PostTable() {
    }

    /**
     * A thing the newsroom's forms do.
     *
     * @param secondBrowser whether the try needs a browser of its own, as it ends a session or signs a stranger in
     */
    record Row(String action, String route, Rule rule, boolean secondBrowser, BiFunction<Desk, Desk.Person, Attempt> attempt) {
        @Override
        public String toString() {
            return action;
        }
    }

    /** One try of a row: the address and fields to post (the form token aside), and whether the database shows the change. */
    record Attempt(String path, Map<String, ?> fields, BooleanSupplier changed) {
    }

    /** What a post must answer: the status, whether it sends the browser to sign in, and whether the change is made. */
    record Outcome(int status, boolean toSignIn, boolean changes) {
        static final Outcome DONE = new Outcome(303, false, true);
        static final Outcome SIGN_IN = new Outcome(303, true, false);

        static Outcome refused(int status) {
            return new Outcome(status, false, false);
        }
    }

    /** The outcome for a member of a role, or for a signed-out browser (a null role). */
    interface Rule {
        Outcome of(Role role);
    }

    /** A condition the server checks in order; the first a role fails ends the request with its status. */
    record Check(Predicate<Role> holds, int refusal) {
    }

    static Check can(Permission permission, int refusal) {
        return new Check(role -> role.can(permission), refusal);
    }

    /** Behind sign-in: a signed-out browser is sent to sign in; a member gets the first refusal among the checks, or the change. */
    static Rule member(Check... checks) {
        return role -> {
            if (role == null) {
                return Outcome.SIGN_IN;
            }
            for (Check check : checks) {
                if (!check.holds().test(role)) {
                    return Outcome.refused(check.refusal());
                }
            }
            return Outcome.DONE;
        };
    }

    static Rule needs(Permission permission) {
        return member(can(permission, 403));
    }

    private static final Check WRITES = can(WRITE_STORIES, 403);
    private static final Check PUBLISHES_OWN = new Check(role -> role.can(PUBLISH_OWN) || role.can(PUBLISH_ANY_STORY), 400);

    static List<Row> rows() {
        return List.of(
                new Row("sign in", "/newsroom/sign-in/", role -> Outcome.DONE, true, PostTable::signIn),
                new Row("sign out", "/newsroom/sign-out/", member(), true, (desk, person) -> {
                    Set<String> before = desk.sessions(person);
                    return new Attempt("/newsroom/sign-out/", Map.of(), () -> !desk.sessions(person).containsAll(before));
                }),
                new Row("sign out everywhere", "/newsroom/account/sign-out-everywhere/", member(), false, (desk, person) -> {
                    Set<String> before = desk.sessions(person);
                    return new Attempt("/newsroom/account/sign-out-everywhere/", Map.of(),
                            () -> !before.isEmpty() && Collections.disjoint(before, desk.sessions(person)));
                }),
                new Row("change their password", "/newsroom/account/password/", member(), false, PostTable::changePassword),
                // The newsroom has members, so the first-start page is gone for everyone.
                new Row("set up the newsroom", "/newsroom/setup/", role -> Outcome.refused(404), false, (desk, person) -> {
                    String email = "setup-" + Stories.unique() + "@newsroom.example";
                    return new Attempt("/newsroom/setup/", Map.of("code", "AAAA-BBBB-CCCC", "email", email, "name", "Usurper",
                            "password", TestSite.PASSWORD), () -> desk.accounts().findByEmail(email).isPresent());
                }),
                new Row("add a member", "/newsroom/users/", needs(MANAGE_USERS), false, (desk, person) -> {
                    String email = "new-" + Stories.unique() + "@newsroom.example";
                    return new Attempt("/newsroom/users/", Map.of("email", email, "name", "Maryna Koval", "role", "author",
                            "password", TestSite.PASSWORD), () -> desk.accounts().findByEmail(email).isPresent());
                }),
                new Row("change a member's role", "/newsroom/users/{id}/", needs(MANAGE_USERS), false, (desk, person) -> {
                    long id = desk.colleague();
                    return new Attempt("/newsroom/users/" + id + "/", Map.of("role", "editor", "active", "on"),
                            () -> desk.accounts().find(id).orElseThrow().role() == Role.EDITOR);
                }),
                new Row("deactivate a member", "/newsroom/users/{id}/", needs(MANAGE_USERS), false, (desk, person) -> {
                    long id = desk.colleague();
                    return new Attempt("/newsroom/users/" + id + "/", Map.of("role", "author"),
                            () -> !desk.accounts().find(id).orElseThrow().active());
                }),
                new Row("write a draft", "/newsroom/stories/new/", member(WRITES), false,
                        (desk, person) -> newStory(desk, person, ArticleStatus.DRAFT)),
                new Row("publish a new story", "/newsroom/stories/new/", member(WRITES, PUBLISHES_OWN), false,
                        (desk, person) -> newStory(desk, person, ArticleStatus.PUBLISHED)),
                new Row("save their own draft", STORY, member(WRITES), false,
                        (desk, person) -> save(desk, desk.story(person.account().authorId(), ArticleStatus.DRAFT), ArticleStatus.DRAFT)),
                new Row("publish their own draft", STORY, member(WRITES, PUBLISHES_OWN), false,
                        (desk, person) -> save(desk, desk.story(person.account().authorId(), ArticleStatus.DRAFT), ArticleStatus.PUBLISHED)),
                new Row("change their own published story", STORY,
                        member(WRITES, new Check(role -> role.can(EDIT_ANY_STORY) || role.can(PUBLISH_OWN), 403), PUBLISHES_OWN), false,
                        (desk, person) -> save(desk, desk.story(person.account().authorId(), ArticleStatus.PUBLISHED), ArticleStatus.PUBLISHED)),
                new Row("change someone else's draft", STORY, member(WRITES, can(EDIT_ANY_STORY, 403)), false,
                        (desk, person) -> save(desk, desk.othersStory(ArticleStatus.DRAFT), ArticleStatus.DRAFT)),
                new Row("publish someone else's draft", STORY, member(WRITES, can(EDIT_ANY_STORY, 403), can(PUBLISH_ANY_STORY, 400)), false,
                        (desk, person) -> save(desk, desk.othersStory(ArticleStatus.DRAFT), ArticleStatus.PUBLISHED)),
                new Row("add a correction", "/newsroom/stories/{id}/corrections/", needs(PUBLISH_ANY_STORY), false, (desk, person) -> {
                    long id = desk.othersStory(ArticleStatus.PUBLISHED);
                    return new Attempt("/newsroom/stories/" + id + "/corrections/", Map.of("correction", "The ferry leaves at 9, not 8."),
                            () -> desk.count("SELECT COUNT(*) FROM correction WHERE article_id = :value", id) == 1);
                }),
                new Row("restore a revision of their own draft", RESTORE, member(WRITES), false,
                        (desk, person) -> restore(desk, desk.story(person.account().authorId(), ArticleStatus.DRAFT))),
                new Row("restore a revision of someone else's story", RESTORE, member(WRITES, can(EDIT_ANY_STORY, 403)), false,
                        (desk, person) -> restore(desk, desk.othersStory(ArticleStatus.DRAFT))),
                new Row("upload an image", "/newsroom/media/", needs(USE_MEDIA), false, (desk, person) -> {
                    String alt = "Ferry at the Old Pier " + Stories.unique();
                    return new Attempt("/newsroom/media/", Map.of("alt", alt, "caption", "", "credit", "",
                            "file", new NewsroomClient.Upload("pier.png", "image/png", Desk.png())),
                            () -> desk.count("SELECT COUNT(*) FROM media WHERE alt = :value", alt) == 1);
                }),
                new Row("describe an image", "/newsroom/media/{id}/", needs(USE_MEDIA), false, (desk, person) -> {
                    long id = desk.image();
                    String alt = "Nets drying on the quay " + Stories.unique();
                    return new Attempt("/newsroom/media/" + id + "/", Map.of("alt", alt, "caption", "", "credit", ""),
                            () -> desk.text("SELECT alt FROM media WHERE id = :value", id).orElseThrow().equals(alt));
                }),
                new Row("change the site settings", "/newsroom/settings/", needs(MANAGE_SETTINGS), false, (desk, person) -> {
                    String name = "Harbour Courier " + Stories.unique();
                    Map<String, Object> form = desk.form("/newsroom/settings/", "/newsroom/settings/");
                    form.put("name", name);
                    return new Attempt("/newsroom/settings/", form,
                            () -> new SettingsStore(desk.site().jdbi(), desk.site().changes()).site().name().equals(name));
                }),
                new Row("add a section", "/newsroom/settings/sections/", needs(MANAGE_SETTINGS), false, (desk, person) -> {
                    String name = "Quay " + Stories.unique();
                    return new Attempt("/newsroom/settings/sections/", Map.of("sectionName", name, "sectionDescription", ""),
                            () -> desk.site().stories().taxonomy().section(Slugs.of(name)).isPresent());
                }),
                new Row("change the feed settings", "/newsroom/feed-settings/", needs(MANAGE_SETTINGS), false, (desk, person) -> {
                    Map<String, Object> form = desk.form("/newsroom/feed-settings/", "/newsroom/feed-settings/");
                    int items = Integer.parseInt((String) form.get("items")) % 50 + 1;
                    form.put("items", String.valueOf(items));
                    return new Attempt("/newsroom/feed-settings/", form,
                            () -> new FeedSettingsStore(desk.site().jdbi(), desk.site().changes()).load().items() == items);
                }),
                new Row("change the share settings", "/newsroom/share-settings/", needs(MANAGE_SETTINGS), false, (desk, person) -> {
                    Map<String, Object> form = desk.form("/newsroom/share-settings/", "/newsroom/share-settings/");
                    String threshold = String.valueOf(Integer.parseInt((String) form.get("countThreshold")) + 1);
                    form.put("countThreshold", threshold);
                    return new Attempt("/newsroom/share-settings/", form, () -> desk.text(
                            "SELECT value FROM setting WHERE name = :value", "share.count_threshold").orElse("").equals(threshold));
                }),
                new Row("change the comment settings", "/newsroom/comment-settings/", needs(MANAGE_SETTINGS), false, (desk, person) -> {
                    String word = "casino" + Stories.unique();
                    Map<String, Object> form = desk.form("/newsroom/comment-settings/", "/newsroom/comment-settings/");
                    form.put("moderationWords", word);
                    return new Attempt("/newsroom/comment-settings/", form,
                            () -> new CommentSettingsStore(desk.site().jdbi(), desk.site().changes()).load().moderationWords().contains(word));
                }),
                new Row("approve a comment", "/newsroom/comments/bulk/", needs(MODERATE_COMMENTS), false, (desk, person) -> {
                    long id = desk.comment("pending", "oksana@mail.example");
                    return new Attempt("/newsroom/comments/bulk/", Map.of("ids", String.valueOf(id), "action", "approved"),
                            () -> desk.text("SELECT status FROM comment WHERE id = :value", id).orElseThrow().equals("approved"));
                }),
                new Row("edit a comment", "/newsroom/comments/{id}/", needs(MODERATE_COMMENTS), false, (desk, person) -> {
                    long id = desk.comment("pending", "oksana@mail.example");
                    String text = "Edited by the newsroom " + Stories.unique();
                    return new Attempt("/newsroom/comments/" + id + "/", Map.of("text", text),
                            () -> desk.text("SELECT body_text FROM comment WHERE id = :value", id).orElseThrow().equals(text));
                }),
                new Row("reply to a comment", "/newsroom/comments/{id}/reply/", needs(MODERATE_COMMENTS), false, (desk, person) -> {
                    long id = desk.comment("approved", "oksana@mail.example");
                    return new Attempt("/newsroom/comments/" + id + "/reply/", Map.of("text", "Thank you, Oksana."),
                            () -> desk.count("SELECT COUNT(*) FROM comment WHERE parent_id = :value", id) == 1);
                }),
                new Row("erase a commenter's data", "/newsroom/comment-writers/erase/", needs(MODERATE_COMMENTS), false, (desk, person) -> {
                    String email = "writer-" + Stories.unique() + "@mail.example";
                    desk.comment("approved", email);
                    return new Attempt("/newsroom/comment-writers/erase/", Map.of("email", email),
                            () -> desk.count("SELECT COUNT(*) FROM comment WHERE author_email = :value", email) == 0);
                }));
    }

    private static Attempt signIn(Desk desk, Desk.Person person) {
        Set<String> before = desk.sessions(person);
        return new Attempt("/newsroom/sign-in/", Map.of("email", person.account().email(), "password", person.password()),
                () -> !before.containsAll(desk.sessions(person)));
    }

    private static Attempt changePassword(Desk desk, Desk.Person person) {
        String before = desk.accounts().passwordHash(person.account().id()).orElseThrow();
        String fresh = "amber lantern orchard " + Stories.unique();
        return new Attempt("/newsroom/account/password/", Map.of("current", person.password(), "password", fresh), () -> {
            boolean changed = !desk.accounts().passwordHash(person.account().id()).orElseThrow().equals(before);
            if (changed) {
                person.passwordIs(fresh);
            }
            return changed;
        });
    }

    private static Attempt newStory(Desk desk, Desk.Person person, ArticleStatus status) {
        String title = "A new harbour story " + Stories.unique();
        Map<String, Object> form = PermissionTableTest.story(status.dbValue(), desk.site());
        form.put("title", title);
        form.put("authorIds", String.valueOf(person.account().authorId()));
        return new Attempt("/newsroom/stories/new/", form, () -> desk.text("SELECT status FROM article WHERE title = :value", title)
                .filter(status.dbValue()::equals).isPresent());
    }

    /** Saves story {@code id} with a new headline and {@code status}, its byline kept. */
    private static Attempt save(Desk desk, long id, ArticleStatus status) {
        var story = desk.stored(id);
        String title = "A changed harbour story " + Stories.unique();
        Map<String, Object> form = PermissionTableTest.story(status.dbValue(), desk.site());
        form.put("title", title);
        form.put("slug", story.fields().slug());
        form.put("authorIds", story.fields().authorIds().stream().map(String::valueOf).toList());
        form.put("version", String.valueOf(story.version()));
        return new Attempt("/newsroom/stories/" + id + "/", form,
                () -> desk.stored(id).fields().title().equals(title) && desk.stored(id).status() == status);
    }

    /** Retitles story {@code id}, then asks for its first revision back. */
    private static Attempt restore(Desk desk, long id) {
        String first = desk.stored(id).fields().title();
        desk.site().stories().update(id, fields -> Stories.retitled(fields, "A retitled harbour story " + Stories.unique()));
        return new Attempt("/newsroom/stories/" + id + "/revisions/1/restore/", Map.of("version", String.valueOf(desk.stored(id).version())),
                () -> desk.stored(id).fields().title().equals(first));
    }
}
