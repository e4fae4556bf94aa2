package org.vistka.account;

import java.util.List;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/** The members page for administrators: add members, change their roles, deactivate them. */
public final class MemberRoutes implements Routes {
    private final AccountStore accounts;
    private final Members members;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    public MemberRoutes(AccountStore accounts, Members members, SessionStore sessions, AuditLog audit, NewsroomFrame frame, Html html) {
        this.accounts = accounts;
        this.members = members;
        this.sessions = sessions;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    /** Passwords are hashed here: Argon2's work runs at background priority, off the threads that serve readers. */
    @Override
    public List<String> backgroundPosts() {
        return List.of("/newsroom/users/");
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/users/", ctx -> show(ctx, "", "", "author", null, 200));
        routes.post("/newsroom/users/", this::add);
        routes.post("/newsroom/users/{id}/", this::change);
    }

    private void show(Context ctx, String email, String name, String role, String problem, int status) {
        NewsroomGuard.require(ctx, Permission.MANAGE_USERS);
        ctx.status(status);
        html.render(ctx, "account/members.jte", new MembersPage(frame.layout(ctx, "Members"), accounts.all(), email, name, role, problem));
    }

    private void add(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_USERS);
        String email = TextInput.singleLine(ctx.formParam("email"));
        String name = TextInput.singleLine(ctx.formParam("name"));
        String roleName = TextInput.singleLine(ctx.formParam("role"));
        try {
            Role role = Members.role(roleName).orElseThrow(() -> new Members.MemberProblem("Choose a role."));
            Account added = members.add(email, name, role, ctx.formParam("password"));
            audit.record(me.account().id(), "member-created", "account", added.id(), "added " + added.name() + " as " + role.label());
            ctx.redirect("/newsroom/users/?done=user", HttpStatus.SEE_OTHER);
        } catch (Members.MemberProblem e) {
            show(ctx, email, name, roleName, e.getMessage(), 400);
        } catch (HashingGate.Busy busy) {
            ctx.header(Header.RETRY_AFTER, busy.retryAfterSeconds());
            show(ctx, email, name, roleName, busy.getMessage(), HttpStatus.SERVICE_UNAVAILABLE.getCode());
        }
    }

    private void change(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_USERS);
        Account member = accounts.find(PageNumber.id(ctx.pathParam("id"))).orElseThrow(HttpProblem::notFound);
        Role role = Members.role(TextInput.singleLine(ctx.formParam("role"))).orElseThrow(() -> HttpProblem.badRequest("Choose a role."));
        boolean active = ctx.formParam("active") != null;
        if (member.id() == me.account().id() && (role != Role.ADMINISTRATOR || !active)) {
            throw new HttpProblem(HttpStatus.CONFLICT, "You cannot remove your own administrator rights: ask another administrator.");
        }
        accounts.setRole(member.id(), role, active);
        if (!active || role != member.role()) {
            sessions.endAll(member.id());
        }
        audit.record(me.account().id(), "member-changed", "account", member.id(),
                member.name() + ": " + role.label() + (active ? "" : ", deactivated"));
        ctx.redirect("/newsroom/users/?done=user", HttpStatus.SEE_OTHER);
    }
}
