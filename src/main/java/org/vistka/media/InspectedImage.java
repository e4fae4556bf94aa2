package org.vistka.media;

/** What an accepted upload is and how many pixels its header declares, learnt without decoding the pixels. */
public record InspectedImage(ImageKind kind, int width, int height) {
}
