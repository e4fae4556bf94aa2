package org.vistka.share;

/**
 * What the share redirect reads of a published story: its address on this site, title, featured image (null path
 * when it has none) and body HTML, where further images may stand.
 */
record ShareableStory(long id, String path, String title, String imagePath, String imageAlt, String bodyHtml) {
}
