package org.vistka.newsroom;

import org.vistka.account.NewsroomFrame;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/** The audit log for administrators: who did what, newest first, 100 a page. */
final class AuditRoutes implements Routes {
    private static final int PAGE_SIZE = 100;

    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    AuditRoutes(AuditLog audit, NewsroomFrame frame, Html html) {
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/audit/", this::list);
    }

    private void list(Context ctx) {
        NewsroomGuard.require(ctx, Permission.READ_AUDIT_LOG);
        int page = PageNumber.parse(ctx.queryParam("page"));
        List<AuditLog.Event> events = audit.newest((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        html.render(ctx, "newsroom/audit.jte", new AuditPage(frame.layout(ctx, "Audit log"),
                events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events, page, events.size() > PAGE_SIZE));
    }
}
