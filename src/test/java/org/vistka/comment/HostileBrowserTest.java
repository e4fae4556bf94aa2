package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.UnhandledAlertException;
import org.vistka.account.Role;
import org.vistka.testing.Browser;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Chromium, with its scripts on and the site's content policy in force, opens every page of the hostile
 * conversation (see {@link HostileConversation}) and every page of the moderation queue, and sees no policy
 * violation, no dialog, and no element or attribute that the calm pages of the same kind do not have: the browser's
 * own parse of the HTML, after the page's scripts ran, which is where a mutation trick would show.
 */
class HostileBrowserTest {
    /** Runs before the page's own scripts: records every violation of the content policy and every dialog opened. */
    private static final String WATCH = """
            (() => {
              const seen = {violations: [], dialogs: []};
              Object.defineProperty(window, 'vistkaSeen', {value: seen});
              document.addEventListener('securitypolicyviolation', e => seen.violations.push(e.violatedDirective
                  + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample), true);
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = message => { seen.dialogs.push(name + '(' + message + ')'); return null; };
              }
            })();""";
    /** What the page holds now: what was seen, the comment markup a sanitizer never makes, and every shape of element. */
    private static final String LOOK = """
            const allowed = ['p', 'br', 'a', 'em', 'strong', 'code', 'blockquote'];
            const foreign = [];
            for (const e of document.querySelectorAll('.comment-body *, .diff *')) {
              if (e.closest('.diff') || !allowed.includes(e.localName)) { foreign.push('<' + e.localName + '>'); }
              for (const a of e.attributes) {
                const link = e.localName === 'a' && (a.name === 'href' && /^(https?:\\/\\/|mailto:)\\S+$/i.test(a.value.trim())
                    || a.name === 'rel' && a.value === 'nofollow ugc noopener');
                if (!link) { foreign.push(e.localName + '[' + a.name + '=' + a.value + ']'); }
              }
            }
            const shapes = Array.from(document.querySelectorAll('*'))
              .filter(e => !e.closest('nav.pager'))
              // The page's own scripts hide and show the share prompt as the reader scrolls: "hidden" is their state.
              .map(e => e.localName + '[' + Array.from(e.attributes, a => a.name).filter(n => n !== 'hidden').sort().join(',') + ']');
            const next = document.querySelector('nav.pager a[rel=next]');
            return {violations: window.vistkaSeen.violations, dialogs: window.vistkaSeen.dialogs, foreign: foreign,
                    shapes: shapes, shown: document.querySelectorAll('li.comment, table.data tbody tr').length,
                    next: next ? next.getAttribute('href') : null};""";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void chromium_sees_no_policy_violation_no_dialog_and_no_markup_of_the_comments_own_on_the_story_pages_or_the_queue(TestDatabase db) {
        HostileConversation c = HostileConversation.on(db);
        List<String> problems = new ArrayList<>();
        int shown = 0;

        try (Browser browser = Browser.open(1280, 900)) {
            browser.beforeEveryPage(WATCH);
            Set<String> calm = new HashSet<>(shapes(look(browser, c.site, c.calm.path(), problems)));
            for (HostileConversation.Story story : c.stories) {
                shown += visit(browser, c.site, story.path(), calm, problems);
            }
            signIn(browser, c.site);
            Set<String> calmQueue = new HashSet<>(shapes(look(browser, c.site, "/newsroom/comments/?status=approved&story=" + c.calm.id(), problems)));
            for (CommentStatus status : CommentStatus.values()) {
                shown += visit(browser, c.site, "/newsroom/comments/?status=" + status.dbValue(), calmQueue, problems);
            }
        }

        assertThat(problems).isEmpty();
        assertThat(shown).as("comments on the story pages and rows in the queue").isGreaterThan(c.corpus.size());
    }

    /** Looks at the page at {@code path} and each page after it; gives how many comments or rows they showed. */
    private static int visit(Browser browser, TestSite site, String path, Set<String> calm, List<String> problems) {
        int shown = 0;
        for (String next = path; next != null; ) {
            Map<String, Object> page = look(browser, site, next, problems);
            for (String shape : shapes(page)) {
                if (!calm.contains(shape)) {
                    problems.add(next + " shows " + shape + ", which a calm page never does");
                }
            }
            String where = next;
            ((List<?>) page.get("foreign")).forEach(found -> problems.add(where + " shows " + found + " in a comment"));
            shown += ((Number) page.get("shown")).intValue();
            next = (String) page.get("next");
        }
        return shown;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> look(Browser browser, TestSite site, String path, List<String> problems) {
        try {
            browser.load(site.uri(path));
            Map<String, Object> page = (Map<String, Object>) browser.script(LOOK);
            ((List<?>) page.get("violations")).forEach(v -> problems.add(path + ": the content policy blocked " + v));
            ((List<?>) page.get("dialogs")).forEach(d -> problems.add(path + " opened the dialog " + d));
            return page;
        } catch (UnhandledAlertException dialog) {
            problems.add(path + " opened a dialog the page's scripts could not hide: " + dialog.getAlertText());
            return Map.of("foreign", List.of(), "shapes", List.of(), "shown", 0);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> shapes(Map<String, Object> page) {
        return (List<String>) page.get("shapes");
    }

    /** Signs in through the real sign-in page, as a new editor. */
    private static void signIn(Browser browser, TestSite site) {
        browser.signIn(site, site.member(Role.EDITOR));
    }
}
