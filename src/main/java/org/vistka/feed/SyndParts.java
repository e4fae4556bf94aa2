package org.vistka.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;

/** Rome's mutable beans made in one expression, so the feed builders read as what they put in a feed. */
final class SyndParts {
    private SyndParts() {
    }

    /** A person; {@code uri} may be null (a commenter is named as text, never linked). */
    static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    static SyndCategory category(String name, String uri) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        category.setTaxonomyUri(uri);
        return category;
    }

    /** HTML content: escaped in RSS, {@code type="html"} in Atom. */
    static SyndContent html(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(value);
        return content;
    }
}
