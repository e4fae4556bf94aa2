package org.vistka.comment;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments that are being checked or wait for their commit. The flood and duplicate rules read the database, where
 * such a comment is not yet: a bot sending many comments at once would find each of them alone there, and all would
 * pass. So each comment claims its place here before the database is asked, and the rules count the claims of the
 * same writer and text as well. A claim is released once its comment is committed (the database then has it) or
 * refused. Claims live in this server's memory: nodes share only what is committed. Thread-safe.
 */
final class PendingComments {
    /** One comment's claim: who sends it (network address, email in lower case, possibly empty), where, which text. */
    record Claim(String address, String email, long articleId, String contentHash, long atMillis) {
        boolean sameWriter(Claim other) {
            return address.equals(other.address) || sameEmail(other);
        }

        private boolean sameEmail(Claim other) {
            return !email.isEmpty() && email.equals(other.email);
        }

        /** The same text on the same story, or from the same email anywhere: what the duplicate rule refuses. */
        boolean sameText(Claim other) {
            return contentHash.equals(other.contentHash) && (articleId == other.articleId || sameEmail(other));
        }
    }

    /** What the claims already held say of a new one: its writer's other comments in hand, and whether one says the same. */
    record Others(int byWriter, long latestByWriter, boolean sameText) {
    }

    /** Few at a time: only comments between their check and their commit. Guarded by this. */
    private final List<Claim> claims = new ArrayList<>();

    /** Adds the claim and tells what the others held so far say of it. */
    synchronized Others claim(Claim claim) {
        int byWriter = 0;
        long latest = 0;
        boolean sameText = false;
        for (Claim other : claims) {
            if (other.sameWriter(claim)) {
                byWriter++;
                latest = Math.max(latest, other.atMillis());
            }
            sameText |= other.sameText(claim);
        }
        claims.add(claim);
        return new Others(byWriter, latest, sameText);
    }

    synchronized void release(Claim claim) {
        claims.remove(claim);
    }
}
