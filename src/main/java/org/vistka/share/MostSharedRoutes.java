package org.vistka.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.NewsroomFrame;
import org.vistka.account.NewsroomLayout;
import org.vistka.web.KyivTime;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/**
 * The newsroom's table of the most shared stories of a Kyiv day ({@code ?day=2026-11-24}, today by default), with
 * each story's shares per network, ranked by all networks or by one ({@code ?network=telegram}). Every member may
 * read it.
 */
public final class MostSharedRoutes implements Routes {
    static final int ROWS = 50;

    private final ShareCounts counts;
    private final NewsroomFrame frame;
    private final Html html;
    private final Clock clock;

    public MostSharedRoutes(ShareCounts counts, NewsroomFrame frame, Html html, Clock clock) {
        this.counts = counts;
        this.frame = frame;
        this.html = html;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/shares/", this::show);
    }

    private void show(Context ctx) {
        NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        LocalDate day = day(ctx.queryParam("day"));
        ShareNetwork network = network(ctx.queryParam("network"));
        List<ShareNetwork> networks = Arrays.stream(ShareNetwork.values()).filter(ShareNetwork::counted).toList();
        html.render(ctx, "share/mostShared.jte", new MostSharedPage(frame.layout(ctx, "Most shared"), day.toString(),
                network == null ? "" : network.key(), networks, counts.mostShared(day, network, ROWS),
                day.minusDays(1).toString(), day.plusDays(1).toString()));
    }

    private LocalDate day(String value) {
        if (value == null || value.isEmpty()) {
            return LocalDate.ofInstant(clock.instant(), KyivTime.ZONE);
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw HttpProblem.badRequest("Give the day as year-month-day, such as 2026-11-24.");
    }

    private static ShareNetwork network(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return ShareNetwork.byKey(value).filter(ShareNetwork::counted).orElseThrow(() ->
                HttpProblem.badRequest("Choose a network from the list, or all networks."));
    }

    /** The page: the day and network shown, the networks to choose from, the ranked stories, and the days around. */
    public record MostSharedPage(NewsroomLayout layout, String day, String network, List<ShareNetwork> networks,
                                 List<ShareCounts.MostShared> stories, String previousDay, String nextDay) {
    }
}
