package org.vistka.settings;

/**
 * The newsroom's site-wide settings: its name and tagline, the language of its pages (a BCP 47 tag such as
 * {@code en} or {@code uk}), how many stories a list page shows, and the largest image upload in megabytes.
 */
public record SiteSettings(String name, String tagline, String language, int storiesPerPage, int uploadLimitMb) {
    public static final SiteSettings DEFAULTS = new SiteSettings("Vistka", "Independent news", "en", 20, 20);

    public SiteSettings withNameAndTagline(String newName, String newTagline) {
        return new SiteSettings(newName, newTagline, language, storiesPerPage, uploadLimitMb);
    }
}
