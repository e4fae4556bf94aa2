package org.vistka.feed;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * What a schema validator reports, each error with its line. Warnings are advice, not invalidity, and are dropped. A
 * parser reports a fatal error to its handler and then throws it, so a fatal error is kept once. One per document.
 */
final class SchemaErrors implements ErrorHandler {
    private final List<String> found = new ArrayList<>();

    List<String> found() {
        return found;
    }

    void add(String error) {
        found.add(error);
    }

    @Override
    public void warning(SAXParseException e) {
        // advice, not invalidity
    }

    @Override
    public void error(SAXParseException e) {
        found.add("line " + e.getLineNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        String error = "line " + e.getLineNumber() + " (fatal): " + e.getMessage();
        if (!found.contains(error)) {
            found.add(error);
        }
    }
}
