package org.vistka;

import org.vistka.storage.StartupFailure;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.vistka.storage.Database;
import org.vistka.web.ClientAddress;

/**
 * Vistka's settings, read once at start from environment variables and, for keys the environment does not set,
 * from an optional {@code vistka.properties} file in the working folder.
 *
 * <p>{@code baseUrl} is null when not set; see {@link #publicBaseUrl}. Every value is validated here so that a wrong setting stops the start with one sentence naming the setting,
 * never a stack trace later. Immutable and thread-safe.
 */
public record Config(String host, int port, Path dataDir, String dbUrl, String baseUrl, boolean demo, int cacheMb,
                     Set<String> trustedProxies) {

    /** Reads the settings from the process environment and {@code ./vistka.properties}. */
    public static Config load() {
        return from(System.getenv(), Path.of("vistka.properties"));
    }

    /** Reads the settings from the given variables, falling back to the given properties file when it exists. */
    public static Config from(Map<String, String> env, Path propertiesFile) {
        Properties file = readProperties(propertiesFile);
        Settings settings = key -> {
            String value = env.get(key);
            return value != null && !value.isBlank() ? value.trim() : blankToNull(file.getProperty(key));
        };
        String host = settings.orElse("VISTKA_HOST", "127.0.0.1");
        int port = parsePort(settings.orElse("VISTKA_PORT", "8080"));
        Path dataDir = Path.of(settings.orElse("VISTKA_DATA", "data")).toAbsolutePath().normalize();
        String dbUrl = settings.orElse("VISTKA_DB_URL", "jdbc:sqlite:" + dataDir.resolve("vistka.db"));
        if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql://")) {
            throw new StartupFailure("VISTKA_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:// (it is " + Database.redact(dbUrl) + ")");
        }
        String configuredBase = settings.get("VISTKA_BASE_URL");
        String baseUrl = configuredBase == null ? null : parseBaseUrl(configuredBase);
        boolean demo = parseBoolean("VISTKA_DEMO", settings.orElse("VISTKA_DEMO", "true"));
        int cacheMb = parseCacheSize(settings.orElse("VISTKA_CACHE_MB", "64"));
        Set<String> trustedProxies = parseAddresses("VISTKA_TRUSTED_PROXIES", settings.orElse("VISTKA_TRUSTED_PROXIES", ""));
        return new Config(host, port, dataDir, dbUrl, baseUrl, demo, cacheMb, trustedProxies);
    }

    /**
     * The public address used in canonical links: {@code VISTKA_BASE_URL} when set, otherwise the address the
     * server really listens on (which is only known once it listens, when the port setting is 0).
     */
    public String publicBaseUrl(int listeningPort) {
        return baseUrl != null ? baseUrl : "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listeningPort;
    }

    /** The database address with any password removed, safe to print. */
    public String dbUrlForLogs() {
        return Database.redact(dbUrl);
    }

    private interface Settings {
        String get(String key);

        default String orElse(String key, String fallback) {
            String value = get(key);
            return value != null ? value : fallback;
        }
    }

    /** A comma-separated list of IP addresses, kept in one written form (see {@link ClientAddress#canonical}). */
    private static Set<String> parseAddresses(String key, String value) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            addresses.add(ClientAddress.canonical(part).orElseThrow(() -> new StartupFailure(
                    key + " must list IP addresses separated by commas (\"" + part.strip() + "\" is not one)")));
        }
        return Set.copyOf(addresses);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the same message as an out-of-range number
        }
        throw new StartupFailure("VISTKA_PORT must be a number from 0 to 65535 (it is \"" + value + "\")");
    }

    private static int parseCacheSize(String value) {
        if (value.matches("\\d{1,5}") && Integer.parseInt(value) <= 65536) {
            return Integer.parseInt(value);
        }
        throw new StartupFailure("VISTKA_CACHE_MB must be a number of megabytes from 0 (no page cache) to 65536 (it is \"" + value + "\")");
    }

    private static String parseBaseUrl(String value) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new StartupFailure("VISTKA_BASE_URL must be an http:// or https:// address such as https://news.example (it is \"" + value + "\")");
    }

    private static boolean parseBoolean(String key, String value) {
        return switch (value.toLowerCase()) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new StartupFailure(key + " must be true or false (it is \"" + value + "\")");
        };
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new StartupFailure("cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
            }
        }
        return properties;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
