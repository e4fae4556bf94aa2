package org.vistka.site;

/** The newsroom's name and tagline as the header, footer and titles show them. */
public record SiteSettings(String name, String tagline) {
}
