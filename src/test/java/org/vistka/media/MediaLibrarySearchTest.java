package org.vistka.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Finding images in the library again, on SQLite and PostgreSQL. Each test marks its uploads with a word of its
 * own and searches with it, so images other tests left in the database never count.
 */
class MediaLibrarySearchTest {
    private static final Map<TestDatabase, TestSite> SITES = new EnumMap<>(TestDatabase.class);
    private static final byte[] PHOTO = TestImages.jpeg(320, 200);

    @TempDir
    Path folder;
    private TestSite site;
    private MediaLibrary library;
    private String mark;
    private Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @AfterAll
    static void closeSites() {
        SITES.values().forEach(TestSite::close);
        SITES.clear();
    }

    @AfterEach
    void resetClock() {
        site.clock().reset();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void search_needs_every_word_from_the_name_alt_caption_or_credit_in_any_letter_case(TestDatabase db) {
        on(db);
        long ferry = upload("Ferry-" + mark + ".jpg");
        library.describe(ferry, "Пором біля причалу", "Київ уранці", "Фото: Олена Петренко");
        long tram = upload("IMG_0042.jpg");
        library.describe(tram, "A tram on Podil", "Evening rush " + mark, "Photo: Ivan Franko");

        assertThat(ids(mark)).containsExactly(tram, ferry);
        assertThat(ids("ПОРОМ " + mark)).containsExactly(ferry);
        assertThat(ids("київ ПЕТРЕНКО " + mark.toUpperCase())).containsExactly(ferry);
        assertThat(ids("ferry-" + mark + ".JPG")).containsExactly(ferry);
        assertThat(ids("TRAM podil franko " + mark)).containsExactly(tram);
        assertThat(ids("img_0042 " + mark)).containsExactly(tram);
        assertThat(ids("пором tram " + mark)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void percent_and_underscore_in_a_query_match_only_themselves(TestDatabase db) {
        on(db);
        long percent = described("Prices up 50% " + mark);
        long plain = described("Prices up 500 " + mark);
        long underscore = described("file snake_case " + mark);
        long other = described("file snakeXcase " + mark);

        assertThat(ids("50% " + mark)).containsExactly(percent);
        assertThat(ids("% " + mark)).containsExactly(percent);
        assertThat(ids("e_c " + mark)).containsExactly(underscore);
        assertThat(ids("50 " + mark)).containsExactly(plain, percent);
        assertThat(ids("snake " + mark)).containsExactly(other, underscore);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void describing_an_image_changes_what_find_and_list_return(TestDatabase db) {
        on(db);
        long id = upload("harbour.jpg");

        library.describe(id, "  Cranes over the harbour  ", "Odesa port reopens " + mark, "Photo: Maria Koval");

        MediaItem found = library.find(id).orElseThrow();
        assertThat(found).extracting(MediaItem::alt, MediaItem::caption, MediaItem::credit)
                .containsExactly("Cranes over the harbour", "Odesa port reopens " + mark, "Photo: Maria Koval");
        assertThat(library.list("cranes " + mark, 0, 10)).containsExactly(found);

        library.describe(id, "Empty quay", null, "");

        assertThat(library.find(id).orElseThrow()).extracting(MediaItem::alt, MediaItem::caption, MediaItem::credit)
                .containsExactly("Empty quay", "", "");
        assertThat(ids(mark)).isEmpty();
        assertThat(ids("harbour.jpg quay")).contains(id);
        assertThatThrownBy(() -> library.describe(Long.MAX_VALUE, "alt", "", "")).isInstanceOf(NoSuchElementException.class);
        assertThat(library.find(Long.MAX_VALUE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_library_lists_newest_first_a_page_at_a_time(TestDatabase db) {
        on(db);
        long first = upload("first-" + mark + ".jpg");
        long second = upload("second-" + mark + ".jpg");
        long third = upload("third-" + mark + ".jpg");

        assertThat(ids(mark)).containsExactly(third, second, first);
        assertThat(library.list(mark, 0, 2)).extracting(MediaItem::id).containsExactly(third, second);
        assertThat(library.list(mark, 2, 2)).extracting(MediaItem::id).containsExactly(first);
        assertThat(library.list(mark, 0, 2).getFirst().uploadedAt()).isEqualTo(now);
        assertThat(library.list(null, 0, 500)).extracting(MediaItem::id).containsSubsequence(third, second, first);
        assertThat(ids("  ")).containsSubsequence(third, second, first); // a blank query lists everything
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listing_runs_the_same_statements_for_one_image_as_for_many(TestDatabase db) {
        on(db);
        upload("one-" + mark + ".jpg");
        long forOne = statementsToList();
        for (int i = 0; i < 5; i++) {
            upload("more-" + i + "-" + mark + ".jpg");
        }

        long forSix = statementsToList();

        assertThat(library.list(mark, 0, 50)).hasSize(6).allSatisfy(item -> assertThat(item.variants()).isNotEmpty());
        assertThat(forSix).isEqualTo(forOne).isEqualTo(2);
    }

    private void on(TestDatabase db) {
        site = SITES.computeIfAbsent(db, d -> TestSite.fresh(d, false));
        library = new MediaLibrary(site.jdbi(), folder, site.clock());
        // Letters only: a digit in the mark could match the number queries ("50") this class makes.
        mark = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).chars()
                .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16)))).collect(java.util.stream.Collectors.joining());
    }

    /** Uploads a photo a minute after the last one, so that the order of uploads is the order of their times. */
    private long upload(String name) {
        now = now.plusSeconds(60);
        site.clock().set(now);
        return library.upload(name, PHOTO, null, ImageInspector.DEFAULT_MAX_BYTES).id();
    }

    private long described(String caption) {
        long id = upload("photo.jpg");
        library.describe(id, "", caption, "");
        return id;
    }

    private List<Long> ids(String query) {
        return library.list(query, 0, 50).stream().map(MediaItem::id).toList();
    }

    /** Counted on this thread alone: the server's own threads (the search index following the database) run theirs meanwhile. */
    private long statementsToList() {
        long before = site.vistka().database().statementsOnThisThread();
        library.list(mark, 0, 50);
        return site.vistka().database().statementsOnThisThread() - before;
    }
}
