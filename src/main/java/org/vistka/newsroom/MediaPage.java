package org.vistka.newsroom;

import java.util.List;
import org.vistka.account.NewsroomLayout;
import org.vistka.media.MediaItem;

/** The media library page: one page of images, the upload form with what was typed, and why an upload was refused. */
public record MediaPage(NewsroomLayout layout, String query, List<MediaItem> items, int page, boolean hasNext,
                        int uploadLimitMb, String problem, Upload typed) {
    /** The words typed with an upload. */
    public record Upload(String alt, String caption, String credit) {
        static final Upload EMPTY = new Upload("", "", "");
    }
}
