package org.armswatch.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.armswatch.store.db.ListUpdater;

/** Whether stderr is a person's terminal, and the progress bars shown there. */
final class Terminal {
    private Terminal() {}

    /** True when the process runs attached to an interactive terminal. */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 added Console.isTerminal(); before it a non-null console means a terminal.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A listener that draws a progress bar over list inputs on a terminal, and does nothing elsewhere. */
    static ListUpdater.Listener progress(String task, PrintStream err) {
        if (!interactive()) {
            return ListUpdater.Listener.NONE;
        }
        return new ListUpdater.Listener() {
            private ProgressBar bar;
            private ProgressBar download;
            private final Set<String> read = new HashSet<>();

            @Override
            public void started(int inputs) {
                bar = new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(2L * inputs)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(err))
                        .build();
            }

            @Override
            public void read(String origin) {
                read.add(origin);
                bar.step();
            }

            @Override
            public void downloading(String source, long bytes) {
                if (download == null) {
                    download = new ProgressBarBuilder()
                            .setTaskName("Downloading " + source)
                            .setInitialMax(-1)
                            .setUnit(" MB", 1_000_000)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setConsumer(new ConsoleProgressBarConsumer(err))
                            .build();
                }
                download.stepTo(bytes);
            }

            @Override
            public void done(ListUpdater.Item item) {
                if (download != null) {
                    download.close();
                    download = null;
                }
                // Reading and storing are a step each; an input refused while read is both at once.
                bar.stepBy(read.contains(item.origin()) ? 1 : 2);
                if (bar.getCurrent() >= bar.getMax()) {
                    bar.close();
                }
            }
        };
    }
}
