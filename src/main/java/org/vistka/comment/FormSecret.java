package org.vistka.comment;

import java.util.Base64;
import org.jdbi.v3.core.Jdbi;
import org.vistka.account.Tokens;

/**
 * The site's secret for signing comment forms, made once and kept in the database so that every node signs and
 * checks with the same one. The first node to start creates it; the others read it.
 */
public final class FormSecret {
    private static final String SETTING = "secret.comment_form";

    private FormSecret() {
    }

    public static byte[] load(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", SETTING).bind("value", Tokens.random()).execute();
            String value = h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", SETTING).mapTo(String.class).one();
            return Base64.getUrlDecoder().decode(value);
        });
    }
}
