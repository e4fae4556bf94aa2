package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.FeaturedImage;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Pages load nothing from another host: every script, stylesheet, icon and image comes from the site itself. */
class OwnHostOnlyTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void home_and_article_pages_load_scripts_styles_and_images_only_from_this_site(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        var story = site.stories().story("A story with pictures to pin").body("Text. ![A crane](/media/crane-800.jpg)")
                .image(new FeaturedImage("/media/ferry-1600.jpg", 1600, 900, "The ferry", "", "")).save();

        for (String path : List.of("/", "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/", story.path())) {
            Document page = site.page(path);
            List<String> addresses = new ArrayList<>();
            for (Element element : page.select("script[src], link[href], img[src], img[srcset], source[srcset], iframe, embed, object")) {
                addresses.add(element.hasAttr("src") ? element.attr("src") : element.attr("href"));
                if (element.hasAttr("srcset")) {
                    for (String candidate : element.attr("srcset").split(",")) {
                        addresses.add(candidate.strip().split(" ")[0]);
                    }
                }
            }
            page.select("meta[content^=http]").forEach(meta -> addresses.add(meta.attr("content")));

            assertThat(page.select("script[src]")).as(path).isNotEmpty();
            assertThat(addresses).as("addresses loaded by " + path).isNotEmpty().allSatisfy(address -> {
                URI uri = URI.create(address);
                assertThat(uri.getHost() == null ? "127.0.0.1" : uri.getHost()).as(address).isEqualTo("127.0.0.1");
                assertThat(address).as(address).doesNotStartWith("//");
            });
        }
    }
}
