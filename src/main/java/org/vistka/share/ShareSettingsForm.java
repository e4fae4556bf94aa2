package org.vistka.share;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.Optional;
import org.vistka.web.TextInput;

/**
 * The share settings form as typed: a row per way of sharing (shown or not, and its position), the floating links,
 * the count threshold, and the media-library numbers of the default share image and the logo (empty: built-in).
 */
public record ShareSettingsForm(List<Row> rows, boolean floating, String countThreshold, String imageId, String logoId) {

    /** One way of sharing as the form shows it. */
    public record Row(ShareNetwork network, boolean shown, String position) {
    }

    /** The form for {@code s}: the shown networks first, in their order, then the others. */
    static ShareSettingsForm of(ShareSettings s) {
        List<ShareNetwork> order = new ArrayList<>(s.networks());
        for (ShareNetwork network : ShareNetwork.values()) {
            if (!order.contains(network)) {
                order.add(network);
            }
        }
        List<Row> rows = order.stream().map(n -> new Row(n, s.networks().contains(n), String.valueOf(order.indexOf(n) + 1))).toList();
        return new ShareSettingsForm(rows, s.floating(), String.valueOf(s.countThreshold()), id(s.image()), id(s.logo()));
    }

    static ShareSettingsForm read(Context ctx) {
        List<Row> rows = new ArrayList<>();
        for (ShareNetwork network : ShareNetwork.values()) {
            rows.add(new Row(network, ctx.formParam("show-" + network.key()) != null, line(ctx, "position-" + network.key())));
        }
        return new ShareSettingsForm(rows, ctx.formParam("floating") != null, line(ctx, "countThreshold"), line(ctx, "imageId"),
                line(ctx, "logoId"));
    }

    /** Each field's problem, keyed by field; {@code library} finds a media-library image by number. */
    Map<String, String> problems(LongFunction<Optional<ShareImage>> library) {
        Map<String, String> problems = new LinkedHashMap<>();
        int ways = ShareNetwork.values().length;
        if (rows.stream().anyMatch(row -> !isNumber(row.position(), 1, ways))) {
            problems.put("position", "Give every way of sharing a position from 1 to " + ways + ".");
        }
        if (!isNumber(countThreshold, 0, ShareSettings.MAX_THRESHOLD)) {
            problems.put("countThreshold", "Give the threshold as a whole number of shares from 0 to " + ShareSettings.MAX_THRESHOLD + ".");
        }
        image(problems, "imageId", imageId, library);
        image(problems, "logoId", logoId, library);
        return problems;
    }

    /** The settings the form holds; call only when {@link #problems} found none. */
    ShareSettings toSettings(LongFunction<Optional<ShareImage>> library, ShareImage builtInImage, ShareImage builtInLogo) {
        List<ShareNetwork> networks = rows.stream().filter(Row::shown)
                .sorted(Comparator.comparingInt(row -> Integer.parseInt(row.position()))).map(Row::network).toList();
        return new ShareSettings(networks, floating, Integer.parseInt(countThreshold),
                imageId.isEmpty() ? builtInImage : library.apply(Long.parseLong(imageId)).orElseThrow(),
                logoId.isEmpty() ? builtInLogo : library.apply(Long.parseLong(logoId)).orElseThrow());
    }

    private static void image(Map<String, String> problems, String field, String value, LongFunction<Optional<ShareImage>> library) {
        if (!value.isEmpty() && (!value.matches("\\d{1,18}") || library.apply(Long.parseLong(value)).isEmpty())) {
            problems.put(field, "There is no image number “" + value + "” in the media library; leave the field empty for the built-in one.");
        }
    }

    private static boolean isNumber(String value, int low, int high) {
        return value.matches("\\d{1,9}") && Integer.parseInt(value) >= low && Integer.parseInt(value) <= high;
    }

    private static String id(ShareImage image) {
        return image.mediaId() == null ? "" : String.valueOf(image.mediaId());
    }

    private static String line(Context ctx, String name) {
        return TextInput.singleLine(ctx.formParam(name));
    }
}
