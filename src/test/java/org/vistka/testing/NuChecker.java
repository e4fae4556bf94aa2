package org.vistka.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the validator behind validator.w3.org/nu), run in-process. Returns the errors it finds
 * in a page, each with its line; warnings are not errors and are not returned.
 */
public final class NuChecker {
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private NuChecker() {
    }

    public static synchronized List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // advice, not invalidity
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema(HTML5_SCHEMA, handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not run", e);
        }
        return errors;
    }
}
