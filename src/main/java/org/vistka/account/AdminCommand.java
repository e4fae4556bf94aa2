package org.vistka.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.vistka.storage.StartupFailure;
import org.vistka.article.TaxonomyStore;
import org.vistka.storage.Database;

/**
 * {@code vistka admin …}: newsroom chores from the command line, on the database the settings name.
 * {@code create-user --email E --role R [--name N]} adds a member; {@code reset-password --email E} sets a new
 * password for a locked-out one. The password is read from the terminal without echo, or as one line of standard
 * input when there is no terminal (for scripts), never from the command line where other users could see it.
 */
public final class AdminCommand {
    private final PrintStream out;

    public AdminCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the command on the database at {@code dbUrl}; returns the process exit status. */
    public int run(String dbUrl, String[] args) {
        if (args.length == 0) {
            out.println(usage());
            return 64;
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        if (options == null || !options.containsKey("email")) {
            out.println(usage());
            return 64;
        }
        try (Database database = Database.open(dbUrl)) {
            var accounts = new AccountStore(database.jdbi(), Clock.systemUTC());
            var members = new Members(accounts, new TaxonomyStore(database.jdbi()),
                    new PasswordHasher(Argon2Parameters.RECOMMENDED), new PasswordPolicy());
            var audit = new AuditLog(database.jdbi(), Clock.systemUTC());
            switch (args[0]) {
                case "create-user" -> {
                    Role role = Members.role(options.getOrDefault("role", "")).orElse(null);
                    if (role == null) {
                        out.println("vistka: --role must be administrator, editor, author or contributor");
                        return 64;
                    }
                    String email = options.get("email");
                    String name = options.getOrDefault("name", email.replaceAll("@.*", ""));
                    Account added = members.add(email, name, role, password("Password for " + email + ": "));
                    audit.record(null, "member-created", "account", added.id(), "added " + added.name() + " as " + role.label() + " (command line)");
                    out.println("Added " + added.email() + " as " + role.label() + ".");
                }
                case "reset-password" -> {
                    Account account = members.resetPassword(options.get("email"), password("New password for " + options.get("email") + ": "));
                    new SessionStore(database.jdbi(), Clock.systemUTC(), java.time.Duration.ZERO, java.time.Duration.ZERO).endAll(account.id());
                    audit.record(null, "password-reset", "account", account.id(), "password reset for " + account.email() + " (command line)");
                    out.println("New password set for " + account.email() + "; every session of theirs has ended.");
                }
                default -> {
                    out.println(usage());
                    return 64;
                }
            }
            return 0;
        } catch (Members.MemberProblem e) {
            out.println("vistka: " + e.getMessage());
            return 1;
        } catch (StartupFailure e) {
            out.println("vistka: " + e.getMessage());
            return 2;
        }
    }

    private static String password(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword(prompt);
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new Members.MemberProblem("The two passwords were not the same.");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new Members.MemberProblem("No password was given on standard input.");
            }
            return line;
        } catch (IOException e) {
            throw new Members.MemberProblem("The password could not be read: " + e.getMessage());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String usage() {
        return """
                usage: vistka admin create-user --email EMAIL --role administrator|editor|author|contributor [--name "NAME"]
                       vistka admin reset-password --email EMAIL
                       vistka admin reindex   (rebuilds the search index; stop the server first)
                The password is asked for on the terminal, or read as one line of standard input.""";
    }
}
