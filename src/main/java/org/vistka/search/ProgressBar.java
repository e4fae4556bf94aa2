package org.vistka.search;

import java.io.PrintStream;

/**
 * Shows how far an index build is on a terminal: one bar redrawn in place ({@code [#####-----]  50%  5,000 of
 * 10,000 stories}), or, when the output is not a terminal, one line per tenth so a log stays short.
 */
public final class ProgressBar implements IndexProgress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private int shown = -1;

    public ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void report(int done, int total) {
        int percent = total == 0 ? 100 : (int) (done * 100L / total);
        int step = terminal ? percent : percent / 10 * 10;
        if (step == shown) {
            return;
        }
        shown = step;
        int filled = percent * WIDTH / 100;
        String line = String.format("[%s%s] %3d%%  %,d of %,d stories", "#".repeat(filled), "-".repeat(WIDTH - filled), percent, done, total);
        if (terminal) {
            out.print("\r" + line + (percent == 100 ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
