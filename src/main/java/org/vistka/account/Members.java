package org.vistka.account;

import java.util.Locale;
import java.util.Optional;
import org.vistka.article.Slugs;
import org.vistka.article.TaxonomyStore;

/**
 * Adds newsroom members and resets their passwords, for the setup page, the members page and the command line
 * alike. Every new member gets a byline profile (an author page) under their name. Thread-safe.
 */
public final class Members {
    private final AccountStore accounts;
    private final TaxonomyStore taxonomy;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    public Members(AccountStore accounts, TaxonomyStore taxonomy, PasswordHasher hasher, PasswordPolicy policy) {
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.hasher = hasher;
        this.policy = policy;
    }

    /** Creates a member, or says in one sentence why not (the email is taken, the password too weak…). */
    public Account add(String email, String name, Role role, String password) {
        String normal = AccountStore.normalEmail(email == null ? "" : email);
        String cleanName = name == null ? "" : name.strip();
        if (!normal.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+") || normal.length() > 254) {
            throw new MemberProblem("Enter an email address such as name@example.org.");
        }
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new MemberProblem("Enter the member's name as bylines should show it (at most 100 characters).");
        }
        if (accounts.findByEmail(normal).isPresent()) {
            throw new MemberProblem("There is already a member with the email " + normal + ".");
        }
        policy.problem(password == null ? "" : password, normal).ifPresent(problem -> {
            throw new MemberProblem(problem);
        });
        // Hashed before anything is written: a server too busy to hash (HashingGate.Busy) then leaves no byline behind.
        String hash = hasher.hash(password);
        long authorId = taxonomy.addAuthor(freeAuthorSlug(cleanName), cleanName, "");
        long id = accounts.create(normal, cleanName, role, hash, authorId);
        return accounts.find(id).orElseThrow();
    }

    /** Sets a new password for the member with this email, if the password is acceptable. */
    public Account resetPassword(String email, String password) {
        Account account = accounts.findByEmail(email == null ? "" : email)
                .orElseThrow(() -> new MemberProblem("There is no member with the email " + email + "."));
        policy.problem(password == null ? "" : password, account.email()).ifPresent(problem -> {
            throw new MemberProblem(problem);
        });
        accounts.setPasswordHash(account.id(), hasher.hash(password));
        return account;
    }

    public static Optional<Role> role(String value) {
        try {
            return Optional.of(Role.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private String freeAuthorSlug(String name) {
        String base = Slugs.of(name).isEmpty() ? "member" : Slugs.of(name);
        String slug = base;
        for (int n = 2; taxonomy.author(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Why a member could not be added or changed, in a sentence for the person who tried. */
    public static final class MemberProblem extends RuntimeException {
        public MemberProblem(String message) {
            super(message, null, false, false);
        }
    }
}
