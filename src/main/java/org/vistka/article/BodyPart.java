package org.vistka.article;

/**
 * One stretch of an article body: either sanitized HTML, or a See-also link to another published story.
 * Exactly one of {@code html} and {@code seeAlso} is set.
 */
public record BodyPart(String html, ArticleSummary seeAlso) {
    public static BodyPart html(String html) {
        return new BodyPart(html, null);
    }

    public static BodyPart seeAlso(ArticleSummary target) {
        return new BodyPart(null, target);
    }

    public boolean isSeeAlso() {
        return seeAlso != null;
    }
}
