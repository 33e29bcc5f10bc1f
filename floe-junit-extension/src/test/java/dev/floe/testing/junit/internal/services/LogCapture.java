package dev.floe.testing.junit.internal.services;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Captures what floe logs through System.Logger (backed by java.util.logging here). */
final class LogCapture extends Handler implements AutoCloseable {

    private static final SimpleFormatter FORMAT = new SimpleFormatter();
    private final Logger logger = Logger.getLogger("dev.floe.testing");
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogCapture() {
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(FORMAT::formatMessage).toList();
    }

    List<String> all() {
        return records.stream().map(FORMAT::formatMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
