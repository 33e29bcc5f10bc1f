package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when specs cannot be turned into a catalog: no spec found, a spec without requirements, a
 * requirement id defined twice in one feature, or a spec file that cannot be read.
 *
 * <p>This is the only exception the spec parser throws on any input. The message names the files
 * and lines concerned (or, when nothing was found, where the parser looked), one per line; the same
 * errors are available as {@link #errors()} for reports.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public class SpecParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> errors;

    /** An error with a message and no structured problems. */
    public SpecParseException(String message) {
        this(message, List.of(), null);
    }

    /** An error with a message and its cause, e.g. the {@code IOException} of an unreadable file. */
    public SpecParseException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    /** An error listing {@code errors}, each with its file and line. */
    public SpecParseException(String message, List<SpecProblem> errors) {
        this(message, errors, null);
    }

    private SpecParseException(String message, List<SpecProblem> errors, Throwable cause) {
        super(message, cause);
        this.errors = List.copyOf(errors);
    }

    /** The errors this exception reports, each with file and line; empty when there is no single place. */
    public List<SpecProblem> errors() {
        return errors;
    }
}
