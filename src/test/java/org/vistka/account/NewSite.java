package org.vistka.account;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** A site with nobody in its newsroom yet, and the one-time setup code its server printed in the log at start. */
record NewSite(TestSite site, String setupCode) implements AutoCloseable {
    private static final Pattern CODE = Pattern.compile("code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    static NewSite start(TestDatabase db) {
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            TestSite site = TestSite.fresh(db, false);
            String line = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("one-time code"))
                    .findFirst().orElseThrow(() -> new AssertionError("the server printed no setup code"));
            Matcher code = CODE.matcher(line);
            if (!code.find()) {
                throw new AssertionError("no code in: " + line);
            }
            return new NewSite(site, code.group(1));
        } finally {
            logger.detachAppender(log);
        }
    }

    @Override
    public void close() {
        site.close();
    }
}
