package org.vistka.share;

/**
 * What a share address carries of a story: its canonical address, its title, and the image a pin shows with the
 * words that describe it. Addresses are absolute; no field is null.
 */
public record SharedStory(String url, String title, String imageUrl, String imageDescription) {
}
