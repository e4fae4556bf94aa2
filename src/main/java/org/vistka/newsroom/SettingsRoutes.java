package org.vistka.newsroom;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vistka.account.NewsroomFrame;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.article.Slugs;
import org.vistka.article.TaxonomyStore;
import org.vistka.settings.SettingsStore;
import org.vistka.settings.SiteSettings;
import org.vistka.storage.ContentChanges;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/** Site settings and sections, for administrators. A saved setting applies to the next request, on every node. */
final class SettingsRoutes implements Routes {
    private final SettingsStore settings;
    private final TaxonomyStore taxonomy;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    private final ContentChanges changes;

    SettingsRoutes(SettingsStore settings, TaxonomyStore taxonomy, AuditLog audit, NewsroomFrame frame, Html html,
                          ContentChanges changes) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
        this.changes = changes;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/settings/", ctx -> show(ctx, SettingsForm.of(settings.site()), Map.of(), 200));
        routes.post("/newsroom/settings/", this::save);
        routes.post("/newsroom/settings/sections/", this::addSection);
    }

    private void show(Context ctx, SettingsForm form, Map<String, String> problems, int status) {
        NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        ctx.status(status);
        html.render(ctx, "newsroom/settings.jte", new SettingsPage(frame.layout(ctx, "Settings"), form, problems, taxonomy.sections()));
    }

    private void save(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        SettingsForm form = SettingsForm.read(ctx);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            show(ctx, form, problems, 400);
            return;
        }
        SiteSettings saved = form.toSettings();
        settings.saveSite(saved);
        audit.record(me.account().id(), "settings-changed", "settings", null,
                "site “" + saved.name() + "”, language " + saved.language() + ", " + saved.storiesPerPage()
                        + " stories a page, uploads up to " + saved.uploadLimitMb() + " MB");
        ctx.redirect("/newsroom/settings/?done=settings", HttpStatus.SEE_OTHER);
    }

    private void addSection(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        String name = TextInput.singleLine(ctx.formParam("sectionName"));
        String slug = Slugs.of(name);
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 60 || slug.isEmpty()) {
            problems.put("sectionName", "Name the section in at most 60 characters, with at least one letter or digit.");
        } else if (taxonomy.section(slug).isPresent()) {
            problems.put("sectionName", "There is already a section at /section/" + slug + "/.");
        }
        if (!problems.isEmpty()) {
            show(ctx, SettingsForm.of(settings.site()), problems, 400);
            return;
        }
        long id = taxonomy.addSection(slug, name, TextInput.singleLine(ctx.formParam("sectionDescription")), taxonomy.sections().size());
        audit.record(me.account().id(), "section-created", "section", id, "added the section " + name);
        // Every page's navigation lists the sections.
        changes.changedEverything();
        ctx.redirect("/newsroom/settings/?done=settings", HttpStatus.SEE_OTHER);
    }
}
