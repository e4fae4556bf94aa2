package org.vistka.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's own stylesheet, scripts and built-in images, served under names that contain a hash of their content
 * ({@code /static/site.1a2b3c4d5e.css}). A changed file gets a new name, so browsers and proxies may keep each
 * one for a year without ever showing a stale copy. Loaded once at start; thread-safe.
 */
public final class Assets implements Routes {
    private static final String[] FILES = {"site.css", "clock.js", "comment.js", "newsroom.css", "editor.js", "share.js",
            "share-image.png", "share-logo.png"};

    private final Map<String, String> urlByName = new LinkedHashMap<>();
    private final Map<String, Asset> assetByHashedName = new LinkedHashMap<>();

    public Assets() {
        for (String name : FILES) {
            byte[] bytes = read(name);
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
            urlByName.put(name, "/static/" + hashed);
            assetByHashedName.put(hashed, new Asset(bytes, contentType(name)));
        }
    }

    /** The address to link for a file, e.g. {@code url("site.css")}. */
    public String url(String name) {
        String url = urlByName.get(name);
        if (url == null) {
            throw new IllegalArgumentException("no such asset: " + name);
        }
        return url;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/static/{file}", this::serve);
    }

    private void serve(Context ctx) {
        Asset asset = assetByHashedName.get(ctx.pathParam("file"));
        if (asset == null) {
            throw HttpProblem.notFound();
        }
        ctx.header(Header.CACHE_CONTROL, "public, max-age=31536000, immutable");
        ctx.contentType(asset.contentType());
        ctx.result(asset.bytes());
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing static file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }

    private record Asset(byte[] bytes, String contentType) {
    }
}
