package org.vistka.web;

import io.javalin.config.RoutesConfig;
import java.util.List;

/** What a feature contributes to the web app: its routes, registered once when the app is built. */
public interface Routes {
    void register(RoutesConfig routes);

    /**
     * Path prefixes whose POSTs readers must not wait behind, handled at background priority ({@link BackgroundRequests});
     * none unless a feature says so.
     */
    default List<String> backgroundPosts() {
        return List.of();
    }

    /** Paths that take larger request bodies than a form's {@link RequestLimits#FORM_BYTES}; none unless a feature says so. */
    default List<BodyLimit> bodyLimits() {
        return List.of();
    }
}
