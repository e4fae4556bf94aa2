package org.vistka.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test browser never posts a form as if it worked when the newsroom would refuse it for want of its token. */
class NewsroomClientTest {

    @Test
    void submitting_a_form_that_has_no_form_token_fails_the_test_instead_of_posting_it() {
        TestSite site = TestSite.shared(TestDatabase.SQLITE);
        Stories.Saved story = site.stories().story("A story with a comment form").bylined().save();
        // The readers' comment form carries a token of its own, not the newsroom's.
        String action = site.page(story.path()).selectFirst("form#commentform").attr("action");

        assertThatThrownBy(() -> new NewsroomClient(site).submit(story.path(), action, Map.of("comment", "Hello.")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the form posting to " + action + " on " + story.path() + " has no form token");
    }

    @Test
    void submitting_to_a_form_the_page_does_not_have_fails_the_test() {
        TestSite site = TestSite.shared(TestDatabase.SQLITE);

        assertThatThrownBy(() -> new NewsroomClient(site).submit("/newsroom/sign-in/", "/newsroom/settings/", Map.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no form posting to /newsroom/settings/ on /newsroom/sign-in/");
    }
}
