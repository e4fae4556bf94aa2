package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vistka.article.BodyRenderer;

/** Pin links over the images of a body as the article sanitizer stored it, numbered across the body's parts. */
class BodyImagesTest {
    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void each_image_gets_a_pin_link_numbered_on_from_earlier_parts() {
        String html = renderer.render("Text with *emphasis* & an image: ![A crane on the pier](/media/crane-800.jpg)\n\n"
                + "<figure><img src=\"/media/bridge-800.jpg\" alt=\"The bridge\"><figcaption>The bridge.</figcaption></figure>").html();

        BodyImages.Pinned pinned = BodyImages.withPinLinks(html, 2, n -> "/share/pinterest/7/?image=" + n);

        // The encoder writes "=" in attributes as "&#61;", which browsers read back as "=".
        assertThat(pinned.images()).isEqualTo(2);
        assertThat(pinned.html()).isEqualTo("<p>Text with <em>emphasis</em> &amp; an image: <span class=\"pin-frame\">"
                + "<img src=\"/media/crane-800.jpg\" alt=\"A crane on the pier\" /><a class=\"pin-it\" href=\"/share/pinterest/7/?image&#61;3\" "
                + "rel=\"nofollow noopener\" target=\"_blank\">Pin It on Pinterest</a></span></p>\n"
                + "<figure><span class=\"pin-frame\"><img src=\"/media/bridge-800.jpg\" alt=\"The bridge\" /><a class=\"pin-it\" "
                + "href=\"/share/pinterest/7/?image&#61;4\" rel=\"nofollow noopener\" target=\"_blank\">Pin It on Pinterest</a></span>"
                + "<figcaption>The bridge.</figcaption></figure>\n");
    }

    @Test
    void an_image_inside_a_link_keeps_its_number_but_gets_no_link_inside_the_link() {
        String html = renderer.render("[![Map](/media/map-480.png)](https://maps.example/) ![Pier](/media/pier-480.jpg)").html();

        BodyImages.Pinned pinned = BodyImages.withPinLinks(html, 0, n -> "/pin/" + n);

        assertThat(pinned.images()).isEqualTo(2);
        assertThat(pinned.html()).doesNotContain("/pin/1").contains("href=\"/pin/2\"");
        assertThat(pinned.html()).contains("<a href=\"https://maps.example/\" rel=\"noopener\"><img src=\"/media/map-480.png\" alt=\"Map\" /></a>");
        assertThat(BodyImages.in(html)).containsExactly(new BodyImages.Image("/media/map-480.png", "Map"),
                new BodyImages.Image("/media/pier-480.jpg", "Pier"));
    }

    @Test
    void a_body_without_images_is_returned_as_it_was() {
        String html = renderer.render("Only <b>words</b> & a [link](https://example.org/).").html();

        assertThat(BodyImages.withPinLinks(html, 5, n -> "/pin/" + n)).isEqualTo(new BodyImages.Pinned(html, 0));
        assertThat(BodyImages.in(html)).isEmpty();
    }
}
