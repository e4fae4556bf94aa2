package org.vistka.web;

import io.javalin.config.RoutesConfig;

/** What a feature contributes to the web app: its routes, registered once when the app is built. */
public interface Routes {
    void register(RoutesConfig routes);
}
