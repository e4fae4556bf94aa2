package org.vistka.newsroom;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vistka.settings.SiteSettings;
import org.vistka.web.TextInput;

/** The settings form as typed, and what is wrong with it. */
public record SettingsForm(String name, String tagline, String language, String storiesPerPage, String uploadLimitMb) {

    static SettingsForm of(SiteSettings s) {
        return new SettingsForm(s.name(), s.tagline(), s.language(), String.valueOf(s.storiesPerPage()), String.valueOf(s.uploadLimitMb()));
    }

    static SettingsForm read(Context ctx) {
        return new SettingsForm(TextInput.singleLine(ctx.formParam("name")), TextInput.singleLine(ctx.formParam("tagline")),
                TextInput.singleLine(ctx.formParam("language")), TextInput.singleLine(ctx.formParam("storiesPerPage")),
                TextInput.singleLine(ctx.formParam("uploadLimitMb")));
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 100) {
            problems.put("name", "Give the site a name of at most 100 characters.");
        }
        if (tagline.length() > 200) {
            problems.put("tagline", "Keep the tagline under 200 characters.");
        }
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            problems.put("language", "Give a language tag such as en, uk or en-GB.");
        }
        if (!inRange(storiesPerPage, 5, 100)) {
            problems.put("storiesPerPage", "Choose from 5 to 100 stories a page.");
        }
        if (!inRange(uploadLimitMb, 1, 100)) {
            problems.put("uploadLimitMb", "Choose an upload limit from 1 to 100 MB.");
        }
        return problems;
    }

    SiteSettings toSettings() {
        return new SiteSettings(name, tagline, language, Integer.parseInt(storiesPerPage), Integer.parseInt(uploadLimitMb));
    }

    private static boolean inRange(String value, int low, int high) {
        return value.matches("\\d{1,4}") && Integer.parseInt(value) >= low && Integer.parseInt(value) <= high;
    }
}
