package org.vistka.storage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever keeps a copy of what readers see (the page cache) that stored content changed, named by tags.
 * A page names the same tags for what it shows, so a change reaches exactly the pages that show it:
 * <ul>
 *   <li>{@code story:42}: story 42's own page and every page that shows its title (lists, See-also blocks);</li>
 *   <li>{@code page:42}: story 42's own page only (its See-also blocks change when a story they name comes or goes);</li>
 *   <li>{@code comments:42}: the pages that show story 42's comments; {@code comments}: those that show any;</li>
 *   <li>{@code list:section:3}, {@code list:home}, {@code list:all}…: which stories a list holds;</li>
 *   <li>{@link #EVERYTHING}: something every page shows (the site's name, its sections, its settings).</li>
 * </ul>
 * Writers publish after their transaction has committed, so a listener that reads again sees the change.
 * Thread-safe.
 */
public final class ContentChanges {
    public static final String EVERYTHING = "*";
    public static final String HOME = "list:home";
    public static final String ALL_STORIES = "list:all";
    public static final String ALL_COMMENTS = "comments";
    /** What the feed settings shape: every feed. */
    public static final String FEEDS = "feeds";

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /**
     * What changed, whether readers may see it a moment late (see {@link #changedMayLag}), and whether it was made
     * on another node of the site (see {@link ChangeBroadcast}).
     */
    public record Change(Set<String> tags, boolean mayLag, boolean fromAnotherNode) {
    }

    public static String story(long id) {
        return "story:" + id;
    }

    public static String storyPage(long id) {
        return "page:" + id;
    }

    public static String comments(long storyId) {
        return "comments:" + storyId;
    }

    /** The tag of a list of stories: {@code kind} is section, tag, author or source. */
    public static String list(String kind, long id) {
        return "list:" + kind + ":" + id;
    }

    public void listen(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void changed(Set<String> tags) {
        publish(new Change(tags, false, false));
    }

    /**
     * A change that readers other than its author may see a moment late: a reader's new comment. Comments come in
     * floods, and a story page rendered again for each of them would turn a flood of comments into a flood of renders.
     */
    public void changedMayLag(Set<String> tags) {
        publish(new Change(tags, true, false));
    }

    /** A change made on another node of the site, as {@link ChangeBroadcast} heard of it. */
    public void changedOnAnotherNode(Set<String> tags, boolean mayLag) {
        publish(new Change(tags, mayLag, true));
    }

    private void publish(Change change) {
        if (!change.tags().isEmpty()) {
            listeners.forEach(listener -> listener.accept(change));
        }
    }

    public void changedEverything() {
        changed(Set.of(EVERYTHING));
    }
}
