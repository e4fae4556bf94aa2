package org.vistka.feed;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vistka.web.TextInput;

/** The feed settings form as typed: {@code content} is {@code summary} or {@code full}; {@code items} a number. */
public record FeedSettingsForm(String content, String items) {
    static FeedSettingsForm of(FeedSettings settings) {
        return new FeedSettingsForm(settings.fullText() ? "full" : "summary", String.valueOf(settings.items()));
    }

    static FeedSettingsForm read(Context ctx) {
        return new FeedSettingsForm(TextInput.singleLine(ctx.formParam("content")), TextInput.singleLine(ctx.formParam("items")));
    }

    /** Each field's problem, keyed by field; empty when the form can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!content.equals("summary") && !content.equals("full")) {
            problems.put("content", "Choose whether feeds show the summary or the full text.");
        }
        if (!items.matches("\\d{1,3}") || Integer.parseInt(items) < 1 || Integer.parseInt(items) > FeedSettings.MAX_ITEMS) {
            problems.put("items", "Give a whole number from 1 to " + FeedSettings.MAX_ITEMS + " items a feed.");
        }
        return problems;
    }

    /** The settings this form holds; only for a form without {@link #problems()}. */
    FeedSettings toSettings() {
        return new FeedSettings(content.equals("full"), Integer.parseInt(items));
    }
}
