package org.vistka.newsroom;

import java.util.List;
import java.util.Map;
import org.vistka.account.NewsroomLayout;
import org.vistka.article.Section;

/** The settings page: the form, its problems, and the sections. */
public record SettingsPage(NewsroomLayout layout, SettingsForm form, Map<String, String> problems, List<Section> sections) {
}
