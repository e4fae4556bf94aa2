package org.vistka.search;

/**
 * The languages the archive is written in. Each has its own stemmed copy of the text fields, named
 * {@code field.suffix}; the un-stemmed field itself serves exact (quoted) matches.
 */
enum Language {
    UKRAINIAN("uk"), RUSSIAN("ru"), ENGLISH("en");

    private final String suffix;

    Language(String suffix) {
        this.suffix = suffix;
    }

    /** The name of this language's copy of {@code field}. */
    String field(String field) {
        return field + "." + suffix;
    }

    /** The language whose copy {@code field} is, or null for an exact field. */
    static Language ofField(String field) {
        for (Language language : values()) {
            if (field.endsWith("." + language.suffix)) {
                return language;
            }
        }
        return null;
    }
}
