package dev.floe.testing.junit.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;

/**
 * A module that uses the listener alone (no floe extension) is told about misspelt keys too: the listener checks
 * them once, when the launcher session opens.
 */
class ConfigurationCheckAtSessionStartTest {

    @TempDir
    Path out;

    /** Runs two plans in one session with {@code -Dkey=value} set, and returns what the check logged. */
    private List<LogRecord> runWithSystemProperty(String key, String value, String... parameters) {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.floe.testing");
        logger.addHandler(capture);
        System.setProperty(key, value);
        try {
            ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));
            for (int i = 0; i < parameters.length; i += 2) {
                runs.with(parameters[i], parameters[i + 1]);
            }
            runs.run(List.of(selectClass(OneTestCase.class)), List.of(selectClass(OneTestCase.class)));
        }
        finally {
            System.clearProperty(key);
            logger.removeHandler(capture);
        }
        return logged.stream().filter(r -> r.getMessage().contains(key)).toList();
    }

    @Test
    @Covers("003-FR-024")
    void aMisspeltKeyIsWarnedAboutOnceWhenTheSessionOpens() {
        List<LogRecord> logged = runWithSystemProperty("floe.traceability.outptu-dir", "target/elsewhere");

        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).isEqualTo("Unknown floe configuration key floe.traceability.outptu-dir (system"
                    + " property floe.traceability.outptu-dir): did you mean floe.traceability.output-dir? It is ignored;"
                    + " floe.config.strict=true makes unknown keys fail.");
        });
    }

    @Test
    @Covers("003-FR-025")
    void underStrictTheListenerWhichCannotFailTheRunLogsTheErrorInstead() {
        System.setProperty("floe.config.strict", "true");
        try {
            List<LogRecord> logged = runWithSystemProperty("floe.traceability.modul", "core");

            assertThat(logged).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(r.getMessage()).startsWith("Unknown floe configuration key, and floe.config.strict=true makes"
                        + " unknown keys fail.\n").contains("\n  found:    floe.traceability.modul (system property"
                        + " floe.traceability.modul): did you mean floe.traceability.module?\n",
                        "\n  where:    floe.config.strict=true (from system property floe.config.strict)\n");
            });
        }
        finally {
            System.clearProperty("floe.config.strict");
        }
    }

    static class OneTestCase {

        @Test
        void passes() {
        }
    }
}
